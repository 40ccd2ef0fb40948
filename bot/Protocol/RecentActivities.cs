using System.Collections.Concurrent;

namespace SmartCity.Bot.Protocol;

/// <summary>
/// Remembers recently processed activity ids for a few minutes so a channel's retry (Teams retries slow requests;
/// Direct Line does not de-duplicate) is acknowledged without running the turn twice (reference §2.6).
/// </summary>
public sealed class RecentActivities(TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <summary>True the first time (channel, conversation, id) is seen within the window.</summary>
    public bool TryRegister(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id)) return true;
        var now = clock.GetUtcNow();
        if (_seen.Count > MaxEntries) Prune(now);
        var key = $"{activity.ChannelId}\n{activity.Conversation?.Id}\n{activity.Id}";
        var added = _seen.TryAdd(key, now);
        if (added) return true;
        if (now - _seen[key] <= Window) return false;
        _seen[key] = now;
        return true;
    }

    /// <summary>A turn that failed before completing may be retried by the channel.</summary>
    public void Forget(Activity activity) =>
        _seen.TryRemove($"{activity.ChannelId}\n{activity.Conversation?.Id}\n{activity.Id}", out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, at) in _seen)
            if (now - at > Window) _seen.TryRemove(key, out _);
    }
}
