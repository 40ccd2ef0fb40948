using SmartCity.Bot.Protocol.Connector;

namespace SmartCity.Bot.Protocol;

/// <summary>Sends a message into an existing conversation later (reminders), via SendToConversation.</summary>
public interface IProactiveMessenger
{
    Task<string?> SendAsync(ConversationReference reference, Activity message, CancellationToken cancellationToken);
}

/// <summary>Through the Bot Connector; the bot's own web chat conversations are delivered by Channels' WebChatMessenger.</summary>
public sealed class ProactiveMessenger(ConnectorClient connector, ServiceUrlPolicy serviceUrls) : IProactiveMessenger
{
    /// <summary>
    /// The reference must come from a turn whose serviceUrl was trusted (ITurn.CanMessageLater); it is re-checked here
    /// so a stored reference can never send the bot's token somewhere new.
    /// </summary>
    public async Task<string?> SendAsync(ConversationReference reference, Activity message, CancellationToken cancellationToken)
    {
        if (!serviceUrls.IsTrusted(reference.ServiceUrl, vouchedByToken: true))
            throw new InvalidOperationException("serviceUrl of the stored conversation is not trusted");
        var activity = ActivityAddressing.ApplyReference(message, reference);
        var response = await connector.SendAsync(reference.ServiceUrl!, activity, cancellationToken);
        return response?.Id;
    }
}
