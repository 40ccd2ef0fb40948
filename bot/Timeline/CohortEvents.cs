using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Timeline;

/// <summary>
/// The calendar's cohort events (calendar.json <c>cohort_words</c>: an MoU signing every participant of a year took part
/// in) by the words people ask them by. Each phrase is analysed once per lexicon (a knowledge reload brings a new one,
/// which analyses differently), not on every question; an event is named when every word of one of its phrases is
/// among the question's. Shared by the region data answers and the deadline answers, which must agree on it.
/// </summary>
public sealed class CohortEvents(ProgrammeCalendar calendar)
{
    private sealed record Analysed(Lexicon Lexicon, IReadOnlyList<(HistoryEvent Event, IReadOnlyList<IReadOnlySet<string>> Phrases)> Events);

    private Analysed? _analysed;

    /// <summary>The events a question (normalized, <see cref="InformalIndonesian.Normalize(string)"/>) names.</summary>
    public IReadOnlyList<HistoryEvent> NamedIn(string normalized)
    {
        var asked = KnowledgeIndex.TermSetOf(normalized);
        return AnalysedFor(Lexicon.Current).Events.Where(e => e.Phrases.Any(terms => terms.All(asked.Contains))).Select(e => e.Event).ToList();
    }

    private Analysed AnalysedFor(Lexicon lexicon)
    {
        if (_analysed is { } known && known.Lexicon == lexicon) return known;
        var events = calendar.History
            .Select(e => (Event: e, Phrases: (IReadOnlyList<IReadOnlySet<string>>)e.CohortWords.Select(KnowledgeIndex.TermSetOf).Where(t => t.Count > 0).ToList()))
            .Where(e => e.Phrases.Count > 0).ToList();
        return _analysed = new Analysed(lexicon, events);
    }
}
