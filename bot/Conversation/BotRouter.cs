using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// Dispatches a turn by activity type: welcomes new members, hands messages to the dialogs (<see cref="DialogRouter"/>),
/// routes invokes by name. Other activity types are acknowledged and ignored.
/// </summary>
public sealed class BotRouter(
    DialogRouter dialogs,
    IEnumerable<IInvokeHandler> invokeHandlers,
    IEnumerable<ITurnObserver> observers,
    IWelcome welcome) : IBot
{
    public async Task OnTurnAsync(ITurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate)
            foreach (var observer in observers) await observer.ObserveAsync(turn, cancellationToken);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                if (string.IsNullOrWhiteSpace(turn.Text) && activity.Value is null && activity.Attachments is not { Count: > 0 })
                    return;
                await dialogs.OnMessageAsync(turn, cancellationToken);
                Language.EnglishReplies.Apply(turn);
                return;

            case ActivityTypes.ConversationUpdate:
                // In a Teams team or group chat every member joining would be greeted in front of everyone: there the
                // single welcome comes with the app's installationUpdate.
                if (turn.ChannelId == "msteams" && !turn.IsPersonal) return;
                // Greet people, not the bot itself being added (its id is the activity's recipient).
                var recipientId = activity.Recipient?.Id;
                if (activity.MembersAdded?.Any(m => m?.Id is not null && m.Id != recipientId) == true)
                    await welcome.GreetAsync(turn, cancellationToken);
                return;

            case ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade":
                await welcome.GreetAsync(turn, cancellationToken);
                return;

            case ActivityTypes.Event when activity.Name is "webchat/join":
                await welcome.GreetAsync(turn, cancellationToken);
                return;

            case ActivityTypes.Invoke:
                var invoke = invokeHandlers.FirstOrDefault(h => activity.Name is not null && h.CanHandle(activity.Name));
                if (invoke is not null) await invoke.HandleAsync(turn, cancellationToken);
                return;

            default:
                return;
        }
    }
}

/// <summary>Greets a user who joins a conversation with the bot.</summary>
public interface IWelcome
{
    Task GreetAsync(ITurn turn, CancellationToken cancellationToken);
}
