using System.Text.RegularExpressions;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Lucene.Net.Util.Fst;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Chatty Indonesian to the words the documents use: "gimana", "gak", "kpn", "yg", "udh", "taun" … become
/// "bagaimana", "tidak", "kapan", "yang", "sudah", "tahun"; particles that carry no meaning ("sih", "dong") go.
/// A Lucene token chain (<see cref="KnowledgeAnalyzers.Informal"/>) does the work; the text between words
/// (spaces, punctuation) is kept, because question shapes and answer types are read from the normalized sentence.
/// </summary>
public static partial class InformalIndonesian
{
    /// <summary>Informal words, fillers and the -in exceptions come from knowledge/lexicon/ (informal.txt, pengisi.txt, bukan-slang-in.txt).</summary>
    public static string Normalize(string text) => Normalize(text, Lexicon.Current);

    public static string Normalize(string text, Lexicon lexicon)
    {
        // A turn normalizes its message in many places (the dialogs, scope checks, thread questions, answer types)
        // and a chat repeats itself: the result is remembered per lexicon (a reloaded lexicon starts afresh).
        return text.Length > MaxRememberedChars ? NormalizeOnce(text, lexicon) : Normalized.GetOrAdd(lexicon, text, NormalizeOnce);
    }

    private const int MaxRememberedChars = 500;

    private static readonly Caching.MemoPerSource<Lexicon, string, string> Normalized = new(8192);

    private static string NormalizeOnce(string text, Lexicon lexicon)
    {
        var lower = Contracted().Replace(text.ToLowerInvariant(), " is");
        var normalized = new StringBuilder(lower.Length);
        using var stream = lexicon.InformalAnalyzer.GetTokenStream("q", lower);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var cursor = 0;
        while (stream.IncrementToken())
        {
            normalized.Append(lower, cursor, offset.StartOffset - cursor);
            normalized.Append(term.Length == 0 ? " " : term.ToString()); // a filler leaves a space
            cursor = offset.EndOffset;
        }
        stream.End();
        return AsVerbs(normalized.Append(lower, cursor, lower.Length - cursor).ToString().Trim(), lexicon);
    }

    // English "what's", "it's": the word tokenizer splits at the apostrophe and would leave a lone "s" no list knows;
    // written out, the verb is the stop-word it is when typed in full. A possessive ("Jakarta's") reads the same way,
    // harmlessly.
    [GeneratedRegex(@"(?<=\p{L})['’]s\b", RegexOptions.CultureInvariant)]
    private static partial Regex Contracted();

    private sealed record VerbReading(Regex? Pattern, IReadOnlyDictionary<string, string> Verbs);

    private static readonly PerLexicon<VerbReading> VerbReadings = new(VerbReadingOf);

    /// <summary>
    /// "cara daftar", "mau daftar": after a word asking how or wanting to, a bare word that is also a verb is the verb
    /// ("mendaftar"), not the noun the documents mostly use ("daftar peserta"). Words: knowledge/lexicon/
    /// kata-kerja-telanjang.txt, pemicu-kata-kerja.txt, bukan-kata-kerja-sesudah.txt.
    /// </summary>
    private static string AsVerbs(string text, Lexicon lexicon)
    {
        var reading = VerbReadings.For(lexicon);
        return reading.Pattern is null ? text
            : reading.Pattern.Replace(text, m => $"{m.Groups["lead"].Value} {reading.Verbs[m.Groups["word"].Value]}");
    }

