using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SmartCity.Bot.Protocol.DirectLine;

/// <summary>One Direct Line conversation: its transcript (bounded), its watermark, and the open streams.</summary>
public sealed class DirectLineConversation(string id, string userId, int maxActivities, DateTimeOffset now, long maxBytes = long.MaxValue)
{
    private readonly object _gate = new();
    private readonly LinkedList<(long Sequence, Activity Activity, int Bytes)> _log = new();
    private long _bytes;
    private readonly List<Channel<ActivitySet>> _streams = [];
    private long _sequence;
    private DateTimeOffset _lastTimestamp = DateTimeOffset.MinValue;

    public string Id { get; } = id;
    public string UserId { get; } = userId;
    public bool Started { get; private set; }
    public DateTimeOffset LastActive { get; private set; } = now;

    /// <summary>Marks the conversation started; true only for the first caller (who notifies the bot).</summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (Started) return false;
            Started = true;
            return true;
        }
    }

    /// <summary>
    /// Appends an activity to the transcript: assigns id "{conversation}|{sequence}" and a server timestamp from one
    /// clock, strictly increasing so Web Chat never sorts a reply before the message it answers (reference §5.8).
    /// </summary>
    public Activity Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var sequence = ++_sequence;
            var timestamp = now > _lastTimestamp ? now : _lastTimestamp.AddMilliseconds(1);
            _lastTimestamp = timestamp;
            var stored = activity with
            {
                Id = $"{Id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}",
                Timestamp = timestamp,
                Conversation = new ConversationAccount { Id = Id },
            };
            // Bounded in count and in bytes (as serialized for the client): the newest activity always stays.
            var bytes = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(stored, ProtocolJson.Options).Length;
            _log.AddLast((sequence, stored, bytes));
            _bytes += bytes;
            while (_log.Count > maxActivities || (_bytes > maxBytes && _log.Count > 1))
            {
                _bytes -= _log.First!.Value.Bytes;
                _log.RemoveFirst();
            }
            LastActive = now;
            Publish(new ActivitySet([stored], Watermark(sequence)));
            return stored;
        }
    }

    /// <summary>Pushes an activity to open streams without keeping it (typing indicators).</summary>
    public void Signal(Activity activity)
    {
        lock (_gate) Publish(new ActivitySet([activity], null));
    }

    /// <summary>Activities after <paramref name="watermark"/> still held, and the current watermark.</summary>
    public ActivitySet Since(string? watermark)
    {
        var after = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : 0;
        lock (_gate)
            return new ActivitySet(_log.Where(e => e.Sequence > after).Select(e => e.Activity).ToList(), Watermark(_sequence));
    }

    /// <summary>Opens a stream: first the backlog after the watermark, then every new activity, until disposed.</summary>
    public ChannelReader<ActivitySet> Subscribe(string? watermark, out IDisposable subscription)
    {
        var channel = Channel.CreateBounded<ActivitySet>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.Wait });
        lock (_gate)
        {
            var backlog = Since(watermark);
            if (backlog.Activities.Count > 0) channel.Writer.TryWrite(backlog);
            _streams.Add(channel);
            LastActive = DateTimeOffset.UtcNow;
        }
        subscription = new Unsubscriber(this, channel);
        return channel.Reader;
    }

    public bool HasStreams { get { lock (_gate) return _streams.Count > 0; } }

    /// <summary>Ends the open streams (conversation evicted).</summary>
    public void Close()
    {
        lock (_gate)
        {
            foreach (var stream in _streams) stream.Writer.TryComplete();
            _streams.Clear();
        }
    }

    private void Publish(ActivitySet set)
    {
        // A reader too slow to keep up is disconnected rather than silently skipped: DirectLineJS reconnects with its
        // watermark and gets the backlog, so nothing is lost.
        foreach (var stream in _streams)
            if (!stream.Writer.TryWrite(set)) stream.Writer.TryComplete();
    }

    private static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    private sealed class Unsubscriber(DirectLineConversation conversation, Channel<ActivitySet> channel) : IDisposable
    {
        public void Dispose()
        {
            lock (conversation._gate) conversation._streams.Remove(channel);
            channel.Writer.TryComplete();
        }
    }
}

/// <summary>The frame Direct Line sends: activities plus the watermark after them (a non-empty string).</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);

/// <summary>
/// All live Direct Line conversations, in memory and bounded: a cap on conversations (idle ones evicted first)
/// and on activities kept per conversation. Transcripts are a delivery buffer, not a record; state lives in the store.
/// </summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;

    public int Count => _conversations.Count;

    public DirectLineConversation Create()
    {
        Evict();
        var now = clock.GetUtcNow();
        // Opaque, URL-safe ids without '/', '?', '#' (reference §5.4); user ids "dl_" are token-bound.
        var conversation = new DirectLineConversation(RandomId(18), "dl_" + RandomId(12), Math.Max(10, _options.MaxActivitiesPerConversation), now,
            Math.Max(16 * 1024, _options.MaxTranscriptBytes));
        _conversations[conversation.Id] = conversation;
        return conversation;
    }

    public DirectLineConversation? Find(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation) ? conversation : null;

    /// <summary>
    /// Appends a message from the bot to a conversation outside any turn (a proactive message, e.g. a reminder): it
    /// joins the transcript, open streams get it now, and a client that comes back later gets it from the backlog.
    /// A conversation no longer held (idle, evicted, restarted) is opened again under its id and user, so the
    /// message waits there for the page that resumes it.
    /// </summary>
    public Activity AppendFromBot(string conversationId, string userId, Activity activity)
    {
        var conversation = Find(conversationId);
        if (conversation is null)
        {
            Evict();
            conversation = _conversations.GetOrAdd(conversationId, id =>
                new DirectLineConversation(id, userId, Math.Max(10, _options.MaxActivitiesPerConversation), clock.GetUtcNow()));
            conversation.TryStart();
        }
        return conversation.Append(activity with { ServiceUrl = null, From = DirectLineEndpoints.BotAccount }, clock.GetUtcNow());
    }

    /// <summary>Drops conversations idle past the limit, then the least recently active ones above the cap.</summary>
    private void Evict()
    {
        var now = clock.GetUtcNow();
        var idle = TimeSpan.FromMinutes(Math.Max(1, _options.IdleMinutes));
        foreach (var (id, conversation) in _conversations)
            if (now - conversation.LastActive > idle && !conversation.HasStreams) Remove(id);

        var excess = _conversations.Count - Math.Max(1, _options.MaxConversations) + 1;
        if (excess <= 0) return;
        // Above the cap, people with an open stream (someone is reading) go last.
        foreach (var (id, _) in _conversations.OrderBy(c => c.Value.HasStreams).ThenBy(c => c.Value.LastActive).Take(excess).ToList()) Remove(id);
    }

    private void Remove(string id)
    {
        if (_conversations.TryRemove(id, out var conversation)) conversation.Close();
    }

    private static string RandomId(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
