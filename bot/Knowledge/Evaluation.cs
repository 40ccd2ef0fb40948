using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace SmartCity.Bot.Knowledge;

/// <summary>One line of an evaluation file (shared/eval/dev-questions.jsonl).</summary>
public sealed record EvalQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("expect_any")] IReadOnlyList<string>? ExpectAny,
    [property: JsonPropertyName("expect_none")] IReadOnlyList<string>? ExpectNone);

/// <summary>Judges replies exactly like shared/tools/eval.mjs: a verbatim echo of the question is removed, regexes are case-insensitive.</summary>
public static class Judge
{
    public static IReadOnlyList<EvalQuestion> Load(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<EvalQuestion>(l)!).ToList();

    /// <summary>Why <paramref name="path"/> is not a question set (a line that is not JSON, or has no "question"), else null.</summary>
    public static string? Problem(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            try
            {
                if (JsonSerializer.Deserialize<EvalQuestion>(line) is not { Question.Length: > 0 })
                    return $"{Path.GetFileName(path)} baris {number}: tidak ada \"question\" — bukan set pertanyaan (set percakapan diukur dengan eval.mjs --dialogs).";
            }
            catch (JsonException)
            {
                return $"{Path.GetFileName(path)} baris {number}: bukan JSON yang sah.";
            }
        }
        return null;
    }

    public static bool Passes(EvalQuestion question, string replyText)
    {
        var text = replyText.Replace(question.Question, " ", StringComparison.Ordinal);
        var any = question.ExpectAny is not { Count: > 0 } || question.ExpectAny.Any(p => Regex.IsMatch(text, p, RegexOptions.IgnoreCase));
        var none = !(question.ExpectNone ?? []).Any(p => Regex.IsMatch(text, p, RegexOptions.IgnoreCase));
        return any && none;
    }

    /// <summary>All a passage could show: its headings and its text (used for passage-level retrieval metrics).</summary>
    public static string PassageText(Passage p) => $"{string.Join("\n", p.Headings)}\n{p.Body}";

    /// <summary>1/rank of the first of the top five passages that satisfies the question; 0 when none does.</summary>
    public static double ReciprocalRank(EvalQuestion question, IReadOnlyList<Passage> ranked)
    {
        for (var i = 0; i < Math.Min(5, ranked.Count); i++)
            if (Passes(question, PassageText(ranked[i]))) return 1.0 / (i + 1);
        return 0;
    }
}

/// <summary>The plain baseline: StandardAnalyzer (no Indonesian stemming, synonyms or typo tolerance), BM25, the same passages.</summary>
public sealed class BaselineIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly StandardAnalyzer _analyzer = new(KnowledgeAnalyzers.Version);
    private readonly IReadOnlyList<Passage> _passages;

    public BaselineIndex(IReadOnlyList<Passage> passages)
    {
        _passages = passages;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(KnowledgeAnalyzers.Version, _analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var p in passages)
                writer.AddDocument(new Document { new TextField("text", $"{p.DocumentTitle}\n{string.Join("\n", p.Headings)}\n{p.Body}", Field.Store.NO) });
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<Passage> Search(string question, int count = 5)
    {
        var parser = new QueryParser(KnowledgeAnalyzers.Version, "text", _analyzer);
        var query = parser.Parse(QueryParserBase.Escape(question));
        return _searcher.Search(query, count).ScoreDocs.Select(d => _passages[d.Doc]).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
