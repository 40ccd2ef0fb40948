using System.Diagnostics;

namespace SmartCity.Bot.Storage;

/// <summary>A span per store call (operation, kind; never keys or values), around whichever store is configured.</summary>
public sealed class TracingBotStore(IBotStore inner, string system) : IBotStore, IDisposable
{
    public const string Name = "SmartCity.Bot.Storage";
    private static readonly ActivitySource Source = new(Name);

    public async Task<Versioned<T>?> GetAsync<T>(string kind, string key, CancellationToken cancellationToken = default)
    {
        using var span = Start("get", kind);
        return await Traced(span, inner.GetAsync<T>(kind, key, cancellationToken));
    }

    public async Task<long> PutAsync<T>(string kind, string key, T value, long? expectedVersion,
        IReadOnlyList<StreamRecord>? alsoAppend = null, CancellationToken cancellationToken = default, string? writerId = null)
    {
        using var span = Start("put", kind);
        return await Traced(span, inner.PutAsync(kind, key, value, expectedVersion, alsoAppend, cancellationToken, writerId));
    }

    /// <summary>Forwarded as one call (one transaction in the store); the span names every kind written.</summary>
    public async Task<IReadOnlyList<long>> PutAllAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default)
    {
        using var span = Start("put_all", string.Join(",", writes.Select(w => w.Kind).Distinct()));
        span?.SetTag("smartcity.store.writes", writes.Count);
        return await Traced(span, inner.PutAllAsync(writes, cancellationToken));
    }

    public async Task<bool> DeleteAsync(string kind, string key, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        using var span = Start("delete", kind);
        return await Traced(span, inner.DeleteAsync(kind, key, expectedVersion, cancellationToken));
    }

    public async Task<IReadOnlyList<(string Key, Versioned<T> Item)>> ListAsync<T>(string kind, string keyPrefix = "", int limit = 1000,
        CancellationToken cancellationToken = default)
    {
        using var span = Start("list", kind);
        return await Traced(span, inner.ListAsync<T>(kind, keyPrefix, limit, cancellationToken));
    }

    public async Task AppendAsync(StreamRecord record, CancellationToken cancellationToken = default)
    {
        using var span = Start("append", record.Stream);
        try
        {
            await inner.AppendAsync(record, cancellationToken);
        }
        catch (Exception e)
        {
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }

    public async Task<IReadOnlyList<(DateTimeOffset At, T Value)>> ReadStreamAsync<T>(string stream, int limit = 100,
        CancellationToken cancellationToken = default)
    {
        using var span = Start("read_stream", stream);
        return await Traced(span, inner.ReadStreamAsync<T>(stream, limit, cancellationToken));
    }

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

    private static async Task<T> Traced<T>(Activity? span, Task<T> call)
    {
        try
        {
            return await call;
        }
        catch (ConcurrencyConflictException)
        {
            span?.SetTag("smartcity.store.conflict", true);
            throw;
        }
        catch (Exception e)
        {
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }
}
