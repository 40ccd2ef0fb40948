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
        var candidates = docs.Select(d => new RankingCandidate(d.Score, RankCoverage(question, d.Doc), Factors(question, d.Doc), right(Passages[d.Doc]))).ToList();
        var n = docs.Count;
        var total = question.Terms.Sum(t => t.RankWeight);
        var head = HeadTerm(question);
        var overtakes = new bool[n, n];
        var carries = new bool[n, n];
        var needs = new bool[n];
        for (var a = 0; a < n; a++)
        {
            needs[a] = NeedsCarrier(question, docs[a].Doc);
            for (var b = 0; b < n; b++)
            {
                if (a == b) continue;
                overtakes[a, b] = total > 0 && Overtakes(question, docs[a].Doc, docs[b].Doc, total, head);
                carries[a, b] = needs[a] && Carries(question, docs[a].Doc, docs[b].Doc);
            }
        }
        return new RankingCase(id, candidates, overtakes, needs, carries) { SearchTop = hits.Count == 0 ? -1 : docs.FindIndex(d => d.Doc == _docOf[hits[0].Passage]) };
    }

    // As Search weighs coverage: a section about the subject the question names counts the aspect asked as covered.
    private double RankCoverage(AnalyzedQuestion question, int doc) =>
        NamesSubject(question, doc)
            ? (AspectCoverage(question, _passageTerms[doc], false) + AspectCoverage(question, _passageTerms[doc], true)) / 2
            : (Coverage(question, _passageTerms[doc]) + FullCoverage(question, _passageTerms[doc])) / 2;
}
