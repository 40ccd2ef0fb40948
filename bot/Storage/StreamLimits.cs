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
}

/// <summary>The "Storage" section: which streams are capped (Storage:Streams:{name}:MaxRecords …).</summary>
public sealed class StorageOptions
{
    public string? SqlitePath { get; set; }

    /// <summary>Capped streams; each capability registers the streams anyone can fill (audit streams never are).</summary>
    public Dictionary<string, StreamLimit> Streams { get; set; } = new(StringComparer.Ordinal);

    public StreamLimit? LimitOf(string stream) => Streams.GetValueOrDefault(stream);
}
