using SmartCity.Bot.Protocol;
using SmartCity.Bot.Protocol.DirectLine;

namespace SmartCity.Bot.Channels;

/// <summary>
/// Proactive messages (reminders) for every channel: a conversation of the bot's own Direct Line (the web chat) gets
/// the message appended to its transcript; every other conversation goes through the Bot Connector as before.
/// </summary>
public sealed class WebChatMessenger(ProactiveMessenger connector, DirectLineConversations webChat) : IProactiveMessenger
{
    public async Task<string?> SendAsync(ConversationReference reference, Activity message, CancellationToken cancellationToken)
    {
        if (!IsOwnDirectLine(reference)) return await connector.SendAsync(reference, message, cancellationToken);
        // Never the connector for these: their serviceUrl is only the address the page happened to use.
        var delivered = await webChat.AppendFromBotAsync(reference.Conversation!.Id!, reference.User!.Id!,
            ActivityAddressing.ApplyReference(message, reference), cancellationToken);
        return delivered?.Id;
    }

    /// <summary>A conversation of the bot's own Direct Line endpoint (its bot account), not Azure's Direct Line channel.</summary>
    private static bool IsOwnDirectLine(ConversationReference reference) =>
        reference.ChannelId == DirectLineEndpoints.ChannelId && reference.Bot?.Id == DirectLineEndpoints.BotAccount.Id &&
        !string.IsNullOrEmpty(reference.Conversation?.Id) && !string.IsNullOrEmpty(reference.User?.Id);
}
