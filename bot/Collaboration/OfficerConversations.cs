using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Collaboration;

/// <summary>Where a registered officer or staff member can be reached later: their personal chat with the bot.</summary>
public sealed record OfficerConversation(ConversationReference Reference, DateTimeOffset UpdatedAt);

/// <summary>
/// Remembers the personal Teams chat of every registered officer and staff member who talks to the bot (store kind
/// "officer-conversation", same keys as the officers table), so new requests reach them proactively. Only personal
/// chats: a request's personal data must not land in a team channel. Also on install (Teams' installationUpdate).
/// </summary>
public sealed class OfficerConversations(IBotStore store, OfficerDirectory officers, TimeProvider clock) : ITurnObserver
{
    public const string Kind = "officer-conversation";

    public async Task ObserveAsync(ITurn turn, CancellationToken ct)
    {
        if (!turn.CanMessageLater || !turn.IsPersonal || turn.User.AadObjectId is null && turn.User.UserPrincipalName is null) return;
        var access = await officers.AccessOfAsync(turn.User, ct);
        if (access.Role == AccessRole.Public) return;
        foreach (var key in OfficerDirectory.KeysOf(turn.User))
        {
            if (await store.GetAsync<OfficerEntry>(OfficerDirectory.Kind, key, ct) is null) continue;
            var known = await store.GetAsync<OfficerConversation>(Kind, key, ct);
            if (known is not null && known.Value.Reference.Conversation?.Id == turn.Reference.Conversation?.Id &&
                known.Value.Reference.ServiceUrl == turn.Reference.ServiceUrl) return;
            try { await store.PutAsync(Kind, key, new OfficerConversation(turn.Reference, clock.GetUtcNow()), known?.Version, cancellationToken: ct); }
            catch (ConcurrencyConflictException) { /* the same officer in two turns at once: either reference will do */ }
            return;
        }
    }

    /// <summary>The reachable conversations of a region's officers; programme staff when no officer can be reached.</summary>
    public async Task<IReadOnlyList<(string Key, ConversationReference Reference)>> RecipientsAsync(string regionCode, CancellationToken ct)
    {
        var table = await officers.ListAsync(ct);
        var regionOfficers = await ReachableAsync(table.Where(e => e.Item.Value.Role == AccessRole.Officer && e.Item.Value.RegionCode == regionCode), ct);
        return regionOfficers.Count > 0 ? regionOfficers : await ReachableAsync(table.Where(e => e.Item.Value.Role == AccessRole.ProgrammeStaff), ct);
    }

    private async Task<List<(string, ConversationReference)>> ReachableAsync(IEnumerable<(string Key, Versioned<OfficerEntry> Item)> entries, CancellationToken ct)
    {
        var result = new List<(string, ConversationReference)>();
        foreach (var (key, _) in entries)
            if (await store.GetAsync<OfficerConversation>(Kind, key, ct) is { } known) result.Add((key, known.Value.Reference));
        return result;
    }
}
