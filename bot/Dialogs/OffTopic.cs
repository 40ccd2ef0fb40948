using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Dialogs;

/// <summary>
/// A message about something else entirely (weather, trains, football …) and nothing of the programme is never
/// taken by a flow on a loose reading: it goes to the knowledge dialog, which declines it politely.
/// </summary>
public static class OffTopic
{
    public static bool Is(DialogContext dialog)
    {
        var normalized = RegionResolver.Normalize(dialog.Text);
        return ScopeGuard.NamesOtherSubject(normalized) && !ScopeGuard.MentionsProgramme(normalized);
    }
}
