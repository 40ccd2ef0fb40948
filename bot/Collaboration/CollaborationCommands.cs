using System.Text.Json;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Collaboration;

/// <summary>
/// Routes what belongs to collaboration requests before anything else reads the message (Order 5): the actions of
/// its cards (data member "collab"), a draft being filled in, and a message carrying a request number.
/// </summary>
public sealed class CollaborationCommands(
    CollaborationDialog dialog,
    OfficerDesk desk,
    RequestStatusAnswer status,
    RegionRegistry registry) : ITurnHandler
{
    public int Order => 5;

    public async Task<bool> TryHandleAsync(ITurn turn, CancellationToken ct)
    {
        if (ProtocolJson.AsElement(turn.Activity.Value) is { ValueKind: JsonValueKind.Object } value &&
            CollaborationDialog.Member(value, CollaborationCards.ActionKey) is { } action)
        {
            var number = CollaborationDialog.Member(value, "number") ?? "";
            var region = CollaborationDialog.Member(value, "region") is { } code ? registry.ByCode.GetValueOrDefault(code) : null;
            switch (action)
            {
                case "start": await dialog.StartAsync(turn, region, ct); break;
                case "list": await desk.ListAsync(turn, region, ct); break;
                case "close": await desk.CloseAsync(turn, number, ct); break;
                case "reply": await desk.ReplyAsync(turn, number, CollaborationDialog.Member(value, CollaborationCards.ReplyInputId(number)), ct); break;
                default: await dialog.OnCardAsync(turn, action, value, ct); break;
            }
            return true;
        }
        if (await dialog.ContinueAsync(turn, ct)) return true;
        if (RequestStatusAnswer.NumberIn(turn.Text) is { } asked)
        {
            await status.AnswerAsync(turn, asked, ct);
            return true;
        }
        return false;
    }
}
