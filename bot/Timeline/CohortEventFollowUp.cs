using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Timeline;

/// <summary>The cohort event a region's data answer was about: its region and the words it was asked by ("mou?").</summary>
public sealed record AskedCohortEvent(string RegionCode, string Question);

/// <summary>
/// "dmn", "tempatnya?", "jam brp" right after a region's cohort event was answered from the data ask that facet of the
/// same event, not the documents' topic before it: the follow-up is read with the words the event was asked by. Kept
/// for one turn only — the next answer, whatever it is, ends it.
/// </summary>
public static class CohortEventFollowUp
{
    private const string Key = "timeline.cohortEvent";

    public static void Remember(ITurn turn, Region region, string question) =>
        turn.ConversationState.Set(Key, new AskedCohortEvent(region.Code, question));

    /// <summary>The event the last answer was about, taken (so it lasts one turn); null when the last answer was no such event.</summary>
    public static AskedCohortEvent? Take(ITurn turn)
    {
        var asked = turn.ConversationState.Get<AskedCohortEvent>(Key);
        turn.ConversationState.Remove(Key);
        return asked;
    }
}
