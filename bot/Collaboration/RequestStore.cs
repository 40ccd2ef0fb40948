using System.Security.Cryptography;
using System.Text;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Collaboration;

/// <summary>
/// Requests, their audit trail and the rate-limit counters in the bot's store. Every change of a request is written
/// with its audit record in one transaction, and under optimistic concurrency (two officers closing at once: one wins).
/// </summary>
public sealed class RequestStore(IBotStore store, TimeProvider clock)
{
    public const string Kind = "collab-request";
    public const string RateKind = "collab-rate";
    public const string AuditStream = "collab-audit";
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: read aloud on the phone

    public static string NewNumber() =>
        "KOL-" + string.Concat(RandomNumberGenerator.GetBytes(6).Select(b => Alphabet[b % Alphabet.Length]));

    /// <summary>Stores a new request under a fresh number (durable when this returns) with its "created" audit record.</summary>
    public async Task<CollaborationRequest> CreateAsync(CollaborationRequest draft, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var request = draft with { Number = NewNumber() };
            try
            {
                await store.PutAsync(Kind, request.Number, request, expectedVersion: null,
                    [Audit(request, "created", null, nameof(RequestStatus.Open), "peminta")], ct);
                return request;
            }
            catch (ConcurrencyConflictException) when (attempt < 5) { /* number taken: draw another */ }
        }
    }

    public Task<Versioned<CollaborationRequest>?> GetAsync(string number, CancellationToken ct) =>
        store.GetAsync<CollaborationRequest>(Kind, number.Trim().ToUpperInvariant(), ct);

    public async Task<IReadOnlyList<Versioned<CollaborationRequest>>> ListAsync(CancellationToken ct) =>
        (await store.ListAsync<CollaborationRequest>(Kind, "", 100_000, ct)).Select(r => r.Item).ToList();

    /// <summary>Writes a change made from <paramref name="current"/>; false when someone else changed it first.</summary>
    public async Task<bool> UpdateAsync(Versioned<CollaborationRequest> current, CollaborationRequest changed, string action, string by,
        string? detail, CancellationToken ct)
    {
        try
        {
            await store.PutAsync(Kind, changed.Number, changed, current.Version,
                [Audit(changed, action, current.Value.Status.ToString(), changed.Status.ToString(), by, detail)], ct);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(Versioned<CollaborationRequest> current, string reason, CancellationToken ct)
    {
        if (!await store.DeleteAsync(Kind, current.Value.Number, current.Version, ct)) return false;
        await store.AppendAsync(Audit(current.Value, "deleted", current.Value.Status.ToString(), null, "sistem", reason), ct);
        return true;
    }

    public Task<IReadOnlyList<(DateTimeOffset At, RequestAudit Value)>> AuditAsync(int limit, CancellationToken ct) =>
        store.ReadStreamAsync<RequestAudit>(AuditStream, limit, ct);

    private StreamRecord Audit(CollaborationRequest request, string action, string? from, string? to, string by, string? detail = null) =>
        new(AuditStream, new RequestAudit(request.Number, request.RegionCode, action, from, to, by, clock.GetUtcNow(), detail));

    /// <summary>
    /// Counts one request against a limit per day (key: a conversation or a contact, stored only as a hash). False
    /// when the limit is reached; the counter keeps at most <paramref name="limit"/> timestamps.
    /// </summary>
    public async Task<bool> TryCountAsync(string scope, string identity, int limit, CancellationToken ct)
    {
        var key = scope + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToLowerInvariant())));
        var now = clock.GetUtcNow();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var current = await store.GetAsync<List<DateTimeOffset>>(RateKind, key, ct);
            var recent = (current?.Value ?? []).Where(t => now - t < TimeSpan.FromDays(1)).ToList();
            if (recent.Count >= limit) return false;
            recent.Add(now);
            try
            {
                await store.PutAsync(RateKind, key, recent, current?.Version, cancellationToken: ct);
                return true;
            }
            catch (ConcurrencyConflictException) { /* a parallel request counted first: read again */ }
        }
        return false;
    }

    /// <summary>Whether a limit would refuse now (checked before the form is shown, counted when the request is sent).</summary>
    public async Task<bool> IsLimitedAsync(string scope, string identity, int limit, CancellationToken ct)
    {
        var key = scope + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToLowerInvariant())));
        var current = await store.GetAsync<List<DateTimeOffset>>(RateKind, key, ct);
        var now = clock.GetUtcNow();
        return (current?.Value ?? []).Count(t => now - t < TimeSpan.FromDays(1)) >= limit;
    }

    /// <summary>Drops counters with nothing in the last day, so the table does not grow with every contact ever seen.</summary>
    public async Task<int> PruneCountersAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var removed = 0;
        foreach (var (key, item) in await store.ListAsync<List<DateTimeOffset>>(RateKind, "", 100_000, ct))
            if (item.Value.All(t => now - t >= TimeSpan.FromDays(1)) && await store.DeleteAsync(RateKind, key, item.Version, ct)) removed++;
        return removed;
    }
}
