using Microsoft.Extensions.Options;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Protocol.Connector;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Collaboration;

/// <summary>
/// What officers do with requests: list their region's open ones, mark one handled, reply with a short message.
/// Officers act for their own region, programme staff for any; personal data is shown only in a personal chat.
/// The requester is told each change when their conversation can still be reached.
/// </summary>
public sealed class OfficerDesk(
    RequestStore requests,
    OfficerDirectory officers,
    RegionRegistry registry,
    CollaborationCards cards,
    IProactiveMessenger messenger,
    TimeProvider clock,
    IOptions<CollaborationOptions> options,
    ILogger<OfficerDesk> logger)
{
    public const int MaxListed = 10;

    public const string NotAllowed = "Daftar dan tindak lanjut permintaan kolaborasi hanya untuk petugas daerah yang terdaftar dan staf program.";

    public async Task ListAsync(ITurn turn, Region? only, CancellationToken ct)
    {
        var access = await officers.AccessOfAsync(turn.User, ct);
        if (access.Role == AccessRole.Public)
        {
            turn.Send(Replies.Text(NotAllowed));
            return;
        }
        if (!turn.IsPersonal)
        {
            turn.Send(Replies.Text("Demi perlindungan data pribadi, permintaan kolaborasi hanya ditampilkan di obrolan pribadi dengan bot."));
            return;
        }
        var region = access.Role == AccessRole.Officer ? access.Region : only;
        var open = (await requests.ListAsync(ct)).Select(r => r.Value)
            .Where(r => r.Status == RequestStatus.Open && (region is null || r.RegionCode == region.Code) && access.MayRecordCode(r.RegionCode, registry))
            .OrderBy(r => r.CreatedAt).ToList();
        var title = region is null ? "Permintaan kolaborasi terbuka — semua daerah" : $"Permintaan kolaborasi terbuka — {region.Name}";
        var shown = open.Take(MaxListed).Select(r => (r, registry.ByCode.TryGetValue(r.RegionCode, out var g) ? g.Name : r.RegionCode)).ToList();
        turn.Send(cards.OpenList(title, shown, open.Count, turn.ChannelId));
    }

    public async Task CloseAsync(ITurn turn, string number, CancellationToken ct)
    {
        var (item, region, by) = await AuthorisedAsync(turn, number, ct);
        if (item is null) return;
        if (item.Value.Status == RequestStatus.Handled)
        {
            turn.Send(Replies.Text($"Permintaan {item.Value.Number} sudah ditandai selesai sebelumnya."));
            return;
        }
        var handled = await UpdateAsync(item, r => r.Status == RequestStatus.Handled ? null
            : r with { Status = RequestStatus.Handled, HandledAt = clock.GetUtcNow(), HandledBy = by }, "handled", by, ct);
        if (handled is null)
        {
            turn.Send(Replies.Text($"Permintaan {number} baru saja diubah oleh orang lain. Silakan buka daftarnya lagi."));
            return;
        }
        var told = await TellRequesterAsync(handled,
            $"Kabar dari petugas smart city {region!.Name}: permintaan kolaborasi {handled.Number} Anda sudah ditindaklanjuti dan ditandai selesai. Terima kasih.", ct);
        turn.Send(Replies.Text($"Permintaan {handled.Number} ditandai selesai. " + (told
            ? "Peminta sudah diberi tahu di percakapannya."
            : "Peminta tidak dapat dihubungi lewat percakapannya; bila perlu, hubungi lewat kontak yang tertera.")));
    }

    public async Task ReplyAsync(ITurn turn, string number, string? text, CancellationToken ct)
    {
        var (item, region, by) = await AuthorisedAsync(turn, number, ct);
        if (item is null) return;
        var reply = RequestValidation.Clean(text, options.Value.MaxReplyChars, multiline: true);
        if (reply is null)
        {
            turn.Send(Replies.Text($"Balasan harus diisi dan paling banyak {options.Value.MaxReplyChars} karakter."));
            return;
        }
        var changed = await UpdateAsync(item, r => r with { Replies = [.. r.RepliesOrEmpty, new RequestReply(by, reply, clock.GetUtcNow())] }, "replied", by, ct);
        if (changed is null)
        {
            turn.Send(Replies.Text($"Permintaan {number} baru saja diubah oleh orang lain. Silakan kirim balasan lagi."));
            return;
        }
        var told = await TellRequesterAsync(changed, $"Balasan dari petugas smart city {region!.Name} untuk permintaan {changed.Number}:\n\n{reply}", ct);
        turn.Send(Replies.Text($"Balasan untuk {changed.Number} tersimpan. " + (told
            ? "Peminta sudah menerimanya di percakapannya."
            : "Peminta tidak dapat dihubungi lewat percakapannya; mereka melihatnya saat mengecek \"status permintaan " + changed.Number + "\".")));
    }

    /// <summary>
    /// Applies an officer's change; when the request changed meanwhile (the notifier marking it notified, another
    /// officer), the change is applied again to the newest version, a few times at most. Null when it cannot be.
    /// </summary>
    private async Task<CollaborationRequest?> UpdateAsync(Storage.Versioned<CollaborationRequest>? item,
        Func<CollaborationRequest, CollaborationRequest?> change, string action, string by, CancellationToken ct)
    {
        const int attempts = 3;
        for (var attempt = 0; attempt < attempts && item is not null; attempt++)
        {
            if (change(item.Value) is not { } changed) return null;
            if (await requests.UpdateAsync(item, changed, action, by, null, ct)) return changed;
            item = await requests.GetAsync(item.Value.Number, ct);
        }
        return null;
    }

    private async Task<(Storage.Versioned<CollaborationRequest>? Item, Region? Region, string By)> AuthorisedAsync(ITurn turn, string number, CancellationToken ct)
    {
        var access = await officers.AccessOfAsync(turn.User, ct);
        var item = await requests.GetAsync(number, ct);
        var region = item is not null ? registry.ByCode.GetValueOrDefault(item.Value.RegionCode) : null;
        if (access.Role == AccessRole.Public)
        {
            turn.Send(Replies.Text(NotAllowed));
            return (null, null, access.Who);
        }
        if (item is null || region is null)
        {
            turn.Send(Replies.Text($"Permintaan {number} tidak ditemukan (mungkin sudah dihapus karena melewati masa simpan {options.Value.RetentionDays} hari)."));
            return (null, null, access.Who);
        }
        if (!access.MayRecord(region))
        {
            logger.LogWarning("Refused {Who} acting on request {Number} of another region", access.Who, number);
            turn.Send(Replies.Text($"Permintaan {item.Value.Number} ditujukan kepada daerah lain; Anda hanya dapat menindaklanjuti permintaan untuk {access.Region?.Name ?? "daerah Anda"}."));
            return (null, null, access.Who);
        }
        return (item, region, access.Who);
    }

    /// <summary>Sends a plain-text message into the requester's conversation; false when it cannot be reached.</summary>
    private async Task<bool> TellRequesterAsync(CollaborationRequest request, string text, CancellationToken ct)
    {
        if (!request.RequesterReachable) return false;
        try
        {
            await messenger.SendAsync(request.Requester, Replies.Text(text) with { TextFormat = "plain" }, ct);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or InvalidOperationException)
        {
            logger.LogInformation("Requester of {Number} not reachable: {Error}", request.Number, e.Message);
            return false;
        }
    }
}

internal static class AccessExtensions
{
    /// <summary>Whether this officer or staff member may see and act on a request of the region with this code.</summary>
    public static bool MayRecordCode(this Access access, string regionCode, RegionRegistry registry) =>
        registry.ByCode.TryGetValue(regionCode, out var region) && access.MayRecord(region);
}
