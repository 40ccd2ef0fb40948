namespace SmartCity.Bot.Conversation;

/// <summary>
/// Whether a message continues the topic of the answer the bot just gave from its documents ("diadakan di mana?",
/// "kenapa begitu?"): a follow-up naming no subject of its own. The knowledge base implements it; the router then
/// lets the documents take the message rather than a dialog that would read it on its own.
/// </summary>
public interface ITopicContinuation
{
    bool Continues(ITurn turn);
}
