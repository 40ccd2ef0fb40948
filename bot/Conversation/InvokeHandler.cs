namespace SmartCity.Bot.Conversation;

/// <summary>Handles a named invoke activity (e.g. Teams card actions) and sets its response.</summary>
public interface IInvokeHandler
{
    bool CanHandle(string name);

    Task HandleAsync(ITurn turn, CancellationToken cancellationToken);
}
