using SmartCity.Bot.Conversation;

namespace SmartCity.Bot.Dialogs;

/// <summary>
/// A message about something else entirely (weather, trains, football …) is never taken by a flow on a loose
/// reading: when the recognizer, learned from the out-of-scope examples in knowledge/understanding/, ranks it out of
/// scope, it goes to the knowledge dialog, which declines it politely (scope there comes from the documents).
/// </summary>
public static class OffTopic
{
    public const string Intent = "OutOfScope";

    public static bool Is(DialogContext dialog) => dialog.Recognition.TopIntent == Intent;
}
