using System.Collections.Concurrent;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Protocol;

/// <summary>
/// Remembers recently processed activity ids for a few minutes so a channel's retry (Teams retries slow requests;
/// Direct Line does not de-duplicate) is not run twice (reference §2.6). When a turn's state was saved but its
/// replies could not be delivered, the undelivered replies are kept with the id so the retry delivers them instead.
/// The claim is also made in the store, so a retry that lands on another instance is not run there either (the
/// undelivered replies stay with the instance that ran the turn).
/// </summary>
public sealed class RecentActivities(IChannelStore store, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<string, Entry> _seen = new(StringComparer.Ordinal);

    private sealed record Entry(DateTimeOffset At, IReadOnlyList<Activity>? Undelivered);

    /// <summary>True the first time (channel, conversation, id) is seen within the window, on any instance.</summary>
    public async Task<bool> TryRegisterAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!TryRegister(activity)) return false;
        if (string.IsNullOrEmpty(activity.Id)) return true;
        try
        {
            return await store.TryClaimActivityAsync(Key(activity), clock.GetUtcNow(), Window, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store is unreachable: the turn will fail on it anyway and say so; this instance's memory still de-duplicates.
            return true;
        }
    }

    /// <summary>A turn that failed before its state was saved may be retried by the channel, here or elsewhere.</summary>
    public async Task ForgetAsync(Activity activity)
    {
        Forget(activity);
        if (string.IsNullOrEmpty(activity.Id)) return;
        try { await store.ReleaseActivityAsync(Key(activity)); }
        catch (Exception e) when (e is not OperationCanceledException) { /* unreachable store: the claim expires with the window */ }
    }

    /// <summary>True the first time (channel, conversation, id) is seen within the window by this instance.</summary>
    public bool TryRegister(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id)) return true;
        var now = clock.GetUtcNow();
        if (_seen.Count > MaxEntries) Prune(now);
        var fresh = false;
        _seen.AddOrUpdate(Key(activity),
            _ => { fresh = true; return new Entry(now, null); },
            (_, old) =>
            {
                if (now - old.At <= Window) return old;
                fresh = true;
                return new Entry(now, null);
            });
        return fresh;
    }

    /// <summary>Keeps replies that a committed turn could not deliver, for the channel's retry.</summary>
    public void KeepUndelivered(Activity activity, IReadOnlyList<Activity> undelivered)
    {
        if (string.IsNullOrEmpty(activity.Id)) return;
        _seen[Key(activity)] = new Entry(clock.GetUtcNow(), undelivered);
    }

    /// <summary>The replies a retry should deliver (and forgets them), or null when the turn was delivered.</summary>
    public IReadOnlyList<Activity>? TakeUndelivered(Activity activity)
    {
        var key = Key(activity);
        while (_seen.TryGetValue(key, out var entry) && entry.Undelivered is { } pending)
            if (_seen.TryUpdate(key, entry with { Undelivered = null }, entry)) return pending;
        return null;
    }

    /// <summary>A turn that failed before its state was saved may be retried by the channel.</summary>
    public void Forget(Activity activity) => _seen.TryRemove(Key(activity), out _);

    private static string Key(Activity activity) => $"{activity.ChannelId}\n{activity.Conversation?.Id}\n{activity.Id}";

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _seen)
            if (now - entry.At > Window) _seen.TryRemove(key, out _);
    }
}
