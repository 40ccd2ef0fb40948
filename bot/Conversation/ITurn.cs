using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Conversation;

/// <summary>Who is speaking, as far as the channel vouches for it.</summary>
/// <param name="ChannelVerified">True when the activity arrived with a validated channel token (not development mode).</param>
public sealed record UserIdentity(
    string ChannelId,
    string Id,
    string? Name,
    string? AadObjectId,
    string? TenantId,
    string? UserPrincipalName,
    bool ChannelVerified)
{
    /// <summary>Stable key for per-user state: the Entra object id when the channel gives one, else channel + id.</summary>
    public string StateKey => AadObjectId is { Length: > 0 } aad ? $"aad:{aad}" : $"{ChannelId}:{Id}";
}

/// <summary>
/// One turn as the rest of the bot sees it: the incoming activity, who sent it, state, and a way to answer.
/// Replies are delivered in order after the turn's state has been saved (so nothing is promised before it is durable).
/// </summary>
public interface ITurn
{
    Activity Activity { get; }

    /// <summary>The user's words: message text with Teams &lt;at&gt; mentions removed, or a card's submitted "text".</summary>
    string Text { get; }

    /// <summary>
    /// Reads the message as <paramref name="understood"/> from here on: a message pointing into the bot's previous
    /// list ("yang kedua …") is read with the item itself in its place, by every dialog alike.
    /// </summary>
    void Reread(string understood);

    /// <summary>The replies queued so far this turn (read to remember what the bot listed).</summary>
    IReadOnlyList<Activity> Outbox { get; }

    UserIdentity User { get; }

    string ChannelId { get; }

    string ConversationId { get; }

    /// <summary>Personal (1:1) conversation, as opposed to a group chat or Teams channel.</summary>
    bool IsPersonal { get; }

    /// <summary>Conversation-scoped state (dialog position etc.), saved at the end of the turn.</summary>
    StateBag ConversationState { get; }

    /// <summary>User-scoped state (profile: region etc.), saved at the end of the turn.</summary>
    StateBag UserState { get; }

    /// <summary>
    /// This conversation as a writer of shared documents (pass it to <c>IBotStore.PutAsync</c>): a version written
    /// under it is recognised as this conversation's own even when the turn's state save was lost (a crash between
    /// the two writes). Opaque; it does not reveal the conversation id.
    /// </summary>
    string WriterId { get; }

    /// <summary>Where and how to reach this conversation later (proactive messages).</summary>
    ConversationReference Reference { get; }

    /// <summary>True when replies can later be sent proactively: the serviceUrl was vouched for.</summary>
    bool CanMessageLater { get; }

    /// <summary>Queues a reply; conversation fields (from/recipient/conversation/replyToId) are filled in.</summary>
    void Send(Activity activity);

    /// <summary>Replaces each queued reply by what <paramref name="rewrite"/> makes of it (the reply's language).</summary>
    void Rewrite(Func<Activity, Activity> rewrite);

    /// <summary>Sends a typing indicator now (not queued).</summary>
    Task SendTypingAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets the response to an invoke activity.</summary>
    void SetInvokeResponse(InvokeResponse response);
}
