using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// A message the documents answer, though its words lean to a dialog that would read it as its own ("mou kami tanggal
/// berapa?" reads like the year a region joined or a deadline): the router hands it to the documents. Implemented where
/// the knowledge of such questions lives, so the router stays free of it.
/// </summary>
public interface IDocumentsQuestion
{
    /// <summary>
    /// True when the message read as <paramref name="recognition"/> is such a question; with <paramref name="anyIntent"/>
    /// (the second question of one message) whichever intent its words lean to.
    /// </summary>
    bool Claims(Recognition recognition, bool anyIntent);
}
