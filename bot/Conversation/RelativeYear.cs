using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// "kalau tahun sebelumnya?", "angkatan berikutnya siapa saja?": the programme year before or after the one the
/// conversation is about (the last year spoken of, else the user's or the subject's cohort), written as the year itself
/// so the recognizer and every dialog read "kalau tahun 2017?" — a follow-up they already answer. Years step over
/// years with no recorded participants (2020), as the cohorts do. The phrases are entities.json `yearBefore`/`yearAfter`.
/// </summary>
public sealed class RelativeYear(EntityWords words, RegionRegistry registry) : IReread
{
    public RereadStage Stage => RereadStage.Relative;

    public string? Rewrite(ITurn turn, Recognition read) => Resolve(turn, read.Entities);

    private readonly PhraseList _before = new(words.YearBefore);
    private readonly PhraseList _after = new(words.YearAfter);

    /// <summary>The message with the relative year replaced by the year, or null when it names none or no year is known.</summary>
    public string? Resolve(ITurn turn, Entities entities)
    {
        if (entities.Year is not null || entities.Cohort is not null) return null;
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (at, length, step) = _before.Find(tokens) is { } before ? (before.At, before.Length, -1)
            : _after.Find(tokens) is { } after ? (after.At, after.Length, +1) : (-1, 0, 0);
        if (at < 0) return null;
        var memory = new ConversationMemory(turn, registry);
        if ((memory.LastYear ?? memory.Cohort ?? memory.SubjectCohort) is not { } from || Step(from, step) is not { } year) return null;
        return string.Join(' ', tokens[..at].Append($"tahun {year}").Concat(tokens[(at + length)..]));
    }

    private int? Step(int from, int step)
    {
        var years = registry.Years;
        return step < 0 ? years.Where(y => y < from).Select(y => (int?)y).LastOrDefault()
                        : years.Where(y => y > from).Select(y => (int?)y).FirstOrDefault();
    }
}
