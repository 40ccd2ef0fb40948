namespace SmartCity.Bot.Conversation;

/// <summary>
/// What one answer leaves for the next message only: the list it showed, the year or province it counted, the figures
/// it gave. The value is kept in the conversation state with the message that left it; the next message reads it as
/// the one before, and once that message is answered (<see cref="Expire"/>) it is gone — unless that message left it again.
/// </summary>
/// <param name="key">the conversation-state key of the value; its message is kept beside it.</param>
public sealed class NextTurnMemory<T>(string key) where T : class
{
    private readonly string _turnKey = key + ".turn";

    /// <summary>Keeps <paramref name="value"/> for the next message, as left by this one.</summary>
    public void Hold(ITurn turn, T value)
    {
        turn.ConversationState.Set(key, value);
        turn.ConversationState.Set(_turnKey, Stamp(turn));
    }

    /// <summary>The value an earlier message left; default when there is none or this message left it.</summary>
    public T? Before(ITurn turn) =>
        turn.ConversationState.Get<T>(key) is { } held && turn.ConversationState.Get<string>(_turnKey) != Stamp(turn) ? held : default;

    /// <summary>The value held, whichever message left it (the one before, or this one).</summary>
    public T? Latest(ITurn turn) => turn.ConversationState.Get<T>(key);

    /// <summary>After a message is answered: what an earlier message left is forgotten.</summary>
    public void Expire(ITurn turn)
    {
        if (turn.ConversationState.Get<string>(_turnKey) == Stamp(turn)) return;
        turn.ConversationState.Remove(key);
        turn.ConversationState.Remove(_turnKey);
    }

    // The message, by the id its channel gave it (every channel gives one); by its text when it came without.
    private static string Stamp(ITurn turn) => turn.Activity.Id ?? turn.Text;
}
