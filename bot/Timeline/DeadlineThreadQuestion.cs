using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Timeline;

/// <summary>
/// Right after the deadlines or next steps, "kalau pemaparannya kapan?": a date question naming one deadline of the
/// current cycle by its own words (calendar.json), no year or place named, continues that thread — the current cycle's
/// date, not history of the user's cohort year that the documents may not hold.
/// </summary>
public sealed class DeadlineThreadQuestion(DeadlineAnswers deadlines) : IThreadQuestion
{
    public string DialogId => "deadline";

    public string? Claims(Recognition recognition)
    {
        var entities = recognition.Entities;
        // A year, a place, "angkatan kami" or a stage every cohort went through ("bimtek kami dulu") asks history instead.
        if (entities.Year is not null || entities.Cohort is not null || !entities.Regions.IsEmpty || entities.Regions.Province is not null
            || entities.OwnCohort || entities.NamesCohortStage) return null;
        var normalized = InformalIndonesian.Normalize(entities.Regions.Normalized);
        return (AnswerTypes.Of(normalized) & AnswerType.Date) != 0 && deadlines.NamedIn(normalized) is not null ? "Deadline" : null;
    }
}
