using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// The word lists the analysis uses, read from knowledge/lexicon/ so staff can edit them without a code change (every
/// file is described in knowledge/lexicon/README.md): stop words, informal words, fillers, domain synonyms (Solr
/// format), everyday and broad words, follow-up cues, and the cue words of question shapes and answer types
/// (<see cref="CuePattern"/>). The Lucene analyzers built from them live here too. One lexicon is in use at a time (<see cref="Current"/>); the knowledge base sets it
/// when it loads the documents, so a rebuilt index and its words change together.
/// </summary>
public sealed partial class Lexicon
{
    public const string FolderName = "lexicon";

    private static Lexicon? _current;

    /// <summary>The lexicon in use; until a knowledge base loads one, the repository's knowledge/lexicon/.</summary>
    public static Lexicon Current
    {
        get => Volatile.Read(ref _current) ?? Interlocked.CompareExchange(ref _current, LoadDefault(), null) ?? _current!;
        set => Volatile.Write(ref _current, value);
    }

    public required IReadOnlyDictionary<string, string> Informal { get; init; }
    public required IReadOnlySet<string> Fillers { get; init; }
    public required IReadOnlySet<string> NotSlangIn { get; init; }
    public required SynonymTable Synonyms { get; init; }

    /// <summary>Words neither indexed nor searched (kata-henti.txt).</summary>
    public required CharArraySet StopWords { get; init; }

    /// <summary>The analyzer of questions and of passages' sentences and headings, with this lexicon's stop words.</summary>
    public required Analyzer Analyzer { get; init; }

    /// <summary>
    /// <see cref="Analyzer"/> for the passages indexed: it also reads a synonym phrase of stop words only ("paling
    /// banyak") as its line's word ("maksimal"). Not for questions, where "paling banyak" asks for the most, no limit.
    /// </summary>
    public required Analyzer PassageAnalyzer { get; init; }

    /// <summary>The token chain turning informal words formal (<see cref="InformalIndonesian"/>).</summary>
    public required Analyzer InformalAnalyzer { get; init; }

    /// <summary>Every word list of the folder by file name without ".txt": the cue words question shapes are built from (<see cref="CuePattern"/>).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Lists { get; init; }
    public required IReadOnlySet<string> FunctionWords { get; init; }
    public required IReadOnlySet<string> GenericWords { get; init; }

    /// <summary>Colloquial verb prefixes and what the written form has instead (awalan-santai.txt: "nge" → "", "ny" → "s").</summary>
    public IReadOnlyList<(string From, string To)> ColloquialPrefixes { get; init; } = [];

    /// <summary>
    /// The written forms a colloquially prefixed word may stand for ("ngedukung" → "dukung", "nyusun" → "susun"), with
    /// the colloquial -in read as -kan too ("nyusunin" → "susunkan", "nampilin" → "tampilkan"); the caller keeps a form
    /// only when the documents write it.
    /// </summary>
    public IEnumerable<string> ColloquialRoots(string word) =>
        new[] { word }.Concat(SlangInAsKan(word)).SelectMany(form => ColloquialPrefixes
            .Where(p => form.Length > p.From.Length + 2 && form.StartsWith(p.From, StringComparison.Ordinal))
            .Select(p => p.To + form[p.From.Length..]));

    private IEnumerable<string> SlangInAsKan(string word) =>
        word.Length >= MinSlangInLength && word.EndsWith("in", StringComparison.Ordinal) && !NotSlangIn.Contains(word)
            ? [word[..^2] + "kan"] : [];

    private const int MinSlangInLength = 6;

    /// <summary>Single words that say nothing of the subject (stop words, fillers, function words), by first letter.</summary>
    public IReadOnlyDictionary<char, string[]> ChatWords { get; init; } = new Dictionary<char, string[]>();

    /// <summary>
    /// A word no document has that is one vowel off a word saying nothing ("sebenernya" for "sebenarnya"):
    /// the colloquial spelling of a chat word, not a subject the documents lack. Short words are too easily another.
    /// </summary>
    public bool IsSpeltLikeChatWord(string word) =>
        word.Length >= MinChatVariantLength && ChatWords.TryGetValue(word[0], out var candidates) && candidates.Any(c => OneVowelApart(word, c));

    private const int MinChatVariantLength = 6;

