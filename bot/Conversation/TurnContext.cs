using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Conversation;

/// <summary>How a turn's activities leave: buffered into the HTTP response (expectReplies) or sent to the channel.</summary>
public interface IReplyTransport
{
    /// <summary>True when replies are collected into the HTTP response; typing indicators are pointless then.</summary>
    bool IsBuffered { get; }

    Task DeliverAsync(Activity activity, CancellationToken cancellationToken);
}

/// <summary>The turn's state is saved, but the channel did not take (all of) its replies.</summary>
public sealed class DeliveryFailedException(IReadOnlyList<Activity> undelivered, Exception inner)
    : Exception("Replies could not be delivered: " + inner.Message, inner)
{
    public IReadOnlyList<Activity> Undelivered { get; } = undelivered;
}

/// <summary>The concrete turn: the inbound activity, identity, state and the ordered outbox.</summary>
public sealed class TurnContext : ITurn
{
    private readonly List<Activity> _outbox = [];
    private readonly IReplyTransport _transport;
    private string? _writerId;

    public TurnContext(Activity activity, UserIdentity user, string text, bool canMessageLater, IReplyTransport transport)
    {
        Activity = activity;
        User = user;
        Text = text;
        CanMessageLater = canMessageLater;
        _transport = transport;
        Reference = new ConversationReference
        {
            ActivityId = activity.Id,
            User = activity.From,
            Bot = activity.Recipient,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Locale = activity.Locale,
        };
    }

    public Activity Activity { get; }
    public string Text { get; private set; }

    public void Reread(string understood) => Text = understood;
    public UserIdentity User { get; }
    public string ChannelId => Activity.ChannelId ?? "";
    public string ConversationId => Activity.Conversation?.Id ?? "";
    public bool IsPersonal => Activity.Conversation?.ConversationType is null or "personal" && Activity.Conversation?.IsGroup != true;
    public StateBag ConversationState { get; internal set; } = new();
    public StateBag UserState { get; internal set; } = new();
    public ConversationReference Reference { get; }
    public string WriterId => _writerId ??= "conv:" + Convert.ToHexString(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{ChannelId}:{ConversationId}")))[..24];
    public bool CanMessageLater { get; }
    public InvokeResponse? InvokeResponse { get; private set; }
    public IReadOnlyList<Activity> Outbox => _outbox;

    public void Send(Activity activity) => _outbox.Add(ActivityAddressing.ApplyReference(activity, Activity));

    public void Rewrite(Func<Activity, Activity> rewrite)
    {
        for (var i = 0; i < _outbox.Count; i++) _outbox[i] = rewrite(_outbox[i]);
    }

    /// <summary>False when replies ride in the HTTP response (expectReplies): a typing indicator could not arrive first.</summary>
    internal bool CanShowTyping => !_transport.IsBuffered;

    public Task SendTypingAsync(CancellationToken cancellationToken = default) => _transport.IsBuffered
        ? Task.CompletedTask
        : _transport.DeliverAsync(ActivityAddressing.ApplyReference(new Activity { Type = ActivityTypes.Typing }, Activity), cancellationToken);

    public void SetInvokeResponse(InvokeResponse response) => InvokeResponse = response;

    internal void ReplaceOutbox(Activity activity)
    {
        _outbox.Clear();
        Send(activity);
    }

    internal async Task FlushAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < _outbox.Count; i++)
        {
            try { await _transport.DeliverAsync(_outbox[i], cancellationToken); }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw new DeliveryFailedException(_outbox.Skip(i).ToList(), e);
            }
        }
    }
}
