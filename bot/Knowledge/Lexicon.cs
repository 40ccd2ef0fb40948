using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// The word lists the question analysis uses, read from knowledge/lexicon/ so staff can edit them without a code
/// change: informal words, fillers, domain synonyms (Solr format), everyday and broad words, follow-up cues, and the
/// cue words of some answer types. One lexicon is in use at a time (<see cref="Current"/>); the knowledge base sets it
/// when it loads the documents, so a rebuilt index and its words change together.
/// </summary>
public sealed class Lexicon
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
    public required IReadOnlySet<string> FunctionWords { get; init; }
    public required IReadOnlySet<string> GenericWords { get; init; }
    public required IReadOnlySet<string> BroadWords { get; init; }
    public required IReadOnlySet<string> YearFollowUpWords { get; init; }

    /// <summary>A connective opening the message (after up to three words of chat), or a word pointing back.</summary>
    public required Regex FollowUpCue { get; init; }

    /// <summary>A short thanks or acknowledgement: the message opens with one of these and says nothing else of substance.</summary>
    public required Regex Thanks { get; init; }

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

    public static Lexicon Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Lexicon folder {folder} not found (knowledge/lexicon/)");
        IReadOnlySet<string> Words(string file) => Lines(folder, file).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new Lexicon
        {
            Folder = folder,
            Informal = Lines(folder, "informal.txt").Select(ParseMapping).ToDictionary(p => p.From, p => p.To, StringComparer.OrdinalIgnoreCase),
            Fillers = Words("pengisi.txt"),
            NotSlangIn = Words("bukan-slang-in.txt"),
            Synonyms = SynonymTable.ParseSolr(Lines(folder, "sinonim.txt")),
            FunctionWords = Words("kata-fungsi.txt"),
            GenericWords = Words("kata-umum.txt"),
            BroadWords = Words("kata-luas.txt"),
            YearFollowUpWords = Words("lanjutan-tahun.txt"),
            FollowUpCue = new Regex($@"^(?:\S+\s+){{0,3}}?{Alternatives(Lines(folder, "pembuka-lanjutan.txt"))}\b|\b{Alternatives(Lines(folder, "penunjuk-balik.txt"))}\b",
                RegexOptions.CultureInvariant | RegexOptions.Compiled),
            Thanks = new Regex($@"^\s*{Alternatives(Lines(folder, "terima-kasih.txt"))}\b[\s\w!.]*$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
            PurposeQuestion = new Regex($@"\b{Alternatives(Lines(folder, "tanya-tujuan.txt"))}\b", RegexOptions.CultureInvariant | RegexOptions.Compiled),
            ReasonEvidence = new Regex($@"\b{Alternatives(Lines(folder, "bukti-alasan.txt"))}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
            VenueWords = new Regex($@"\b{Alternatives(Lines(folder, "bukti-tempat.txt"))}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
        };
    }

    /// <summary>The non-empty, non-comment lines of a lexicon file, lowercased unless written in capitals (ICE, JCC).</summary>
    private static IEnumerable<string> Lines(string folder, string file) =>
        File.ReadLines(Path.Combine(folder, file)).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static (string From, string To) ParseMapping(string line)
    {
        var arrow = line.IndexOf("=>", StringComparison.Ordinal);
        if (arrow <= 0) throw new InvalidDataException($"informal.txt: expected 'santai => baku', got '{line}'");
        return (line[..arrow].Trim().ToLowerInvariant(), line[(arrow + 2)..].Trim().ToLowerInvariant());
    }

    /// <summary>Phrases as one regex group, longest first; words of a phrase may be separated by any spaces.</summary>
    private static string Alternatives(IEnumerable<string> phrases) =>
        "(?:" + string.Join('|', phrases.OrderByDescending(p => p.Length).Select(p => string.Join(@"\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))) + ")";
}

/// <summary>
/// Domain synonyms in the Solr synonyms format: "a, b, c" are equivalent (expanded every way), "a => b" points one way.
/// Phrases are matched on the normalized question, longest first.
/// </summary>
public sealed class SynonymTable
{
    private readonly Dictionary<string, string[]> _byPhrase;

    private SynonymTable(Dictionary<string, string[]> byPhrase)
    {
        _byPhrase = byPhrase;
        LongestPhrase = byPhrase.Count == 0 ? 1 : byPhrase.Keys.Max(p => p.Split(' ').Length);
    }

    public int LongestPhrase { get; }

    public bool TryGet(string phrase, out string[] alternatives) => _byPhrase.TryGetValue(phrase, out alternatives!);

    public static SynonymTable ParseSolr(IEnumerable<string> lines)
    {
        var lookup = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        void Add(string from, IEnumerable<string> to) =>
            lookup[from] = lookup.TryGetValue(from, out var known) ? [.. known, .. to.Where(t => !known.Contains(t))] : to.ToArray();
        foreach (var line in lines)
        {
            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow >= 0)
            {
                var targets = Phrases(line[(arrow + 2)..]);
                foreach (var from in Phrases(line[..arrow])) Add(from, targets.Where(t => t != from));
            }
            else
            {
                var group = Phrases(line);
                foreach (var phrase in group) Add(phrase, group.Where(p => p != phrase));
            }
        }
        return new SynonymTable(lookup);
    }

    private static List<string> Phrases(string part) =>
        part.Split(',').Select(p => string.Join(' ', p.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(p => p.Length > 0).ToList();
}