    /// <summary>Everyday words written without vowels ("wkt", "skrg"): <see cref="VowellessShorthand"/>.</summary>
    public VowellessShorthand Shorthand { get; init; } = new([]);

    /// <summary>A word no document has that is an everyday word written without its vowels: chat, not a subject the documents lack.</summary>
    public bool IsShorthandOfChatWord(string word) => Shorthand.Expand(word) is not null;

    private static Dictionary<char, string[]> ChatWordsOf(IEnumerable<string> words) =>
        words.Select(w => w.ToLowerInvariant()).Where(w => w.Length >= MinChatVariantLength && !w.Contains(' ')).Distinct()
            .GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>
    /// <paramref name="a"/> is <paramref name="b"/> with one vowel changed, as colloquial speech changes them ("bener",
    /// "sebenernya", "pake"); other edits make other words too often ("sekolah" is not "seolah").
    /// </summary>
    internal static bool OneVowelApart(string a, string b)
    {
        if (a.Length != b.Length || a == b) return false;
        var i = 0;
        while (a[i] == b[i]) i++;
        return IsVowel(a[i]) && IsVowel(b[i]) && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
    public required IReadOnlySet<string> BroadWords { get; init; }

    /// <summary>Words asking for one aspect of the subject (kata-aspek.txt: tujuan, cakupan, fokus): not the subject itself.</summary>
    public IReadOnlySet<string> AspectWords { get; init; } = new HashSet<string>();
    public required IReadOnlySet<string> YearFollowUpWords { get; init; }

    /// <summary>A connective opening the message (after up to three words of chat), or a word pointing back.</summary>
    public required Regex FollowUpCue { get; init; }

    /// <summary>A short thanks or acknowledgement: the message opens with one of these and says nothing else of substance.</summary>
    public required Regex Thanks { get; init; }

    /// <summary>A goodbye anywhere in a short closing message (pamit.txt): the reply says goodbye too.</summary>
    public required Regex Farewell { get; init; }

    public required Regex PurposeQuestion { get; init; }
    public required Regex ReasonEvidence { get; init; }

    /// <summary>Venue words ("hotel", "gedung", "JCC") that mark a place in a text.</summary>
    public required Regex VenueWords { get; init; }

    /// <summary>The folder the lexicon was read from (shown in logs and the index fingerprint).</summary>
    public required string Folder { get; init; }

    /// <summary>knowledge/lexicon/ of <paramref name="knowledgeFolder"/>; when it has none, the repository's own.</summary>
    public static Lexicon For(string knowledgeFolder)
    {
        var own = Path.Combine(knowledgeFolder, FolderName);
        return Directory.Exists(own) ? Load(own) : LoadDefault();
    }

    private static Lexicon LoadDefault() =>
        Load(Path.Combine(KnowledgeBase.ResolveFolder(null, AppContext.BaseDirectory), FolderName));

    private const string UnstemmedFile = "tanpa-akar.txt";
    private const string RootsFile = "kata-dasar.txt";
    private const string AspectFile = "kata-aspek.txt";
    private const string ColloquialPrefixFile = "awalan-santai.txt";
    private const string FarewellFile = "pamit.txt";
    private const string FiguresFile = NumberWords.FileName + ".txt";
    private const string CountWordsFile = "bilangan.txt";

    // A small figure in a question is mostly a place ("bimtek tahap 2", "pilar 3"), and its word is everywhere as an
    // incidental count ("dua laporan", "keduanya"): it made such questions look covered (scope-probe-13/20 went down).
    private const int MinFigureAsWord = 10;

    /// <summary>
    /// "10 destinasi" also seeks "sepuluh destinasi": each count of bilangan-angka.txt ("sepuluh => 10") read the other
    /// way as a one-way synonym ("10 => sepuluh"), so a figure in a question meets the same count written in words, as
    /// sinonim.txt already lets a word meet a figure. Only counts whose first word is in bilangan.txt ("satu" is mostly
    /// "salah satu", no count), from ten up. Synonyms expand questions only, so the documents' own "10" and "sepuluh" stay apart.
    /// </summary>

    public static IEnumerable<string> FiguresAsWords(NumberWords numbers, IEnumerable<string> countWords)
    {
        var counts = countWords.Select(w => w.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var number in numbers.Entries)
            if (counts.Contains(number.Words.Split(' ')[0].ToLowerInvariant()) && number.Value >= MinFigureAsWord)
                yield return $"{number.Figure} => {number.Words.ToLowerInvariant()}";
    }

    /// <summary>The numbers of bilangan-angka.txt, word and figure both ways (<see cref="NumberWords"/>).</summary>
    public NumberWords Numbers { get; init; } = NumberWords.None;

    public static Lexicon Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Lexicon folder {folder} not found (knowledge/lexicon/)");
        IReadOnlySet<string> Words(string file) => Lines(folder, file).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var informal = Mappings(folder, "informal.txt");
        var fillers = Words("pengisi.txt");
        var notSlangIn = Words("bukan-slang-in.txt");
        var stopList = Lines(folder, "kata-henti.txt").ToList();
        var functionList = Lines(folder, "kata-fungsi.txt").ToList();
        var stopWords = new CharArraySet(KnowledgeAnalyzers.Version, stopList, ignoreCase: true);
        // Words the stemmer would clip into another word ("berikut" → "ikut"): kept only as written.
        var unstemmed = new CharArraySet(KnowledgeAnalyzers.Version,
            Optional(folder, UnstemmedFile).ToList(), ignoreCase: true);
        var roots = RootWords.Forms(Optional(folder, RootsFile));
        var numbers = NumberWords.Parse(Optional(folder, FiguresFile));
        return new Lexicon
        {
            Folder = folder,
            Informal = informal,
            Fillers = fillers,
            NotSlangIn = notSlangIn,
            Synonyms = SynonymTable.ParseSolr(File.ReadAllText(Path.Combine(folder, "sinonim.txt"))
                + "\n" + string.Join('\n', FiguresAsWords(numbers, Optional(folder, CountWordsFile)))),
            StopWords = stopWords,
            Analyzer = KnowledgeAnalyzers.Documents(stopWords, unstemmed, roots),
            PassageAnalyzer = KnowledgeAnalyzers.Documents(stopWords, unstemmed, roots,
                KnowledgeAnalyzers.StopPhrases(File.ReadAllLines(Path.Combine(folder, "sinonim.txt")), stopList.ToHashSet(StringComparer.OrdinalIgnoreCase))),
            InformalAnalyzer = KnowledgeAnalyzers.Informal(informal, new CharArraySet(KnowledgeAnalyzers.Version, fillers.ToList(), ignoreCase: true), notSlangIn),
            Shorthand = new VowellessShorthand(stopList.Concat(functionList).Concat(Lines(folder, "kata-umum.txt")).Concat(Lines(folder, "kata-tanya.txt")).Concat(informal.Values)),
            Numbers = numbers,
            Lists = Directory.EnumerateFiles(folder, "*.txt").Where(f => Path.GetFileName(f) != "sinonim.txt" && Path.GetFileName(f) != "informal.txt")
                .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => (IReadOnlyList<string>)Lines(folder, Path.GetFileName(f)).ToList(), StringComparer.Ordinal),
            FunctionWords = functionList.ToHashSet(StringComparer.OrdinalIgnoreCase),
            ColloquialPrefixes = Optional(folder, ColloquialPrefixFile).Select(l => ParseMapping(l, ColloquialPrefixFile)).ToList(),
            ChatWords = ChatWordsOf(stopList.Concat(fillers).Concat(functionList)),
            GenericWords = Words("kata-umum.txt"),
            BroadWords = Words("kata-luas.txt"),
            AspectWords = File.Exists(Path.Combine(folder, AspectFile)) ? Words(AspectFile) : new HashSet<string>(),
            YearFollowUpWords = Words("lanjutan-tahun.txt"),
            FollowUpCue = new Regex($@"^(?:\S+\s+){{0,3}}?{Alternatives(Lines(folder, "pembuka-lanjutan.txt"))}\b|\b{Alternatives(Lines(folder, "penunjuk-balik.txt"))}\b",
                RegexOptions.CultureInvariant | RegexOptions.Compiled),
            Thanks = new Regex($@"^\s*{Alternatives(Lines(folder, "terima-kasih.txt").Concat(Lines(folder, FarewellFile)))}\b[\s\w!.]*$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
            Farewell = new Regex($@"\b{Alternatives(Lines(folder, FarewellFile))}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
            PurposeQuestion = new Regex($@"\b{Alternatives(Lines(folder, "tanya-tujuan.txt"))}\b", RegexOptions.CultureInvariant | RegexOptions.Compiled),
            ReasonEvidence = new Regex($@"\b{Alternatives(Lines(folder, "bukti-alasan.txt"))}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
            VenueWords = new Regex($@"\b{Alternatives(Lines(folder, "bukti-tempat.txt"))}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
        };
    }

    /// <summary>The non-empty, non-comment lines of a lexicon file, lowercased unless written in capitals (ICE, JCC).</summary>
    private static IEnumerable<string> Lines(string folder, string file) =>
        File.ReadLines(Path.Combine(folder, file)).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static IEnumerable<string> Optional(string folder, string file) =>
        File.Exists(Path.Combine(folder, file)) ? Lines(folder, file) : [];

    /// <summary>A "santai => baku" file as a lookup; a word mapped twice is a staff slip named in the error.</summary>
    private static Dictionary<string, string> Mappings(string folder, string file)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (from, to) in Lines(folder, file).Select(l => ParseMapping(l, file)))
            if (!map.TryAdd(from, to)) throw new InvalidDataException($"{file}: '{from}' is mapped twice ('{map[from]}' and '{to}')");
        return map;
    }

    private static (string From, string To) ParseMapping(string line, string file)
    {
        var arrow = line.IndexOf("=>", StringComparison.Ordinal);
        if (arrow <= 0) throw new InvalidDataException($"{file}: expected 'santai => baku', got '{line}'");
        return (line[..arrow].Trim().ToLowerInvariant(), line[(arrow + 2)..].Trim().ToLowerInvariant());
    }

    /// <summary>
    /// A regex from a shape written in code and cue words from data: each "{:file}" in <paramref name="template"/>
    /// becomes the phrases of knowledge/lexicon/file.txt as one group (<see cref="CuePattern"/> builds it once per lexicon).
    /// </summary>
    public Regex Pattern(string template, RegexOptions options) =>
        new(CuePlaceholder().Replace(template, m => Lists.TryGetValue(m.Groups[1].Value, out var phrases)
                ? Alternatives(phrases)
                : throw new InvalidDataException($"Lexicon file {m.Groups[1].Value}.txt not found in {Folder} (needed by the question shape {template})")),
            options | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"\{:([a-z0-9-]+)\}")]
    private static partial Regex CuePlaceholder();

