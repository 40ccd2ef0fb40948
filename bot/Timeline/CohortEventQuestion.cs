using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Timeline;

/// <summary>
/// "tanggal teken MoU kita?", "nota kesepakatannya di mana": when or where an event of a cohort took place (calendar.json
/// <c>cohort_words</c>), no place named, is history the documents tell with the cohort's year (the user's own, or the
/// region's spoken of) — not the year a region joined nor a deadline, whichever of the two the words lean to.
/// </summary>
public sealed class CohortEventQuestion(DeadlineAnswers deadlines) : IDocumentsQuestion
{
    // Intents whose dialogs read a date question as their own (the year a region joined, a deadline of the current cycle).
    private static readonly HashSet<string> ReadsDates = new([IntentNames.Participation, IntentNames.Deadline, IntentNames.NextStep], StringComparer.Ordinal);

    public bool Claims(Recognition recognition, bool anyIntent)
    {
        var query = recognition.Entities.Regions;
        if (!(anyIntent || ReadsDates.Contains(recognition.TopIntent)) || query.Mentions.Count > 0 || query.Unknown is not null) return false;
        var normalized = InformalIndonesian.Normalize(query.Normalized);
        return (AnswerTypes.Of(normalized) & (AnswerType.Date | AnswerType.Place)) != 0 && deadlines.AsksCohortEvent(normalized);
    }
}