    private static VerbReading VerbReadingOf(Lexicon lexicon)
    {
        if (!lexicon.Lists.TryGetValue("kata-kerja-telanjang", out var pairs) || !lexicon.Lists.TryGetValue("pemicu-kata-kerja", out var leads))
            return new VerbReading(null, new Dictionary<string, string>());
        var verbs = pairs.Select(p => p.Split("=>", 2, StringSplitOptions.TrimEntries)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].ToLowerInvariant(), p => p[1].ToLowerInvariant());
        var nouns = lexicon.Lists.TryGetValue("bukan-kata-kerja-sesudah", out var after) ? after : [];
        static string Group(IEnumerable<string> words) => "(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
        var pattern = $@"\b(?<lead>{Group(leads)})\s+(?<word>{Group(verbs.Keys)})\b" + (nouns.Count > 0 ? $@"(?!\s+{Group(nouns)}\b)" : "");
        return new VerbReading(verbs.Count == 0 ? null : new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled), verbs);
    }

    /// <summary>
    /// A chat reduplication written with "2" ("masing2", "kota2") is the word repeated ("masing-masing", "kota-kota"),
    /// which the documents' analysis reads as the word itself: the word. Null for anything else ("g20", "b2").
    /// </summary>
    public static string? Reduplicated(string word) =>
        word.Length >= 4 && word[^1] == '2' && word[..^1].All(char.IsLetter) ? word[..^1] : null;

    /// <summary>
    /// Jakarta/Javanese -in is the standard -kan: "dijelasin" → "dijelaskan", "dijalanin" → "dijalankan", and with
    /// the nasal prefix "ngejelasin" → "jelaskan" (the stemmer meets the root either way).
    /// Only for words with a verb prefix, so "ingin", "lain", "mungkin", "kemarin" stay as they are.
    /// </summary>
    public static string SlangSuffix(string word, IReadOnlySet<string> notSlang)
    {
        if (word.Length < 7 || !word.EndsWith("in", StringComparison.Ordinal) || notSlang.Contains(word)) return word;
        var prefix = word.StartsWith("di", StringComparison.Ordinal) ? "di" : word.StartsWith("nge", StringComparison.Ordinal) ? "nge"
            : word.StartsWith("ng", StringComparison.Ordinal) ? "ng" : null;
        if (prefix is null) return word;
        var root = word[prefix.Length..^2];
        if (root.Length < 3 || !root.All(char.IsLetter) || "aiueo".Contains(root[^1])) return word;
        return (prefix == "di" ? "di" : "") + root + "kan";
    }
}

/// <summary>Splits on anything that is not a letter or a digit, as a word is read in a chat message.</summary>
internal sealed class WordTokenizer(LuceneVersion version, TextReader reader) : CharTokenizer(version, reader)
{
    // A lone surrogate (broken text) is no letter: it separates words, as it did for the old regex.
    protected override bool IsTokenChar(int c) =>
        Rune.IsValid(c) && (Rune.IsLetter(new Rune(c)) || Rune.IsNumber(new Rune(c)));
}

/// <summary>Fillers ("sih", "dong", also what an informal word maps to, e.g. "sich" → "sih") become empty tokens: no meaning to search.</summary>
internal sealed class FillerFilter(TokenStream input, CharArraySet fillers) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (fillers.Contains(_term.Buffer, 0, _term.Length)) _term.SetEmpty();
        return true;
    }
}

/// <summary>The -in → -kan slang rule (<see cref="InformalIndonesian.SlangSuffix"/>) for words the informal list did not map.</summary>
/// <summary>
/// An informal word with the possessive -nya ("duitnya", "ortunya") is read as its formal word ("uang"), as the stemmer
/// would read "uangnya", and so meets the formal word's synonyms: informal.txt need not list every word twice.
/// </summary>
internal sealed class InformalPossessiveFilter(TokenStream input, IReadOnlyDictionary<string, string> informal) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
    private readonly IKeywordAttribute _keyword = input.AddAttribute<IKeywordAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword || _term.Length < 6) return true;
        var word = _term.ToString();
        if (word.EndsWith("nya", StringComparison.Ordinal) && informal.TryGetValue(word[..^3], out var formal) && formal.Length > 0)
        {
            _term.SetEmpty().Append(formal);
            _keyword.IsKeyword = true;
        }
        return true;
    }
}

