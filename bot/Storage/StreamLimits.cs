using System.Runtime.CompilerServices;

namespace SmartCity.Bot.Storage;

/// <summary>Bounds of one append-only stream that clients can make the bot write to.</summary>
public sealed class StreamLimit
{
    /// <summary>Records kept in total; the oldest go first.</summary>
    public int MaxRecords { get; set; } = 10_000;

    /// <summary>Records one partition (a conversation) may have at a time; more are dropped.</summary>
    public int MaxPerPartition { get; set; } = 50;

    /// <summary>Records older than this are deleted.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>
    /// Inserts between two trims: finding the cut-off walks <see cref="MaxRecords"/> index entries, so trimming after
    /// every insert made each record cost a scan of the whole cap. Every 1/64 of the cap instead: the stream may hold up
    /// to that many records over the cap between trims (a small cap is still trimmed on every insert).
    /// </summary>
    public int TrimEvery => Math.Max(1, MaxRecords / 64);
}

/// <summary>Counts inserts per capped stream in this process and says when the next trim is due.</summary>
internal sealed class StreamTrimSchedule
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, StrongBox<long>> _inserts = new(StringComparer.Ordinal);

    /// <summary>True for the first insert of a stream in this process and then every <see cref="StreamLimit.TrimEvery"/>-th.</summary>
    public bool Due(string stream, StreamLimit limit)
    {
        var count = Interlocked.Increment(ref _inserts.GetOrAdd(stream, _ => new StrongBox<long>(-1)).Value);
        return count % limit.TrimEvery == 0;
    }
}

/// <summary>The "Storage" section: which streams are capped (Storage:Streams:{name}:MaxRecords …).</summary>
public sealed class StorageOptions
{
    public string? SqlitePath { get; set; }

    /// <summary>Capped streams; each capability registers the streams anyone can fill (audit streams never are).</summary>
    public Dictionary<string, StreamLimit> Streams { get; set; } = new(StringComparer.Ordinal);

    public StreamLimit? LimitOf(string stream) => Streams.GetValueOrDefault(stream);
}
