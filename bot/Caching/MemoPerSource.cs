namespace SmartCity.Bot.Caching;

/// <summary>
/// A <see cref="BoundedMemo{TKey, TValue}"/> of results computed from one source (a lexicon, the region registry):
/// when another source is put in use (staff reloaded the files), the memo starts afresh. Shared by static helpers
/// that run several times per turn on the same message.
/// </summary>
public sealed class MemoPerSource<TSource, TKey, TValue>(int capacity) where TSource : class where TKey : notnull
{
    private sealed record Owned(TSource Source, BoundedMemo<TKey, TValue> Memo);

    private Owned? _owned;

    public TValue GetOrAdd(TSource source, TKey key, Func<TKey, TSource, TValue> compute)
    {
        var owned = Volatile.Read(ref _owned);
        if (owned is null || !ReferenceEquals(owned.Source, source)) Volatile.Write(ref _owned, owned = new Owned(source, new(capacity)));
        return owned.Memo.GetOrAdd(key, compute, source);
    }
}
