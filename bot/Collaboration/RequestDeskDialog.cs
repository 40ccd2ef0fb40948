using System.Text.Json;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Collaboration;

/// <summary>
/// After a request: "status permintaan KOL-…" (CollaborationStatus) for anyone holding the number, and the officers'
/// buttons (CollaborationOfficer: list, close, reply). An officer asking for the status without a number gets the
/// region's open requests.
/// </summary>
public sealed class RequestDeskDialog(OfficerDesk desk, RequestStatusAnswer status, OfficerDirectory officers, RegionRegistry registry) : IDialog
{
    public string Id => "collaborationDesk";
    public IReadOnlyCollection<string> Intents => [IntentNames.CollaborationStatus, CollaborationCards.OfficerIntent];
    public string Label => "Status permintaan kolaborasi";

    // A card's action, a request number or a request word: without one the message is handed to the documents.
    public bool Takes(DialogContext dialog) =>
        ProtocolJson.AsElement(dialog.Turn.Activity.Value) is { ValueKind: JsonValueKind.Object }
        || RequestStatusAnswer.NumberIn(dialog.Turn.Text) is not null
        || NamesRequest(dialog.Turn.Text);

    public async Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken ct)
    {
        var turn = dialog.Turn;
        if (ProtocolJson.AsElement(turn.Activity.Value) is { ValueKind: JsonValueKind.Object } value &&
            CollaborationDialog.Member(value, CollaborationCards.ActionKey) is { } action)
        {
            var number = CollaborationDialog.Member(value, "number") ?? "";
            switch (action)
            {
                case "close": await desk.CloseAsync(turn, number, ct); break;
                case "reply": await desk.ReplyAsync(turn, number, CollaborationDialog.Member(value, CollaborationCards.ReplyInputId(number)), ct); break;
                default: await desk.ListAsync(turn, RegionOf(value), ct); break;
            }
            return DialogResult.Complete;
        }
        if (RequestStatusAnswer.NumberIn(turn.Text) is { } asked)
        {
            await status.AnswerAsync(turn, asked, ct);
            return DialogResult.Complete;
        }
        // Read as a request's status yet naming no request ("tahun ini ada pameran tidak?"): a question for the documents.
        if (!NamesRequest(turn.Text)) return DialogResult.Abandoned;
        if ((await officers.AccessOfAsync(turn.User, ct)).Role != AccessRole.Public)
        {
            await desk.ListAsync(turn, dialog.Recognition.Entities.Region, ct);
            // Officers and staff may be asking about one request of their own too: say how, after the desk.
            turn.Send(Replies.Text(NumberHint));
            return DialogResult.Complete;
        }
        turn.Send(Replies.Text(NumberHint));
        return DialogResult.Complete;
    }

    // Words from knowledge/lexicon/kata-permintaan.txt (with or without "-nya").
    private static readonly SmartCity.Bot.Knowledge.CuePattern RequestWords = new(@"\b(?:{:kata-permintaan})(?:nya)?\b");

    private static bool NamesRequest(string text) => RequestWords.IsMatch(text.ToLowerInvariant());

    private const string NumberHint = "Tulis nomor permintaannya, misalnya \"status permintaan KOL-7F3K9Q\". Nomor itu ada di pesan konfirmasi saat permintaan dikirim.";

    private Region? RegionOf(JsonElement value) =>
        CollaborationDialog.Member(value, "region") is { } code ? registry.ByCode.GetValueOrDefault(code) : null;
}
