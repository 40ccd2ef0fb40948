namespace SmartCity.Bot.Conversation;

/// <summary>How a message relates to the topic of the answer the bot just gave from its documents.</summary>
public enum TopicContinuation
{
    /// <summary>It names a subject of its own (or asks nothing): read on its own.</summary>
    None,

    /// <summary>It only names another year ("kalau yang 2021?"): the documents' earlier question again, for that year.</summary>
    ReplacesYear,

    /// <summary>It asks without naming a subject ("yang menilai siapa?").</summary>
    Asks,

    /// <summary>It asks for a facet of what was said ("contohnya?", "di mana acaranya?", "lebih lanjut").</summary>
    AsksFacet,
}

/// <summary>
/// Whether a message continues the topic of the answer the bot just gave from its documents ("diadakan di mana?",
/// "kenapa begitu?"): a follow-up naming no subject of its own. The knowledge base implements it; the router then
/// lets the documents take the message rather than a dialog that would read it on its own.
/// </summary>
public interface ITopicContinuation
{
    TopicContinuation Reads(ITurn turn);
}
