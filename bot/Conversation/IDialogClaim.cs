using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// A message one dialog takes by what the conversation already knows of the user, though its words lean to another (a
/// guess about an officer's own cohort reads like a documents question). Implemented next to the dialog's knowledge, so
/// the router stays free of it.
/// </summary>
public interface IDialogClaim
{
    /// <summary>The intent whose dialog takes the message, or null.</summary>
    string? Claims(ITurn turn, Recognition recognition);
}
