using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Timeline;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// "kalau tahun sebelumnya?", "angkatan berikutnya siapa saja?": the programme year before or after the one the
/// conversation is about (the last year spoken of, else the user's or the subject's cohort), written as the year itself
/// so the recognizer and every dialog read "kalau tahun 2017?" — a follow-up they already answer. Years step over
/// years with no recorded participants (2020), as the cohorts do. The phrases are entities.json `yearBefore`/`yearAfter`
/// (and `nextCohort`, see <see cref="NextCohortCounted"/>).
/// After a question about an event of a cohort ("mou kami kapan?", calendar.json <c>cohort_words</c>), the bare follow-up
/// asks that event of the other year ("kapan mou tahun 2018?"): the event is what the thread is about, not the year alone.
/// </summary>
public sealed class RelativeYear(EntityWords words, RegionRegistry registry, ProgrammeCalendar calendar) : IReread
{
    /// <summary>Conversation state: the cohort event the last question asked about ("mou"), while the thread stays on it.</summary>
    public const string LastEventKey = "memory.lastEvent";

    public RereadStage Stage => RereadStage.Relative;

    public string? Rewrite(ITurn turn, Recognition read) => Resolve(turn, read.Entities);

    private readonly PhraseList _before = new(words.YearBefore);
    private readonly PhraseList _after = new(words.YearAfter);
    private readonly PhraseList _nextCohort = new(words.NextCohort);
    private readonly PhraseList _ownBefore = new(words.OwnCohortBefore);
    private readonly PhraseList _ownAfter = new(words.OwnCohortAfter);
    private readonly PhraseList _joinedBefore = new(words.OwnJoinedBefore);
    private readonly PhraseList _joinedAfter = new(words.OwnJoinedAfter);
    private readonly PhraseList _events = new(calendar.History.SelectMany(e => e.CohortWords).Distinct(StringComparer.OrdinalIgnoreCase));
    private readonly HashSet<string> _corrections = PhraseList.Words(words.Corrections);
    private readonly HashSet<string> _yearWords = PhraseList.Words(words.YearWords);
    private readonly HashSet<string> _cohortWords = PhraseList.Words(words.CohortWords);
    private readonly HashSet<string> _bare = PhraseList.Words(words.FollowUpWords.Concat(words.Fillers).Concat(words.Asides.SelectMany(a => a.Split(' '))));

    /// <summary>The message with the relative year replaced by the year, or null when it names none or no year is known.</summary>
    public string? Resolve(ITurn turn, Entities entities)
    {
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (named, lastEvent) = RememberEvent(turn, WithoutNya(tokens));
        if (entities.Year is { } corrected && CorrectsYear(tokens, entities, corrected))
            return lastEvent is not null ? $"kapan {lastEvent} tahun {corrected}?" : $"kalau tahun {corrected}?";
        if (entities.Year is not null || entities.Cohort is not null) return null;
        if (UntilOwnCohort(turn, tokens) is { } span) return span;
        // "angkatan sebelum kami": stepped from the user's own cohort, whatever year the thread is on.
        var fromOwn = Find(tokens, _ownBefore, -1) ?? Find(tokens, _ownAfter, +1);
        if (fromOwn is null && JoinedAroundOwn(turn, tokens) is { } around) return around;
        var (at, length, step) = fromOwn ?? Find(tokens, _before, -1) ?? Find(tokens, _after, +1) ?? NextCohortCounted(tokens, entities) ?? (-1, 0, 0);
        if (named is not null && at < 0) return BareEvent(turn, entities, WithoutNya(tokens), named);
        if (at < 0) return CohortNamedAsYear(tokens);
        var memory = new ConversationMemory(turn, registry);
        if ((fromOwn is not null ? memory.Cohort : memory.LastYear ?? memory.Cohort ?? memory.SubjectCohort) is not { } from || Step(from, step) is not { } year) return null;
        var rest = tokens[..at].Concat(tokens[(at + length)..]).ToList();
        var thread = named ?? lastEvent;
        if (thread is not null && entities.Regions.IsEmpty && WithoutNya([.. rest]).Except(thread.Split(' ')).All(_bare.Contains))
            return $"kapan {thread} tahun {year}?";
        // A relative cohort and nothing else ("angkatan setelah itu"): that cohort itself (who took part), not the last question asked of its year.
        if (thread is null && entities.Regions.IsEmpty && _cohortWords.Contains(tokens[at]) && rest.All(_bare.Contains))
            return $"siapa saja peserta angkatan {year}?";
        return string.Join(' ', rest[..at].Append($"tahun {year}").Concat(rest[at..]));
    }

