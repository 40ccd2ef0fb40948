using System.Diagnostics;

namespace SmartCity.Bot.Storage;

/// <summary>
/// A span per store call (operation, kind; never keys or values), around whichever store is configured. With no
/// listener the call goes straight to the store: no span, no extra state machine on every turn.
/// </summary>
public sealed class TracingBotStore(IBotStore inner, string system) : IBotStore, IDisposable
{
    public const string Name = "SmartCity.Bot.Storage";
    private static readonly ActivitySource Source = new(Name);

    public Task<Versioned<T>?> GetAsync<T>(string kind, string key, CancellationToken cancellationToken = default) =>
        Traced(Start("get", kind), inner.GetAsync<T>(kind, key, cancellationToken));

    /// <summary>Forwarded as one call (one query in the store).</summary>
    public Task<IReadOnlyList<Versioned<T>?>> GetManyAsync<T>(IReadOnlyList<(string Kind, string Key)> keys, CancellationToken cancellationToken = default) =>
        Traced(Source.HasListeners() ? Start("get_many", string.Join(",", keys.Select(k => k.Kind).Distinct())) : null,
            inner.GetManyAsync<T>(keys, cancellationToken));

    public Task<long> PutAsync<T>(string kind, string key, T value, long? expectedVersion,
        IReadOnlyList<StreamRecord>? alsoAppend = null, CancellationToken cancellationToken = default, string? writerId = null) =>
        Traced(Start("put", kind), inner.PutAsync(kind, key, value, expectedVersion, alsoAppend, cancellationToken, writerId));

    /// <summary>Forwarded as one call (one transaction in the store); the span names every kind written.</summary>
    public Task<IReadOnlyList<long>> PutAllAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default)
    {
        var span = Source.HasListeners() ? Start("put_all", string.Join(",", writes.Select(w => w.Kind).Distinct())) : null;
        span?.SetTag("smartcity.store.writes", writes.Count);
        return Traced(span, inner.PutAllAsync(writes, cancellationToken));
    }

    public Task<bool> DeleteAsync(string kind, string key, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        Traced(Start("delete", kind), inner.DeleteAsync(kind, key, expectedVersion, cancellationToken));

    public Task<IReadOnlyList<(string Key, Versioned<T> Item)>> ListAsync<T>(string kind, string keyPrefix = "", int limit = 1000,
        CancellationToken cancellationToken = default) =>
        Traced(Start("list", kind), inner.ListAsync<T>(kind, keyPrefix, limit, cancellationToken));

    public Task AppendAsync(StreamRecord record, CancellationToken cancellationToken = default)
    {
        var span = Start("append", record.Stream);
        return span is null ? inner.AppendAsync(record, cancellationToken) : Traced(span, Completed(inner.AppendAsync(record, cancellationToken)));

        static async Task<bool> Completed(Task call)
        {
            await call;
            return true;
        }
    }

    public Task<IReadOnlyList<(DateTimeOffset At, T Value)>> ReadStreamAsync<T>(string stream, int limit = 100,
        CancellationToken cancellationToken = default) =>
        Traced(Start("read_stream", stream), inner.ReadStreamAsync<T>(stream, limit, cancellationToken));

    /// <summary>The store being traced (for code that needs the concrete store, e.g. its own tables).</summary>
    public IBotStore Inner => inner;

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private Activity? Start(string operation, string kind)
    {
        var span = Source.StartActivity("store." + operation, ActivityKind.Client);
        span?.SetTag("db.system", system);
        span?.SetTag("db.operation", operation);
        span?.SetTag("smartcity.store.kind", kind);
        return span;
    }

    private static Task<T> Traced<T>(Activity? span, Task<T> call)
    {
        if (span is null) return call;
        // The store call has started under the span (its continuations keep it as parent); the caller's current
        // activity goes back to the span's parent, as it would after an awaited async method.
        Activity.Current = span.Parent;
        return TracedAsync(span, call);
    }

    private static async Task<T> TracedAsync<T>(Activity span, Task<T> call)
    {
        using (span)
        {
            try
            {
                return await call;
            }
            catch (ConcurrencyConflictException)
            {
                span.SetTag("smartcity.store.conflict", true);
                throw;
            }
            catch (Exception e)
            {
                span.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
                throw;
            }
        }
    }
}
