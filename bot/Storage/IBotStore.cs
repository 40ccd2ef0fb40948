namespace SmartCity.Bot.Storage;

/// <summary>A stored document, the version it was read at, and who wrote that version (see <see cref="IBotStore.PutAsync{T}"/>).</summary>
public sealed record Versioned<T>(T Value, long Version, string? WriterId = null);

/// <summary>
/// A record appended to an append-only stream (audit, unanswered questions, feedback) in the same transaction.
/// <paramref name="Partition"/> says whom a record of a capped stream counts against (e.g. the conversation); the store
/// keeps only a hash of it.
/// </summary>
public sealed record StreamRecord(string Stream, object Value, string? Partition = null);

/// <summary>One document write of <see cref="IBotStore.PutAllAsync"/>: same meaning as the arguments of PutAsync.</summary>
public sealed record DocumentWrite(string Kind, string Key, object Value, long? ExpectedVersion,
    IReadOnlyList<StreamRecord>? AlsoAppend = null, string? WriterId = null);

/// <summary>Raised when a write expected a version the store no longer has: someone else wrote first.</summary>
public sealed class ConcurrencyConflictException(string kind, string key)
    : Exception($"Concurrent write to {kind}/{key}")
{
    public string Kind { get; } = kind;
    public string Key { get; } = key;
}

/// <summary>
/// The store cannot be reached (server down or restarting, file unreadable, disk full). Nothing of the failed call is
/// known to be saved; callers tell the user plainly instead of failing the turn.
/// </summary>
public sealed class StoreUnavailableException(Exception inner) : Exception("The store is unavailable: " + inner.Message, inner);

/// <summary>
/// The bot's durable store: versioned documents (conversation state, profiles, region status, reminder claims)
/// with optimistic concurrency, and append-only streams. Every write is committed before the call returns.
/// SQLite by default; PostgreSQL when configured (several instances). Both stores treat NUL the same way: a NUL in
/// a kind, key or stream name is refused (<see cref="ArgumentException"/>), a NUL inside a stored value is removed.
/// </summary>
public interface IBotStore
{
    Task<Versioned<T>?> GetAsync<T>(string kind, string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Several documents in one call (a turn's conversation and user state), in the order asked, null where absent.
    /// The default reads one after another, for stores (or wrappers) that do not override it.
    /// </summary>
    async Task<IReadOnlyList<Versioned<T>?>> GetManyAsync<T>(IReadOnlyList<(string Kind, string Key)> keys, CancellationToken cancellationToken = default)
    {
        var found = new List<Versioned<T>?>(keys.Count);
        foreach (var (kind, key) in keys) found.Add(await GetAsync<T>(kind, key, cancellationToken));
        return found;
    }

    /// <summary>
    /// Writes a document. <paramref name="expectedVersion"/> null means "must not exist yet" (an insert or a claim);
    /// otherwise the stored version must equal it. Returns the new version; throws <see cref="ConcurrencyConflictException"/>.
    /// <paramref name="alsoAppend"/> records are written in the same transaction (e.g. the audit entry of a change).
    /// <paramref name="writerId"/> is kept with the version (<see cref="Versioned{T}.WriterId"/>) so a writer whose own
    /// bookkeeping was lost (a crash before its conversation state was saved) can recognise the version as its own.
    /// </summary>
    Task<long> PutAsync<T>(string kind, string key, T value, long? expectedVersion,
        IReadOnlyList<StreamRecord>? alsoAppend = null, CancellationToken cancellationToken = default, string? writerId = null);

    /// <summary>
    /// Writes several documents in one transaction, all or none (e.g. a turn's user and conversation state: one commit
    /// instead of two). Throws <see cref="ConcurrencyConflictException"/> for the first write whose version is stale,
    /// and then nothing is written. Returns the new versions in order. The default writes one after another, for
    /// stores (or wrappers) that do not override it.
    /// </summary>
    async Task<IReadOnlyList<long>> PutAllAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default)
    {
        var versions = new List<long>(writes.Count);
        foreach (var w in writes) versions.Add(await PutAsync(w.Kind, w.Key, w.Value, w.ExpectedVersion, w.AlsoAppend, cancellationToken, w.WriterId));
        return versions;
    }

    /// <summary>Deletes a document if it exists (at the expected version when given). Returns whether it was deleted.</summary>
    Task<bool> DeleteAsync(string kind, string key, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Documents of one kind whose key starts with <paramref name="keyPrefix"/>, ordered by key.</summary>
    Task<IReadOnlyList<(string Key, Versioned<T> Item)>> ListAsync<T>(string kind, string keyPrefix = "",
        int limit = 1000, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends a record. Streams with a <see cref="StreamLimit"/> (what anyone can make the bot write, e.g. unanswered
    /// questions) are bounded: per partition, in total and by age; a record over a cap is dropped, and so is one the
    /// store cannot take while unavailable — those streams are telemetry, never a promise to the user.
    /// </summary>
    Task AppendAsync(StreamRecord record, CancellationToken cancellationToken = default);

    /// <summary>The newest records of a stream, newest first.</summary>
    Task<IReadOnlyList<(DateTimeOffset At, T Value)>> ReadStreamAsync<T>(string stream, int limit = 100,
        CancellationToken cancellationToken = default);
}