    /// <summary>
    /// "kalau tahun kedua?", "and the second year?": a follow-up naming a programme year by its ordinal (cohorts.csv
    /// names that hold a year word, so "tahap kedua" — also a step of a sequence — is left alone) and nothing else but
    /// follow-up words is the same question of that year, written as the year ("kalau tahun 2018?") like a stepped year.
    /// Null when it names no such year or says more.
    /// </summary>
    private string? CohortNamedAsYear(string[] tokens)
    {
        foreach (var (names, year) in _yearNamedCohorts)
        {
            if (names.Find(tokens) is not var (at, length)) continue;
            var rest = tokens[..at].Concat(tokens[(at + length)..]);
            return rest.All(t => _bare.Contains(t) || _yearWords.Contains(t))
                ? string.Join(' ', tokens[..at].Append($"tahun {year}").Concat(tokens[(at + length)..])) : null;
        }
        return null;
    }

    // Declared after _yearWords: field initializers run in the file's order.
    private readonly (PhraseList Names, int Year)[] _yearNamedCohorts = [.. registry.Cohorts
        .Select(c => (Names: new PhraseList(c.Names.Where(n => RegionResolver.Normalize(n).Split(' ').Any(PhraseList.Words(words.YearWords).Contains))), c.Year))
        .Where(c => c.Names.Phrases.Count > 0)];

