using System.Collections.Concurrent;

namespace SmartCity.Bot.Caching;

/// <summary>
/// Remembers results of a pure computation, at most <see cref="Capacity"/> of them: when full it starts afresh, so
/// whatever clients send, memory stays bounded (a chat repeats itself — buttons, FAQs, "halo" — so a small memo
/// serves most messages). Whoever owns a memo decides what invalidates it (a rebuilt index gets a new one).
/// </summary>
public sealed class BoundedMemo<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new();

    public int Capacity { get; } = capacity;

    public int Count => _values.Count;

    /// <summary>As <see cref="GetOrAdd(TKey, Func{TKey, TValue})"/>, with the computation's argument passed in (no closure per call).</summary>
    public TValue GetOrAdd<TArg>(TKey key, Func<TKey, TArg, TValue> compute, TArg argument)
    {
        if (Capacity <= 0) return compute(key, argument);
        if (_values.TryGetValue(key, out var known)) return known;
        var value = compute(key, argument);
        if (_values.Count >= Capacity) _values.Clear();
        _values.TryAdd(key, value);
        return value;
    }

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (Capacity <= 0) return compute(key);
        if (_values.TryGetValue(key, out var known)) return known;
        var value = compute(key);
        // Starting afresh rather than evicting one by one: no bookkeeping on the hot path, and a flood of one-off
        // messages costs at most one more computation of each common one.
        if (_values.Count >= Capacity) _values.Clear();
        _values.TryAdd(key, value);
        return value;
    }
}