    /// <summary>
    /// Phrases as one regex group, longest first; words of a phrase may be separated by any spaces. A file left with no
    /// phrase matches nothing (an empty group would match everywhere).
    /// </summary>
    private static string Alternatives(IEnumerable<string> phrases)
    {
        var alternatives = phrases.OrderByDescending(p => p.Length)
            .Select(p => string.Join(@"\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))).ToList();
        return alternatives.Count == 0 ? "(?!)" : "(?:" + string.Join('|', alternatives) + ")";
    }
}

/// <summary>
/// A question shape whose words come from the lexicon: "\\b{:tanya-waktu}\\b" is built from tanya-waktu.txt the first
/// time it is used with a lexicon, and again only when another lexicon is put in use.
/// </summary>
public sealed class CuePattern(string template, RegexOptions options = RegexOptions.None)
{
    private readonly PerLexicon<Regex> _regex = new(lexicon => lexicon.Pattern(template, options));

    public Regex Regex => _regex.Current;

    public Regex For(Lexicon lexicon) => _regex.For(lexicon);

    public bool IsMatch(string text) => Regex.IsMatch(text);

    public Match Match(string text) => Regex.Match(text);

    public string Replace(string text, string replacement) => Regex.Replace(text, replacement);

    public int Count(string text) => Regex.Count(text);
}

/// <summary>
/// What code builds from a lexicon's lists (a word set, a table of cues): built the first time it is asked for with a
/// lexicon, and again only when another lexicon is put in use (staff edited a list and the knowledge base reloaded).
/// </summary>
public sealed class PerLexicon<T>(Func<Lexicon, T> build)
{
    private sealed record Built(Lexicon Lexicon, T Value);

    private Built? _built;

    public T Current => For(Lexicon.Current);

    public T For(Lexicon lexicon)
    {
        var built = Volatile.Read(ref _built);
        if (built is not null && ReferenceEquals(built.Lexicon, lexicon)) return built.Value;
        built = new Built(lexicon, build(lexicon));
        Volatile.Write(ref _built, built);
        return built.Value;
    }
}
