using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Timeline;

/// <summary>
/// Right after the deadlines or next steps, "kalau pemaparannya kapan?": a date question naming one deadline of the
/// current cycle by its own words (calendar.json), no year or place named, continues that thread — the current cycle's
/// date, not history of the user's cohort year that the documents may not hold. A few words that read as the deadlines
/// at all beside a stronger general reading ("masih sempat nggak?", "sudah lewat?") ask about the dates just shown.
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
        if ((AnswerTypes.Of(normalized) & AnswerType.Date) != 0 && deadlines.NamedIn(normalized) is not null) return IntentNames.Deadline;
        return normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxShortWords
               && recognition.Intents.Take(3).Any(i => i.Intent == IntentNames.Deadline && i.Score >= ThreadShare * recognition.TopScore) ? IntentNames.Deadline : null;
    }

    // A follow-up of a few words leans on the answer it follows; a longer message is a question of its own.
    private const int MaxShortWords = 6;

    // The deadlines' reading must hold this share of the top score: a distant third is a guess.
    private const double ThreadShare = 0.5;
}
