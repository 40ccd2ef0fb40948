using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Collaboration;

/// <summary>
/// "status permintaan KOL-…": where a request stands. Anyone holding the number sees its status; the officer's
/// replies only the requester (same user) and the region's officers and staff. No personal data is shown.
/// </summary>
public sealed partial class RequestStatusAnswer(RequestStore requests, OfficerDirectory officers, RegionRegistry registry, IOptions<CollaborationOptions> options)
{
    /// <summary>The reference number in a message (its format, e.g. KOL-7F3K9Q), or null.</summary>
    public static string? NumberIn(string text) => Number().Match(text) is { Success: true } m ? m.Value.ToUpperInvariant() : null;

    public async Task AnswerAsync(ITurn turn, string number, CancellationToken ct)
    {
        var item = await requests.GetAsync(number, ct);
        if (item is null || !registry.ByCode.TryGetValue(item.Value.RegionCode, out var region))
        {
            turn.Send(Replies.Text($"Permintaan {number} tidak ditemukan. Periksa kembali nomornya; permintaan yang lebih lama dari " +
                                   $"{options.Value.RetentionDays} hari sudah dihapus."));
            return;
        }
        var request = item.Value;
        var status = request.Status == RequestStatus.Handled
            ? $"sudah ditindaklanjuti dan ditandai selesai pada {CollaborationCards.When(request.HandledAt ?? request.CreatedAt)}"
            : request.NotifiedAt is not null
                ? $"terbuka — sudah diteruskan kepada petugas pada {CollaborationCards.When(request.NotifiedAt.Value)} dan menunggu tindak lanjut"
                : "terbuka — tersimpan dan menunggu diteruskan kepada petugas";
        var text = $"Permintaan {request.Number} untuk {region.Name} (topik {request.Topic}), dikirim {CollaborationCards.When(request.CreatedAt)}: {status}.";
        var mayReadReplies = turn.User.StateKey == request.RequesterKey || (await officers.AccessOfAsync(turn.User, ct)).MayRecord(region);
        if (mayReadReplies && request.RepliesOrEmpty.Count > 0)
            text += "\n\nBalasan petugas:\n" + string.Join("\n", request.RepliesOrEmpty.Select(r => $"- {CollaborationCards.When(r.At)}: {r.Text}"));
        turn.Send(Replies.Text(text) with { TextFormat = "plain" });
    }

    [GeneratedRegex(@"\bKOL-[A-Z2-9]{6}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
