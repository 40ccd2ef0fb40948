using SmartCity.Bot.Cards;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Timeline;

/// <summary>Deadline and next-step answers from the calendar; each says when the calendar was last updated.</summary>
public sealed class DeadlineAnswers(ProgrammeCalendar calendar, CohortEvents cohortEvents, RegionRegistry registry, TimeProvider clock)
{
    // Users see what the schedule is and how fresh, never the file it is kept in (issue 9: no file names in sources).
    public string Source => $"kalender program Gerakan Menuju Smart City yang dipakai bot ini, diperbarui {ProgrammeCalendar.FormatDate(calendar.LastUpdated)}" +
                            (calendar.IsExample ? " — jadwal CONTOH" : "");

    public string Line(Deadline deadline) =>
        $"{deadline.Title}: {ProgrammeCalendar.FormatDate(deadline.Date)} ({RelativeTime.Until(deadline.Date, clock.GetUtcNow())})";

    /// <summary>The next deadline of a stage that has not passed yet (null when all have).</summary>
    public Deadline? Next(Stage stage)
    {
        var today = ProgrammeCalendar.Today(clock.GetUtcNow());
        return stage.Deadlines.Where(d => d.Date >= today).OrderBy(d => d.Date).FirstOrDefault()
               ?? calendar.Stages.SkipWhile(s => s.Id != stage.Id).Skip(1).SelectMany(s => s.Deadlines).Where(d => d.Date >= today).OrderBy(d => d.Date).FirstOrDefault();
    }

    /// <summary>
    /// The deadline a question names in its own words ("kapan batas laporan quick win?"): the one title sharing words
    /// with the question that no other title has, when exactly one does. Generic and function words (lexicon) never
    /// count, so "tenggat daerah kami" names none. Null when the question names no deadline or several alike.
    /// </summary>
    public Deadline? NamedIn(string question)
    {
        var words = _words.Current;
        var asked = words.Terms(question);
        if (asked.Count == 0) return null;
        var named = words.Titles.Where(t => t.Own.Overlaps(asked)).Select(t => t.Deadline).Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// "mou kami tanggal berapa": the question names an event of a past cohort (calendar.json <c>cohort_words</c>) and no
    /// deadline of the current cycle; its date is history, not a deadline.
    /// </summary>
    public bool AsksCohortEvent(string question) =>
        cohortEvents.NamedIn(InformalIndonesian.Normalize(question)).Count > 0 && NamedIn(question) is null;

    // The words of the lexicon that never name a deadline, and each title's words no other title has: worked out once
    // per lexicon (a knowledge reload brings a new one), not on every question.
    private sealed record DeadlineWords(Lexicon Lexicon, HashSet<string> Common, IReadOnlyList<(Deadline Deadline, HashSet<string> Own)> Titles)
    {
        public HashSet<string> Terms(string text)
        {
            var terms = KnowledgeAnalyzers.TermSet(Lexicon.Analyzer, InformalIndonesian.Normalize(text, Lexicon));
            terms.ExceptWith(Common);
            return terms;
        }
    }

    private readonly PerLexicon<DeadlineWords> _words = new(lexicon => WordsOf(lexicon, calendar));

    private static DeadlineWords WordsOf(Lexicon lexicon, ProgrammeCalendar calendar)
    {
        var common = lexicon.GenericWords.Concat(lexicon.BroadWords).Concat(lexicon.FunctionWords)
            .SelectMany(w => KnowledgeAnalyzers.TermSet(lexicon.Analyzer, w)).ToHashSet(StringComparer.Ordinal);
        var words = new DeadlineWords(lexicon, common, []);
        var titles = calendar.AllDeadlines.Select(d => (Deadline: d, Terms: words.Terms(d.Title))).ToList();
        var own = titles.Select(t => (t.Deadline, Own: t.Terms.Where(w => titles.Count(o => o.Terms.Contains(w)) == 1).ToHashSet(StringComparer.Ordinal))).ToList();
        return words with { Titles = own };
    }

    /// <summary>
    /// The deadlines a question asks for: the one it names, with the rest of its stage; else the stage's. A region whose
    /// cohort came before the current cycle, asking when its masterplan or quick win is due, first hears its cohort's due
    /// time (calendar.json <c>cohort_due</c>); the current cycle's deadlines follow, labelled as such.
    /// </summary>
    public AnswerCard ForQuestion(string question, Stage stage, Region? region)
    {
        var card = NamedIn(question) is { } named ? ForDeadline(named, region) : ForStage(stage, region);
        if (PastCohortOf(region) is not { } year || calendar.CohortDue is not { } due || !Names(question, due.Words)) return card;
        var said = due.For(year);
        return card with
        {
            Body = $"{char.ToUpperInvariant(said[0])}{said[1..]} (_{due.Source}_).\n\nJadwal di bawah ini milik {calendar.CycleName}, bukan tenggat angkatan {year}. {card.Body}",
        };
    }

    // The first year the region took part, when that was before the current cycle began.
    private int? PastCohortOf(Region? region) =>
        region is not null && registry.ParticipationsOf(region) is [var first, ..] && first.Year < calendar.Stages.Min(s => s.Start).Year ? first.Year : null;

    // A word of the list opens a word of the question ("masterplannya"); a phrase of several words stands in it whole.
    private static bool Names(string question, IReadOnlyList<string> words)
    {
        var text = $" {InformalIndonesian.Normalize(question).ToLowerInvariant()} ";
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w.Contains(' ') ? text.Contains($" {w} ", StringComparison.Ordinal) : tokens.Any(t => t.StartsWith(w, StringComparison.Ordinal)));
    }

