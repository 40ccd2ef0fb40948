namespace SmartCity.Bot.Storage;

/// <summary>A Direct Line conversation as stored: who it belongs to, whether the bot was told, its last sequence number.</summary>
public sealed record ChannelConversation(string Id, string UserId, bool Started, long LastSequence);

/// <summary>One stored transcript entry: its sequence number in the conversation and the activity as JSON.</summary>
public sealed record TranscriptEntry(long Sequence, string Json);

/// <summary>How many conversations the store keeps, and which it may drop to make room.</summary>
/// <param name="IdleBefore">Conversations last active before this are dropped.</param>
/// <param name="ActiveSince">Conversations active since this are never dropped to make room (someone is chatting).</param>
public sealed record ConversationLimits(int MaxConversations, DateTimeOffset IdleBefore, DateTimeOffset ActiveSince);

/// <summary>
/// What the channel layer keeps so that any instance can serve any request: Direct Line conversations with their
/// transcripts (bounded per conversation and in number), and claims on incoming activity ids so a channel's retry
/// landing on another instance is not answered twice. Every write is committed before the call returns.
/// </summary>
public interface IChannelStore
{
    /// <summary>Creates a conversation within the limits; false when the store is full of active conversations.</summary>
    Task<bool> CreateConversationAsync(string id, string userId, DateTimeOffset now, ConversationLimits limits, CancellationToken cancellationToken = default);

    Task<ChannelConversation?> FindConversationAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Marks the conversation started; true only for the first caller, on any instance.</summary>
    Task<bool> TryStartAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends to the transcript under the next sequence number and a timestamp strictly after the previous one
    /// (both handed to <paramref name="render"/>, which returns the JSON to keep); keeps the newest
    /// <paramref name="keep"/> entries. Null when the conversation no longer exists.
    /// </summary>
    Task<TranscriptEntry?> AppendAsync(string conversationId, DateTimeOffset now, int keep,
        Func<long, DateTimeOffset, string> render, CancellationToken cancellationToken = default, long maxChars = long.MaxValue);

    /// <summary>Entries after <paramref name="afterSequence"/> (oldest first, at most <paramref name="limit"/>), and marks the conversation active.</summary>
    Task<(ChannelConversation Conversation, IReadOnlyList<TranscriptEntry> Entries)?> ReadAsync(string conversationId, long afterSequence, int limit,
        DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Claims an incoming activity id for <paramref name="window"/>; false when it was claimed within the window.</summary>
    Task<bool> TryClaimActivityAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken = default);

    /// <summary>Releases a claim (the turn failed before anything was saved, so the channel's retry should run it).</summary>
    Task ReleaseActivityAsync(string key, CancellationToken cancellationToken = default);
}
