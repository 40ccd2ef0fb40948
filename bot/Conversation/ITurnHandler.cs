namespace SmartCity.Bot.Conversation;

/// <summary>
/// A capability that may take a user's message. Handlers are asked in ascending <see cref="Order"/> until one handles it.
/// Order bands: 0–99 an active multi-turn dialog continuing; 100 help/menu; 200–499 specific intents
/// (status check, reminders, region participation); 1000 knowledge answers; int.MaxValue the honest fallback.
/// </summary>
public interface ITurnHandler
{
    int Order { get; }

    Task<bool> TryHandleAsync(ITurn turn, CancellationToken cancellationToken);
}

/// <summary>Handles a named invoke activity (e.g. Teams card actions) and sets its response.</summary>
public interface IInvokeHandler
{
    bool CanHandle(string name);

    Task HandleAsync(ITurn turn, CancellationToken cancellationToken);
}
