using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// A message that continues the thread of the dialog that answered the last turn, though its words lean elsewhere
/// ("pemaparannya kapan?" after the deadlines reads like history the documents tell): the router hands it back to that
/// dialog. Implemented by the dialog that knows its own thread, so the router stays free of it.
/// </summary>
public interface IThreadQuestion
{
    /// <summary>The id of the dialog whose thread this continues (<see cref="IDialog.Id"/>).</summary>
    string DialogId { get; }

    /// <summary>The intent to read the message as, when it continues that dialog's thread; null when it does not.</summary>
    string? Claims(Recognition recognition);
}
