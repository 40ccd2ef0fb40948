namespace SmartCity.Bot.Storage;

/// <summary>A stored document and the version it was read at.</summary>
public sealed record Versioned<T>(T Value, long Version);

/// <summary>A record appended to an append-only stream (audit, unanswered questions, feedback) in the same transaction.</summary>
public sealed record StreamRecord(string Stream, object Value);

/// <summary>One document write of <see cref="IBotStore.PutAllAsync"/>: same meaning as the arguments of PutAsync.</summary>
public sealed record DocumentWrite(string Kind, string Key, object Value, long? ExpectedVersion, IReadOnlyList<StreamRecord>? AlsoAppend = null);

/// <summary>Raised when a write expected a version the store no longer has: someone else wrote first.</summary>
public sealed class ConcurrencyConflictException(string kind, string key)
    : Exception($"Concurrent write to {kind}/{key}")
{
    public string Kind { get; } = kind;
    public string Key { get; } = key;
}

/// <summary>
/// The bot's durable store: versioned documents (conversation state, profiles, region status, reminder claims)
/// with optimistic concurrency, and append-only streams. Every write is committed before the call returns.
/// SQLite by default; PostgreSQL when configured (several instances).
/// </summary>
public interface IBotStore
{
    Task<Versioned<T>?> GetAsync<T>(string kind, string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a document. <paramref name="expectedVersion"/> null means "must not exist yet" (an insert or a claim);
    /// otherwise the stored version must equal it. Returns the new version; throws <see cref="ConcurrencyConflictException"/>.
    /// <paramref name="alsoAppend"/> records are written in the same transaction (e.g. the audit entry of a change).
    /// </summary>
    Task<long> PutAsync<T>(string kind, string key, T value, long? expectedVersion,
        IReadOnlyList<StreamRecord>? alsoAppend = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes several documents in one transaction, all or none (e.g. a turn's user and conversation state: one commit
    /// instead of two). Throws <see cref="ConcurrencyConflictException"/> for the first write whose version is stale,
    /// and then nothing is written. Returns the new versions in order. The default writes one after another, for
    /// stores (or wrappers) that do not override it.
    /// </summary>
    async Task<IReadOnlyList<long>> PutAllAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default)
    {
        var versions = new List<long>(writes.Count);
        foreach (var w in writes) versions.Add(await PutAsync(w.Kind, w.Key, w.Value, w.ExpectedVersion, w.AlsoAppend, cancellationToken));
        return versions;
    }

    /// <summary>Deletes a document if it exists (at the expected version when given). Returns whether it was deleted.</summary>
    Task<bool> DeleteAsync(string kind, string key, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Documents of one kind whose key starts with <paramref name="keyPrefix"/>, ordered by key.</summary>
    Task<IReadOnlyList<(string Key, Versioned<T> Item)>> ListAsync<T>(string kind, string keyPrefix = "",
        int limit = 1000, CancellationToken cancellationToken = default);

    Task AppendAsync(StreamRecord record, CancellationToken cancellationToken = default);

    /// <summary>The newest records of a stream, newest first.</summary>
    Task<IReadOnlyList<(DateTimeOffset At, T Value)>> ReadStreamAsync<T>(string stream, int limit = 100,
        CancellationToken cancellationToken = default);
}
