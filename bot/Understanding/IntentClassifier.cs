using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// Nearest neighbours over the example utterances (Lucene, BM25): a message's words, word pairs and character
/// 3-grams are searched among the examples, and the best examples vote for their intents. Character n-grams carry
/// informal spellings ("udh", "gmn", "kpn") and typos; word pairs carry short phrases ("cek status", "ingatkan saya").
/// Chosen over a linear model because it trains in milliseconds at start-up (no JIT-heavy pipeline) and a new
/// example takes effect as written.
/// </summary>
public sealed class IntentClassifier : IDisposable
{
    private const string Field = "f";
    private const int Neighbours = 8;
    private const int MaxFeatures = 600;

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly string[] _intentOfDoc;

    public IntentClassifier(IEnumerable<(string Intent, string Text)> examples)
    {
        var list = examples.ToList();

        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var (_, text) in list)
                writer.AddDocument([new TextField(Field, string.Join(" ", Features(text, _ => true)), Lucene.Net.Documents.Field.Store.NO)]);
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _intentOfDoc = list.Select(e => e.Intent).ToArray();
        Intents = _intentOfDoc.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<string> Intents { get; }

    /// <summary>Intents ranked by the votes of the nearest examples; scores sum to 1 (empty when nothing is near).</summary>
    public IReadOnlyList<IntentScore> Classify(string maskedText)
    {
        var query = new BooleanQuery();
        foreach (var feature in Features(maskedText, _ => true).Distinct().Take(MaxFeatures))
            query.Add(new TermQuery(new Term(Field, feature)), Occur.SHOULD);
        if (query.Clauses.Count == 0) return [];
        var hits = _searcher.Search(query, Neighbours).ScoreDocs;
        if (hits.Length == 0) return [];
        // Votes fall off with rank so one very close example outweighs several loose ones.
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var rank = 0; rank < hits.Length; rank++)
        {
            var intent = _intentOfDoc[hits[rank].Doc];
            votes[intent] = votes.GetValueOrDefault(intent) + hits[rank].Score / (1.0 + 0.5 * rank);
        }
        var total = votes.Values.Sum();
        return votes.Select(v => new IntentScore(v.Key, v.Value / total)).OrderByDescending(v => v.Score).ToList();
    }

    /// <summary>Words ("w:"), adjacent word pairs ("p:") and character 3-grams ("c:", with word boundaries) of the words <paramref name="grams"/> picks.</summary>
    internal static IEnumerable<string> Features(string maskedText, Func<string, bool> grams)
    {
        var words = maskedText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            yield return "w:" + words[i];
            if (i + 1 < words.Length) yield return "p:" + words[i] + "_" + words[i + 1];
            var padded = "_" + words[i] + "_";
            if (words[i] is "xregion" or "xyear" or "xprovince" || !grams(words[i])) continue;
            for (var k = 0; k + 3 <= padded.Length; k++) yield return "c:" + padded.Substring(k, 3);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