internal sealed class SlangSuffixFilter(TokenStream input, IReadOnlySet<string> notSlang) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
    private readonly IKeywordAttribute _keyword = input.AddAttribute<IKeywordAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword) return true;
        // Checked on the buffer first: this runs for every word of every question, and few end in "2".
        if (_term.Length > 0 && _term.Buffer[_term.Length - 1] == '2' && InformalIndonesian.Reduplicated(_term.ToString()) is { } single)
        {
            _term.SetEmpty().Append(single);
            return true;
        }
        if (_term.Length < 7) return true;
        var word = _term.ToString();
        var formal = InformalIndonesian.SlangSuffix(word, notSlang);
        if (!ReferenceEquals(formal, word)) _term.SetEmpty().Append(formal);
        return true;
    }
}

/// <summary>
/// The programme's vocabulary (knowledge/lexicon/sinonim.txt, Solr format) parsed by Lucene's
/// <see cref="SolrSynonymParser"/> into a <see cref="SynonymMap"/>. Every group is expanded in both directions at
/// query time only (the index keeps the documents' own words, so statistics stay honest).
/// </summary>
/// <remarks>
/// Lucene 4.8's SynonymFilter flattens a multi-word synonym into single positions ("gerakan|gmsc menuju|…"), which
/// loses which words form one phrase, while a question concept needs each way of saying it as its own phrase. So the
/// parsed map is read once into phrase → alternatives, and a SynonymFilter over a second map (each phrase → one
/// marker token) finds the phrases in a question, longest first, as it would in an index.
/// </remarks>
public sealed class SynonymTable
{
    private const char Marker = '\u0001';

    private readonly Dictionary<string, string[]> _byPhrase;
    private readonly string[] _phrases;
    private readonly Analyzer _segmenter;

    private SynonymTable(Dictionary<string, string[]> byPhrase)
    {
        _byPhrase = byPhrase;
        _phrases = [.. byPhrase.Keys];
        var markers = new SynonymMap.Builder(dedup: true);
        for (var i = 0; i < _phrases.Length; i++)
            markers.Add(SynonymMap.Builder.Join(_phrases[i].Split(' '), new CharsRef()), new CharsRef($"{Marker}{i}"), includeOrig: false);
        var map = markers.Build();
        _segmenter = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new WhitespaceTokenizer(KnowledgeAnalyzers.Version, reader);
            return new TokenStreamComponents(source, map.Fst is null ? source : new SynonymFilter(source, map, ignoreCase: true));
        });
    }

    public bool TryGet(string phrase, out string[] alternatives) => _byPhrase.TryGetValue(phrase, out alternatives!);

    /// <summary>
    /// Splits normalized words into segments, longest synonym phrase first: each segment is the user's words and
    /// the other ways of saying them (empty for a word with no synonyms).
    /// </summary>
    public List<(string Words, IReadOnlyList<string> Alternatives)> Segment(IReadOnlyList<string> words)
    {
        var segments = new List<(string, IReadOnlyList<string>)>();
        using var stream = _segmenter.GetTokenStream("q", string.Join(' ', words));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var token = term.ToString();
            if (token.Length > 1 && token[0] == Marker && int.TryParse(token.AsSpan(1), out var i))
                segments.Add((_phrases[i], _byPhrase[_phrases[i]]));
            // "syaratnya" has the synonyms of "syarat": a possessive or particle changes no meaning.
            else segments.Add((token, Particles.Bare(token) is { } bare && _byPhrase.TryGetValue(bare, out var alternatives) ? alternatives : []));
        }
        stream.End();
        return segments;
    }

    /// <summary>The synonyms of a Solr-format text: "a, b, c" equivalent, "a => b" one way.</summary>
    public static SynonymTable ParseSolr(string text, string file = "sinonim.txt")
    {
        var parser = new SolrSynonymParser(dedup: true, expand: true, KnowledgeAnalyzers.Words());
        try { parser.Parse(new StringReader(text)); }
        catch (J2N.Text.ParseException e)
        {
            // Staff edit this file: say which file and line, and why, in the exception every loader already handles.
            throw new InvalidDataException($"{file}: {e.Message} ({e.InnerException?.Message ?? "bad rule"}); expected 'a, b, c' or 'a => b'", e);
        }
        return From(parser.Build());
    }

    private static SynonymTable From(SynonymMap map)
    {
        var lookup = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (map.Fst is null) return new SynonymTable(lookup);
        var words = new BytesRef();
        var input = new ByteArrayDataInput();
        var entries = new Int32sRefFSTEnum<BytesRef>(map.Fst);
        while (entries.MoveNext())
        {
            var entry = entries.Current;
            var phrase = Phrase(new string(entry.Input.Int32s.Skip(entry.Input.Offset).Take(entry.Input.Length).Select(c => (char)c).ToArray()));
            input.Reset(entry.Output.Bytes, entry.Output.Offset, entry.Output.Length);
            var count = input.ReadVInt32() >>> 1; // the low bit says whether to keep the original: the user's words always stay
            var alternatives = new List<string>();
            for (var i = 0; i < count; i++)
            {
                map.Words.Get(input.ReadVInt32(), words);
                var alternative = Phrase(words.Utf8ToString());
                if (alternative != phrase && !alternatives.Contains(alternative)) alternatives.Add(alternative);
            }
            if (alternatives.Count > 0) lookup[phrase] = [.. alternatives];
        }
        return new SynonymTable(lookup);
    }

    private static string Phrase(string words) => words.Replace(SynonymMap.WORD_SEPARATOR, ' ');
}

