namespace SmartCity.Bot.Conversation;

/// <summary>
/// Sees every message, install and conversation update before the dialogs do, and never answers (e.g. remembering
/// where an officer can be reached later). Keep it cheap: it runs on every turn.
/// </summary>
public interface ITurnObserver
{
    Task ObserveAsync(ITurn turn, CancellationToken cancellationToken);
}
