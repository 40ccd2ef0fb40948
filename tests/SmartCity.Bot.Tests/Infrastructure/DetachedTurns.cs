using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Tests.Infrastructure;

/// <summary>
/// A turn built without a server, for a part that reads and writes conversation state (a list or a sequence remembered
/// for the next message): the user's text, the state bag, and optionally a reply the bot already sent in it.
/// </summary>
public static class DetachedTurns
{
    public static TurnContext Of(string conversation, string text, StateBag state, string reply = "")
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message, Id = Guid.NewGuid().ToString("N"), ChannelId = "emulator", Text = text,
            Conversation = new ConversationAccount { Id = conversation }, From = new ChannelAccount { Id = "user" }, Recipient = new ChannelAccount { Id = "bot" },
        };
        var turn = new TurnContext(activity, new UserIdentity("emulator", "user", null, null, null, null, false), text, canMessageLater: false, new NoTransport())
        {
            ConversationState = state,
        };
        if (reply.Length > 0) turn.Send(Replies.Text(reply));
        return turn;
    }

    // Replies stay in the turn's outbox: nothing is delivered.
    private sealed class NoTransport : IReplyTransport
    {
        public bool IsBuffered => true;

        public Task DeliverAsync(Activity activity, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