/// <summary>The question's words in segments of the lexicon in use (<see cref="SynonymTable.Segment"/>).</summary>
/// <summary>Indonesian possessives and particles ("-nya", "-lah", "-kah", "-pun", "-ku", "-mu"): they change no meaning a search weighs.</summary>
public static class Particles
{
    private static readonly string[] Endings = ["nya", "lah", "kah", "pun", "tah", "ku", "mu"];

    // A bare word shorter than this is no word with a particle ("aku", "kamu", "ibuku" stay).
    private const int MinBare = 4;

    /// <summary>"-nya" that points at something already spoken of ("quick winnya", "penghargaannya").</summary>
    public const string Possessive = "nya";

    /// <summary>The word without a possessive "-nya" (a word of at least six letters: "hanya", "punya" stay).</summary>
    public static string WithoutPossessive(string word) => HasPossessive(word) ? word[..^Possessive.Length] : word;

    public static bool HasPossessive(string word) => word.Length > 5 && word.EndsWith(Possessive, StringComparison.OrdinalIgnoreCase);

    /// <summary>The word without its particle, or null when it carries none.</summary>
    public static string? Bare(string word)
    {
        foreach (var ending in Endings)
            if (word.Length >= ending.Length + MinBare && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return word[..^ending.Length];
        return null;
    }

    /// <summary>Whether <paramref name="written"/> is <paramref name="stem"/> with a particle.</summary>
    public static bool Only(string written, string stem) => Bare(written) is { } bare && bare.Equals(stem, StringComparison.Ordinal);
}

public static class DomainSynonyms
{
    public static List<(string Words, IReadOnlyList<string> Alternatives)> Segment(IReadOnlyList<string> words) =>
        Lexicon.Current.Synonyms.Segment(words);
}

/// <summary>The analyzers of passages, questions and lexicon entries; stop words and informal words come from the lexicon files.</summary>
public static class KnowledgeAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Bumped whenever analysis changes, so an index built by an older bot is not reused.</summary>
    public const string AnalysisVersion = "id-stem-alongside-7-lexicon-stopwords-unstemmed-roots-stop-phrases-roman";

