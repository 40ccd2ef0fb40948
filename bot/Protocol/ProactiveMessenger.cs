using SmartCity.Bot.Protocol.Connector;

namespace SmartCity.Bot.Protocol;

/// <summary>Sends a message into an existing conversation later (reminders), via SendToConversation.</summary>
public interface IProactiveMessenger
{
    Task<string?> SendAsync(ConversationReference reference, Activity message, CancellationToken cancellationToken);
}

/// <param name="directLine">The bot's own Direct Line conversations (none when web chat is not registered).</param>
public sealed class ProactiveMessenger(ConnectorClient connector, ServiceUrlPolicy serviceUrls,
    IEnumerable<DirectLine.DirectLineConversations> directLine) : IProactiveMessenger
{
    /// <summary>
    /// The reference must come from a turn whose serviceUrl was trusted (ITurn.CanMessageLater); it is re-checked here
    /// so a stored reference can never send the bot's token somewhere new.
    /// </summary>
    public async Task<string?> SendAsync(ConversationReference reference, Activity message, CancellationToken cancellationToken)
    {
        // The embedded web chat has no connector: its conversations are the bot's own, reachable while held in memory.
        if (reference.ChannelId == DirectLine.DirectLineEndpoints.ChannelId)
        {
            var conversation = directLine.Select(d => d.Find(reference.Conversation?.Id ?? "")).FirstOrDefault(c => c is not null)
                ?? throw new ConnectorException(System.Net.HttpStatusCode.NotFound, "Direct Line conversation no longer open");
            var posted = ActivityAddressing.ApplyReference(message, reference) with { ServiceUrl = null, From = DirectLine.DirectLineEndpoints.BotAccount };
            return conversation.Append(posted, DateTimeOffset.UtcNow).Id;
        }
        if (!serviceUrls.IsTrusted(reference.ServiceUrl, vouchedByToken: true))
            throw new InvalidOperationException("serviceUrl of the stored conversation is not trusted");
        var activity = ActivityAddressing.ApplyReference(message, reference);
        var response = await connector.SendAsync(reference.ServiceUrl!, activity, cancellationToken);
        return response?.Id;
    }
}
