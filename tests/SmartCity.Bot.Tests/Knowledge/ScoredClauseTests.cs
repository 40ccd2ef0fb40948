using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A clause searched as the scores Lucene gave each passage for it (<see cref="ScoredClause"/>) ranks exactly as the
/// clause itself: the same passages, the same float scores, alone and summed with other clauses.
/// </summary>
public sealed class ScoredClauseTests
{
    private static readonly IReadOnlyList<Passage> Passages = DocumentLoader.LoadFolder(RepoPaths.Knowledge).SelectMany(d => d.Passages).ToList();

    [Fact]
    public void A_query_of_remembered_clause_scores_finds_the_same_passages_with_the_same_scores()
    {
        var directory = new RAMDirectory();
        using var index = KnowledgeIndex.Build(Passages, directory);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Query[] Clauses() =>
        [
            new TermQuery(new Term("heading", "pilar")) { Boost = 2.5f },
            new TermQuery(new Term("body", "kota")) { Boost = 1f },
            new TermQuery(new Term("body", "masterplan")) { Boost = 0.35f },
            new TermQuery(new Term("title", "smart")) { Boost = 1.5f },
            Phrase("body", "smart", "city", 0.5f),
            Phrase("heading", "quick", "win", 1.25f),
        ];
        var plain = new BooleanQuery();
        var scored = new BooleanQuery();
        foreach (var clause in Clauses()) plain.Add(clause, Occur.SHOULD);
        foreach (var clause in Clauses()) scored.Add(ScoredClause.Of(searcher, clause), Occur.SHOULD);

        var expected = Top(searcher, plain);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Top(searcher, scored));
        foreach (var clause in Clauses())
            Assert.Equal(Top(searcher, clause), Top(searcher, ScoredClause.Of(searcher, clause)));
    }

    private static Query Phrase(string field, string first, string second, float boost)
    {
        var phrase = new MultiPhraseQuery { Boost = boost };
        phrase.Add(new Term(field, first));
        phrase.Add(new Term(field, second));
        return phrase;
    }

    private static List<(int Doc, float Score)> Top(IndexSearcher searcher, Query query)
    {
        var collector = TopScoreDocCollector.Create(200, docsScoredInOrder: true);
        searcher.Search(query, collector);
        return collector.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
    }
}