    /// <summary>
    /// "daerah Sumatera Utara yang masuk setelah angkatan kami?": the regions of every programme year after (or before) the user's cohort,
    /// written as the participants of the span of those years ("peserta dari 2018 sampai 2024"), or of the one year when only one lies there. Null
    /// when the message says no such words, the user's cohort is not known, or no programme year lies on that side.
    /// </summary>
    private string? JoinedAroundOwn(ITurn turn, string[] tokens)
    {
        if ((Find(tokens, _joinedBefore, -1) ?? Find(tokens, _joinedAfter, +1)) is not var (at, length, step)) return null;
        if (new ConversationMemory(turn, registry).Cohort is not { } own) return null;
        var years = registry.Years.Where(y => step < 0 ? y < own : y > own).ToList();
        if (years.Count == 0) return null;
        var (first, last) = (years.Min().ToString(System.Globalization.CultureInfo.InvariantCulture), years.Max().ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Those who joined on that side are the participants of those years (the words every participation list reads).
        var written = first == last ? $"peserta tahun {first}" : $"peserta dari {first} sampai {last}";
        return string.Join(' ', tokens[..at].Append(written).Concat(tokens[(at + length)..]));
    }

    // A word ending a span (penanda-hingga.txt) and a pointer at the user's own cohort (penunjuk-angkatan-sendiri.txt).
    private static readonly PerLexicon<(PhraseList Until, PhraseList Own)> UntilOwn = new(lexicon =>
        (new PhraseList(lexicon.Lists.GetValueOrDefault("penanda-hingga") ?? []), new PhraseList(lexicon.Lists.GetValueOrDefault("penunjuk-angkatan-sendiri") ?? [])));

    /// <summary>
    /// "jumlah seluruh peserta hingga angkatan kami?": a span ending at the user's own cohort, written with its year ("sampai
    /// 2018 …") so the count over the years from the first is read as any "sampai 2018" question. Null when the message
    /// has no such span or the user's cohort is not known.
    /// </summary>
    private string? UntilOwnCohort(ITurn turn, string[] tokens)
    {
        var (until, own) = UntilOwn.Current;
        for (var at = 0; at < tokens.Length; at++)
        {
            var untilLength = until.LengthAt(tokens, at);
            var ownLength = untilLength > 0 ? own.LengthAt(tokens, at + untilLength) : 0;
            if (ownLength == 0) continue;
            if (new ConversationMemory(turn, registry).Cohort is not { } year) return null;
            var written = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return string.Join(' ', tokens[..(at + untilLength)].Append(written).Concat(tokens[(at + untilLength + ownLength)..]));
        }
        return null;
    }

    /// <summary>
    /// "the next cohort" (entities.json <c>nextCohort</c>) is the cohort after the one spoken of only when the message
    /// asks how many took part: a cohort still to come has no participants to count, while its opening or registration
    /// is what "the next cohort" otherwise asks about (the documents answer that).
    /// </summary>
    private (int At, int Length, int Step)? NextCohortCounted(string[] tokens, Entities entities) =>
        entities.AsksCount ? Find(tokens, _nextCohort, +1) : null;

    /// <summary>
    /// The cohort event the thread is on: the one this message names (remembered), else the one remembered while the
    /// message is a bare relative-year follow-up; any other message ends it. Null when there is none.
    /// </summary>
    private (string? Named, string? Remembered) RememberEvent(ITurn turn, string[] tokens)
    {
        var state = turn.ConversationState;
        if (Find(tokens, _events, 0) is var (at, length, _))
        {
            var named = string.Join(' ', tokens.Skip(at).Take(length));
            state.Set(LastEventKey, named);
            return (named, null);
        }
        var remembered = state.Get<string>(LastEventKey);
        if (remembered is not null && Find(tokens, _before, -1) is null && Find(tokens, _after, +1) is null) state.Remove(LastEventKey);
        return (null, remembered);
    }

    /// <summary>
    /// "mou nya?": the event alone, from someone whose region is known, asks when their cohort's took place (a citizen's:
    /// the region spoken of); right after the user asked of another region, that region's. Null when the message says
    /// more than the event, or no region is known.
    /// </summary>
    private string? BareEvent(ITurn turn, Entities entities, string[] tokens, string named)
    {
        var eventWords = named.Split(' ');
        if (!entities.Regions.IsEmpty || tokens.Except(eventWords).Any(t => !_bare.Contains(t))) return null;
        var memory = new ConversationMemory(turn, registry);
        // A region an answer only cited as an example does not take the place of the officer's own.
        if (memory.Subject is { } other && !memory.SubjectFromAnswer && other.Code != memory.Region?.Code) return $"kapan {named} {other.Name}?";
        return memory.Region is not null ? $"kapan {named} angkatan kami?"
            : memory.Subject is { } subject ? $"kapan {named} {subject.Name}?" : null;
    }

    /// <summary>
    /// "ralat, maksudnya 2020": a correction word and the year, nothing else (no place, no question of its own), puts
    /// the year in place of the last question's year — the question stays, as "kalau 2019?" would.
    /// </summary>
    private bool CorrectsYear(string[] tokens, Entities entities, int year)
    {
        if (!entities.Regions.IsEmpty || !tokens.Any(_corrections.Contains)) return false;
        var yearText = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return tokens.All(t => t == yearText || _corrections.Contains(t) || _yearWords.Contains(t) || _bare.Contains(t));
    }

    // "nota kesepakatannya", "mou-nya": the event word with "-nya" still names the event.
    private static string[] WithoutNya(string[] tokens) => tokens.Select(Knowledge.Particles.WithoutPossessive).ToArray();

    private static (int At, int Length, int Step)? Find(string[] tokens, PhraseList phrases, int step) =>
        phrases.Find(tokens) is { } found ? (found.At, found.Length, step) : null;

    private int? Step(int from, int step)
    {
        var years = registry.Years;
        return step < 0 ? years.Where(y => y < from).Select(y => (int?)y).LastOrDefault()
                        : years.Where(y => y > from).Select(y => (int?)y).FirstOrDefault();
    }
}
