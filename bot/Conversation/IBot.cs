namespace SmartCity.Bot.Conversation;

/// <summary>The bot's logic for one turn; the protocol layer calls it, knowing nothing of what it does.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurn turn, CancellationToken cancellationToken);
}
