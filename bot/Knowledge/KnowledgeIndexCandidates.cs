namespace SmartCity.Bot.Knowledge;

public sealed partial class KnowledgeIndex
{
    private Dictionary<Passage, int>? _docOf;

    /// <summary>
    /// The candidates <see cref="Search"/> re-ranks for a question, each with the values its weights multiply and
    /// whether <paramref name="right"/> holds of it, and what reorders the first: the cache `report --fit-ranking` fits on.
    /// </summary>
    public RankingCase Candidates(string id, AnalyzedQuestion question, Func<Passage, bool> right)
    {
        _docOf ??= Passages.Select((p, i) => (p, i)).ToDictionary<(Passage p, int i), Passage, int>(x => x.p, x => x.i, ReferenceEqualityComparer.Instance);
        // Search returns all it re-ranks when asked for as many; Lucene's order is by score, then by document.
        var hits = Search(question, RerankDepth);
        var docs = hits.Select(h => (Doc: _docOf[h.Passage], h.Score)).OrderByDescending(d => d.Score).ThenBy(d => d.Doc).ToList();
        var ranking = new Ranking(this, question);
        var candidates = docs.Select(d => new RankingCandidate(d.Score, RankCoverage(ranking, d.Doc), Factors(ranking, d.Doc), right(Passages[d.Doc]))).ToList();
        var n = docs.Count;
        var total = question.Terms.Sum(t => t.RankWeight);
        var head = HeadTerm(question);
        var overtakes = new bool[n, n];
        var carries = new bool[n, n];
        var needs = new bool[n];
        for (var a = 0; a < n; a++)
        {
            needs[a] = NeedsCarrier(ranking, docs[a].Doc);
            for (var b = 0; b < n; b++)
            {
                if (a == b) continue;
                overtakes[a, b] = total > 0 && Overtakes(ranking, docs[a].Doc, docs[b].Doc, total, head);
                carries[a, b] = needs[a] && Carries(ranking, docs[a].Doc, docs[b].Doc);
            }
        }
        return new RankingCase(id, candidates, overtakes, needs, carries)
        {
            SearchTop = hits.Count == 0 ? -1 : docs.FindIndex(d => d.Doc == _docOf[hits[0].Passage]),
            OrderShares = AsksOrder(ranking) ? docs.Select(d => OrderShare(ranking, d.Doc)).ToArray() : null,
            HeadingYears = AsksLatest(ranking) ? docs.Select(d => HeadingYear(d.Doc)).ToArray() : null,
            NewestYears = AsksLatest(ranking) ? docs.Select(d => NewestYear(d.Doc)).ToArray() : null,
            StartHeadingYears = AsksProgrammeStart(ranking) ? docs.Select(d => StartHeadingYear(d.Doc)).ToArray() : null,
            OldestYears = AsksProgrammeStart(ranking) ? docs.Select(d => OldestYear(d.Doc)).ToArray() : null,
        };
    }

    // As Search weighs coverage: a section about the subject the question names counts the aspect asked as covered.
    private static double RankCoverage(Ranking ranking, int doc) =>
        ranking.NamesSubject(doc) && Weights.On(RankingRule.AspectCoverage)
            ? (ranking.AspectCoverage(doc, false) + ranking.AspectCoverage(doc, true)) / 2
            : (ranking.Coverage(doc) + ranking.FullCoverage(doc)) / 2;
}
