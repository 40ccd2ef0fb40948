using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Protocol.DirectLine;

/// <summary>A Direct Line conversation: its id, the token-bound user, and whether the bot was told it started.</summary>
public sealed record DirectLineConversation(string Id, string UserId, bool Started);

/// <summary>The frame Direct Line sends: activities plus the watermark after them (a non-empty string).</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);

/// <summary>
/// Direct Line conversations and their transcripts, kept in the store so that every instance serves every request of
/// a conversation (a web chat whose requests alternate between instances keeps working). Bounded per conversation
/// (the newest <see cref="DirectLineOptions.MaxActivitiesPerConversation"/>) and in number: idle conversations go
/// first, then the least recently active, but never one someone used in the last
/// <see cref="DirectLineOptions.ActiveMinutes"/> — when all are in use, new conversations are refused instead.
/// Open streams on this instance are woken by local appends and poll the store for the others'.
/// </summary>
public sealed class DirectLineConversations(IChannelStore store, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private const int ReadLimit = 200;
    private readonly DirectLineOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, ImmutableStreams> _streams = new(StringComparer.Ordinal);

    /// <summary>A new conversation with a token-bound user; null when every slot is held by an active conversation.</summary>
    public async Task<DirectLineConversation?> CreateAsync(CancellationToken cancellationToken)
    {
        // Opaque, URL-safe ids without '/', '?', '#' (reference §5.4); user ids "dl_" are token-bound.
        var conversation = new DirectLineConversation(RandomId(18), "dl_" + RandomId(12), Started: false);
        return await store.CreateConversationAsync(conversation.Id, conversation.UserId, clock.GetUtcNow(), Limits(), cancellationToken) ? conversation : null;
    }

    private ConversationLimits Limits()
    {
        var now = clock.GetUtcNow();
        return new ConversationLimits(Math.Max(1, _options.MaxConversations),
            now - TimeSpan.FromMinutes(Math.Max(1, _options.IdleMinutes)), now - TimeSpan.FromMinutes(Math.Max(0, _options.ActiveMinutes)));
    }

    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        await store.FindConversationAsync(conversationId, cancellationToken) is { } found ? new DirectLineConversation(found.Id, found.UserId, found.Started) : null;

    /// <summary>Marks the conversation started; true only for the first caller on any instance (who notifies the bot).</summary>
    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken) => store.TryStartAsync(conversationId, cancellationToken);

    /// <summary>
    /// Appends an activity to the transcript: id "{conversation}|{sequence}" and a server timestamp strictly after the
    /// previous one, so Web Chat never sorts a reply before the message it answers (reference §5.8). Null when the
    /// conversation no longer exists.
    /// </summary>
    public async Task<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        Activity? stored = null;
        var entry = await store.AppendAsync(conversationId, clock.GetUtcNow(), Math.Max(10, _options.MaxActivitiesPerConversation), (sequence, timestamp) =>
        {
            stored = activity with
            {
                Id = $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}",
                Timestamp = timestamp,
                Conversation = new ConversationAccount { Id = conversationId },
            };
            return ProtocolJson.Serialize(stored);
        }, cancellationToken, Math.Max(16 * 1024, _options.MaxTranscriptBytes));
        if (entry is null) return null;
        Wake(conversationId, null);
        return stored;
    }

    /// <summary>
    /// Appends a message from the bot outside any turn (a proactive message, e.g. a reminder): it joins the transcript
    /// in the store, open streams on any instance get it, and a page that comes back later gets it from the backlog.
    /// A conversation no longer held (idle, dropped) is opened again under its id and user, so the message waits there
    /// for the page that resumes it. Null when the store is full of active conversations.
    /// </summary>
    public async Task<Activity?> AppendFromBotAsync(string conversationId, string userId, Activity activity, CancellationToken cancellationToken)
    {
        var reply = activity with { ServiceUrl = null, From = DirectLineEndpoints.BotAccount };
        if (await AppendAsync(conversationId, reply, cancellationToken) is { } stored) return stored;
        if (!await store.CreateConversationAsync(conversationId, userId, clock.GetUtcNow(), Limits(), cancellationToken)) return null;
        await store.TryStartAsync(conversationId, cancellationToken);
        return await AppendAsync(conversationId, reply, cancellationToken);
    }

    /// <summary>Pushes an activity to this instance's open streams without keeping it (typing indicators).</summary>
    public void Signal(string conversationId, Activity activity) => Wake(conversationId, activity);

    /// <summary>Activities after <paramref name="watermark"/> still held, and the watermark after them; null when the conversation is gone.</summary>
    public async Task<ActivitySet?> SinceAsync(string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        var after = ParseWatermark(watermark);
        var read = await store.ReadAsync(conversationId, after, ReadLimit, clock.GetUtcNow(), cancellationToken);
        if (read is not { } found) return null;
        var activities = found.Entries.Select(e => ProtocolJson.Deserialize<Activity>(e.Json)!).ToList();
        var last = found.Entries.Count > 0 ? found.Entries[^1].Sequence : after;
        // A full page means more may follow: the client continues from the last one it got.
        var mark = found.Entries.Count == ReadLimit ? last : Math.Max(last, found.Conversation.LastSequence);
        return new ActivitySet(activities, mark.ToString(CultureInfo.InvariantCulture));
    }

    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : 0;

    /// <summary>
    /// Wake-ups for a stream on this instance: null when an activity was appended here (read the store), or a typing
    /// indicator to pass on. Bounded; a slow reader loses wake-ups, not activities (it reads the store anyway).
    /// </summary>
    public LocalStream Subscribe(string conversationId)
    {
        var channel = Channel.CreateBounded<Activity?>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        _streams.AddOrUpdate(conversationId, _ => new ImmutableStreams([channel]), (_, s) => new ImmutableStreams([.. s.Channels, channel]));
        return new LocalStream(channel.Reader, () =>
        {
            channel.Writer.TryComplete();
            while (_streams.TryGetValue(conversationId, out var current))
            {
                var rest = current.Channels.Where(c => c != channel).ToArray();
                if (rest.Length == 0 ? _streams.TryRemove(new KeyValuePair<string, ImmutableStreams>(conversationId, current))
                                     : _streams.TryUpdate(conversationId, new ImmutableStreams(rest), current)) break;
            }
        });
    }

    private void Wake(string conversationId, Activity? signal)
    {
        if (!_streams.TryGetValue(conversationId, out var streams)) return;
        foreach (var channel in streams.Channels) channel.Writer.TryWrite(signal);
    }

    private static string RandomId(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record ImmutableStreams(Channel<Activity?>[] Channels);
}

/// <summary>A stream's wake-ups on this instance; disposing it unsubscribes.</summary>
public sealed class LocalStream(ChannelReader<Activity?> reader, Action unsubscribe) : IDisposable
{
    public ChannelReader<Activity?> Reader { get; } = reader;

    public void Dispose() => unsubscribe();
}
