using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// A message about the bot's last reply itself rather than about the programme ("referensinya apa?", "ada
/// tautannya?"): answered from what that reply said, before any dialog reads the message, and the thread stays where it was.
/// Implemented where the knowledge of such replies lives, so the router stays free of it.
/// </summary>
public interface IAnswerAside
{
    /// <summary>True when it answered the message (nothing else then reads it).</summary>
    bool Answers(ITurn turn, Recognition read);

    /// <summary>After every message: what the reply just sent said, for the next message.</summary>
    void Remember(ITurn turn);

    /// <summary>
    /// True (the usual) when the reply is about the last one and the thread stays where it was; false when it answers a
    /// question of its own, whose reply then becomes what the next message points into (its list, its source).
    /// </summary>
    bool KeepsThread => true;
}
