using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Chatty Indonesian to the words the documents use: "gimana", "gak", "kpn", "yg", "udh", "taun" … become
/// "bagaimana", "tidak", "kapan", "yang", "sudah", "tahun"; particles that carry no meaning ("sih", "dong") go.
/// </summary>
public static partial class InformalIndonesian
{
    /// <summary>Informal words, fillers and the -in exceptions come from knowledge/lexicon/ (informal.txt, pengisi.txt, bukan-slang-in.txt).</summary>
    public static string Normalize(string text) => Normalize(text, Lexicon.Current);

    public static string Normalize(string text, Lexicon lexicon) =>
        Word().Replace(text.ToLowerInvariant(), m =>
            lexicon.Informal.TryGetValue(m.Value, out var formal) ? lexicon.Fillers.Contains(formal) ? " " : formal
            : lexicon.Fillers.Contains(m.Value) ? " " : SlangSuffix(m.Value, lexicon)).Trim();
    /// <summary>
    /// Jakarta/Javanese -in is the standard -kan: "dijelasin" → "dijelaskan", "dijalanin" → "dijalankan", and with
    /// the nasal prefix "ngejelasin" → "jelaskan" (the stemmer meets the root either way).
    /// Only for words with a verb prefix, so "ingin", "lain", "mungkin", "kemarin" stay as they are.
    /// </summary>
    public static string SlangSuffix(string word, Lexicon lexicon)
    {
        if (word.Length < 7 || !word.EndsWith("in", StringComparison.Ordinal) || lexicon.NotSlangIn.Contains(word)) return word;
        var match = SlangVerb().Match(word);
        if (!match.Success) return word;
        var (prefix, root) = (match.Groups[1].Value, match.Groups[2].Value);
        if (root.EndsWith('a') || root.EndsWith('i') || root.EndsWith('u') || root.EndsWith('e') || root.EndsWith('o')) return word;
        return (prefix == "di" ? "di" : "") + root + "kan";
    }

    [GeneratedRegex(@"^(di|nge|ng)(\p{L}{3,})in$")]
    private static partial Regex SlangVerb();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

/// <summary>
/// The programme's vocabulary (knowledge/lexicon/sinonim.txt, Solr format): every group is expanded in both
/// directions at query time (the index keeps the documents' own words, so statistics stay honest).
/// Phrases are matched on the normalized question before analysis, longest first.
/// </summary>
public static class DomainSynonyms
{
    /// <summary>
    /// Splits normalized words into segments, longest synonym phrase first: each segment is the user's words and
    /// the other ways of saying them (empty for a word with no synonyms).
    /// </summary>
    public static List<(string Words, IReadOnlyList<string> Alternatives)> Segment(IReadOnlyList<string> words)
    {
        var synonyms = Lexicon.Current.Synonyms;
        var segments = new List<(string, IReadOnlyList<string>)>();
        for (var i = 0; i < words.Count;)
        {
            var matched = false;
            for (var length = Math.Min(synonyms.LongestPhrase, words.Count - i); length >= 1 && !matched; length--)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(length));
                if (!synonyms.TryGet(phrase, out var alternatives)) continue;
                segments.Add((phrase, alternatives));
                i += length;
                matched = true;
            }
            if (!matched) segments.Add((words[i++], []));
        }
        return segments;
    }
}

/// <summary>The analyzer of passages and questions alike: Indonesian stop words, each word both as written and stemmed.</summary>
public static class KnowledgeAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Bumped whenever analysis changes, so an index built by an older bot is not reused.</summary>
    public const string AnalysisVersion = "id-stem-alongside-3";

    public static Analyzer Documents() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new StopFilter(Version, stream, IndonesianAnalyzer.DefaultStopSet);
        // Each word is kept as written and stemmed: the stemmer clips place names ("Kediri" → "diri"), the word keeps them exact.
        stream = new StemAlongsideFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Analyzed terms with their position (a word and its stem share one).</summary>
    public static List<(string Term, int Position)> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), Math.Max(0, position)));
        }
        stream.End();
        return terms;
    }

    public static HashSet<string> TermSet(Analyzer analyzer, string text) =>
        Terms(analyzer, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
}