    /// <summary>
    /// Passages and questions alike: the lexicon's stop words (kata-henti.txt), each word both as written and stemmed,
    /// except the words whose stem is another word (tanpa-akar.txt), which are kept as written only; affixed forms of
    /// the root words in kata-dasar.txt are stemmed to their root.
    /// </summary>
    public static Analyzer Documents(CharArraySet stopWords, CharArraySet? unstemmed = null, CharArrayDictionary<string>? roots = null,
        IReadOnlyDictionary<string, string>? stopPhrases = null)
    {
        var phrases = StopPhraseMap(stopPhrases);
        return Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, new RomanFigureFilter(source));
            // A phrase of stop words only ("paling banyak") would vanish whole: it stands for its synonym's word ("maksimal").
            if (phrases is not null) stream = new Lucene.Net.Analysis.Synonym.SynonymFilter(stream, phrases, ignoreCase: true);
            stream = new StopFilter(Version, stream, stopWords);
        if (unstemmed is { Count: > 0 }) stream = new Lucene.Net.Analysis.Miscellaneous.SetKeywordMarkerFilter(stream, unstemmed);
            // Each word is kept as written and stemmed: the stemmer clips place names ("Kediri" → "diri"), the word keeps them exact.
            stream = new StemAlongsideFilter(stream, roots);
            return new TokenStreamComponents(source, stream);
        });
    }

    private static Lucene.Net.Analysis.Synonym.SynonymMap? StopPhraseMap(IReadOnlyDictionary<string, string>? stopPhrases)
    {
        if (stopPhrases is not { Count: > 0 }) return null;
        var builder = new Lucene.Net.Analysis.Synonym.SynonymMap.Builder(dedup: true);
        foreach (var (phrase, word) in stopPhrases)
            builder.Add(Lucene.Net.Analysis.Synonym.SynonymMap.Builder.Join(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), new Lucene.Net.Util.CharsRef()),
                new Lucene.Net.Util.CharsRef(word), includeOrig: true);
        return builder.Build();
    }

    /// <summary>
    /// Phrases of sinonim.txt made of stop words only ("paling banyak", "paling sedikit"): no word of theirs is indexed,
    /// so no question could meet them through their synonyms. Each maps to the first single word of its line
    /// ("maksimal", "minimal"), which is then indexed where the phrase stands. Lines read "a, b, c" (equivalents) only.
    /// </summary>
    public static Dictionary<string, string> StopPhrases(IEnumerable<string> synonymLines, IReadOnlySet<string> stopWords)
    {
        var phrases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in synonymLines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.Contains("=>", StringComparison.Ordinal)) continue;
            var group = line.Split(',').Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0).ToList();
            var word = group.FirstOrDefault(p => !p.Contains(' ') && !p.Contains('-') && !stopWords.Contains(p));
            if (word is null) continue;
            foreach (var phrase in group.Where(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } words && words.All(stopWords.Contains)))
                phrases[phrase] = word;
        }
        return phrases;
    }

    /// <summary>
    /// Informal words to formal ones (informal.txt, as a stemmer-override map so a mapped word is not touched again),
    /// fillers emptied (pengisi.txt), then the -in → -kan slang rule (exceptions in bukan-slang-in.txt).
    /// </summary>
    public static Analyzer Informal(IReadOnlyDictionary<string, string> informal, CharArraySet fillers, IReadOnlySet<string> notSlang)
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: true);
        foreach (var (from, to) in informal) builder.Add(from, to);
        var map = builder.Build();
        return Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new WordTokenizer(Version, reader);
            TokenStream stream = new StemmerOverrideFilter(source, map);
            stream = new InformalPossessiveFilter(stream, informal);
            stream = new FillerFilter(stream, fillers);
            stream = new SlangSuffixFilter(stream, notSlang);
            return new TokenStreamComponents(source, stream);
        });
    }

    /// <summary>Lowercased words split on spaces: how synonym phrases are read, so they meet the normalized question's words.</summary>
    public static Analyzer Words() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new WhitespaceTokenizer(Version, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
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
