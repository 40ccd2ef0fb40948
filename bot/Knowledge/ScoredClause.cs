using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A query clause (a word or a phrase in one field, with its boost) as the scores Lucene gave each passage for it,
/// computed once per index. Searched in its place, every passage gets the same score — BM25 ignores the query norm,
/// so a clause scores alone as it does within the question's query — without the terms enumerator, postings reader,
/// 256-entry BM25 table and phrase-scorer tables (two of 4,096 entries) the clause itself builds for every search.
/// </summary>
internal sealed class ScoredClause : Query
{
    private readonly int[] _docs;
    private readonly float[] _scores;

    private ScoredClause(int[] docs, float[] scores) => (_docs, _scores) = (docs, scores);

    /// <summary>The clause's score for every passage it matches, as <paramref name="searcher"/> computes them.</summary>
    public static ScoredClause Of(IndexSearcher searcher, Query clause)
    {
        var recorder = new Recorder();
        searcher.Search(clause, recorder);
        var order = Enumerable.Range(0, recorder.Docs.Count).OrderBy(i => recorder.Docs[i]).ToArray();
        return new(order.Select(i => recorder.Docs[i]).ToArray(), order.Select(i => recorder.Scores[i]).ToArray());
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new ClauseWeight(this);

    public override string ToString(string field) => $"scored({_docs.Length} passages)";

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    private sealed class ClauseWeight(ScoredClause clause) : Weight
    {
        public override Query Query => clause;

        public override Explanation Explain(AtomicReaderContext context, int doc) =>
            Array.BinarySearch(clause._docs, context.DocBase + doc) is var i and >= 0
                ? new Explanation(clause._scores[i], "score computed once for this index")
                : new Explanation(0, "no match");

        // BM25 neither normalizes nor boosts a clause's score at search time: it was fixed when computed.
        public override float GetValueForNormalization() => 1;

        public override void Normalize(float norm, float topLevelBoost) { }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var start = Array.BinarySearch(clause._docs, context.DocBase);
            if (start < 0) start = ~start;
            var end = Array.BinarySearch(clause._docs, context.DocBase + context.Reader.MaxDoc);
            if (end < 0) end = ~end;
            return start == end ? null : new ClauseScorer(this, clause, start, end, context.DocBase, acceptDocs);
        }
    }

    private sealed class ClauseScorer(Weight weight, ScoredClause clause, int start, int end, int docBase, IBits? acceptDocs) : Scorer(weight)
    {
        private int _i = start - 1;
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => clause._scores[_i];

        public override int NextDoc()
        {
            while (++_i < end)
            {
                _doc = clause._docs[_i] - docBase;
                if (acceptDocs is null || acceptDocs.Get(_doc)) return _doc;
            }
            return _doc = NO_MORE_DOCS;
        }

        public override int Advance(int target)
        {
            int doc;
            while ((doc = NextDoc()) < target) { }
            return doc;
        }

        public override long GetCost() => end - start;
    }

    /// <summary>Each matching passage (index-wide id) with its score.</summary>
    private sealed class Recorder : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;

        public List<int> Docs { get; } = [];

        public List<float> Scores { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc)
        {
            Docs.Add(_docBase + doc);
            Scores.Add(_scorer!.GetScore());
        }
    }
}