    private AnswerCard ForDeadline(Deadline deadline, Region? region)
    {
        var stage = calendar.Stages.First(s => s.Deadlines.Contains(deadline));
        var card = ForStage(stage, region);
        return card with { Body = $"**{Line(deadline)}**.\n\n{card.Body}" };
    }

    public AnswerCard ForStage(Stage stage, Region? region)
    {
        var items = stage.Deadlines.OrderBy(d => d.Date).Select(Line).ToList();
        var body = $"Tenggat tahap **{stage.Name}**" + (region is not null ? $" untuk {region.Name}" : "") + $" ({calendar.CycleName}):";
        if (items.Count == 0) body = $"Tahap **{stage.Name}** tidak memiliki tenggat di kalender.";
        items.Add(calendar.UpdatedNote());
        return new AnswerCard("Tenggat", body, items, Source, region is not null ? ["Ingatkan saya", $"Cek status {region.Name}"] : ["Cek status daerah"]);
    }

    /// <summary>What remains for a region in its stage, first the items not done, with their deadlines.</summary>
    public (string Text, IReadOnlyList<string> Items) NextSteps(Region region, Stage stage, RegionStatus status)
    {
        var open = stage.Checklist.Where(i => status.Answers.GetValueOrDefault(i.Id)?.Value != "sudah").ToList();
        var items = open.Select(i => calendar.FindDeadline(i.Deadline) is { } d
            ? $"{Plain(i.Question)} — tenggat {ProgrammeCalendar.FormatDate(d.Date)} ({RelativeTime.Until(d.Date, clock.GetUtcNow())})"
            : Plain(i.Question)).ToList();
        var nextStage = calendar.Stages.SkipWhile(s => s.Id != stage.Id).Skip(1).FirstOrDefault();
        var text = open.Count > 0
            ? $"Langkah berikutnya untuk {region.Name} pada tahap **{stage.Name}** — yang belum tercatat selesai:"
            : $"Semua butir tahap **{stage.Name}** untuk {region.Name} sudah tercatat selesai." +
              (nextStage is not null ? $" Tahap berikutnya: **{nextStage.Name}** (mulai {ProgrammeCalendar.FormatDate(nextStage.Start)})." : "");
        if (open.Count > 0 && nextStage is not null) items.Add($"Setelah itu: tahap {nextStage.Name} (mulai {ProgrammeCalendar.FormatDate(nextStage.Start)}).");
        items.Add(calendar.UpdatedNote());
        return (text, items);
    }

    /// <summary>"Apakah masterplan sudah disahkan…?" → "masterplan sudah disahkan…" as a to-do line.</summary>
    public static string Plain(string question)
    {
        var q = question.Trim().TrimEnd('?');
        if (q.StartsWith("Apakah ", StringComparison.OrdinalIgnoreCase)) q = q[7..];
        return char.ToUpperInvariant(q[0]) + q[1..];
    }
}
