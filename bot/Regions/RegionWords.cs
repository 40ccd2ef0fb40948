using SmartCity.Bot.Knowledge;
using System.Text.RegularExpressions;

namespace SmartCity.Bot.Regions;

/// <summary>
/// Words that decide whether a name in a message is a region: common words (never a region without support from
/// context: a marker, a capital letter, a cue) and cue words ("dari", "pemda") that announce a region.
/// Common words come from knowledge/understanding/not-regions.txt (staff edit it) and from the programme documents
/// themselves: a word the documents write in lower case is an ordinary word there ("batas", "waktu"), while region
/// names are written with a capital.
/// </summary>
public sealed partial class RegionWords(IReadOnlySet<string> common, IReadOnlySet<string> cues, IReadOnlyList<string> verbPrefixes, RegionNameWords names)
{
    /// <summary>Type words, landmarks and other names of regions and provinces (see <see cref="RegionNameWords"/>).</summary>
    public RegionNameWords Names => names;

    /// <summary>
    /// The verb prefix (knowledge/lexicon/awalan-kata-kerja.txt: "me", "di", "ber", …) <paramref name="word"/> starts
    /// with and <paramref name="name"/> does not: such a word is a verb ("menggarap"), not a misspelt name ("Manggarai").
    /// </summary>
    public bool IsPrefixedVerbUnlike(string word, string name) =>
        verbPrefixes.Any(p => word.StartsWith(p, StringComparison.Ordinal) && !name.StartsWith(p, StringComparison.Ordinal));

    /// <summary>An ordinary word: read as a region only with support from context.</summary>
    public bool IsCommon(string word) => common.Contains(word);

    /// <summary>A word that announces a region after it ("kami dari …", "pemda …").</summary>
    public bool IsCue(string word) => cues.Contains(word);

    public int Count => common.Count;

    /// <summary>Loads the word lists in knowledge/understanding and the lower-case words of the documents in <paramref name="knowledgeFolder"/>.</summary>
    /// <param name="documentsRead">The folder's documents as the knowledge base already read them for its index (staff
    /// documents are then not read and parsed again); null: read here.</param>
    public static RegionWords Load(string knowledgeFolder, IReadOnlyList<KnowledgeDocument>? documentsRead = null)
    {
        var common = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ReadList(Path.Combine(knowledgeFolder, "understanding", "not-regions.txt"))) common.Add(word);
        foreach (var word in LowerCaseWords(knowledgeFolder, documentsRead)) common.Add(word);
        return new RegionWords(common, ReadList(Path.Combine(knowledgeFolder, "understanding", "region-cues.txt")).ToHashSet(StringComparer.Ordinal),
            ReadList(Path.Combine(knowledgeFolder, "lexicon", "awalan-kata-kerja.txt")).ToList(),
            RegionNameWords.Load(Path.Combine(knowledgeFolder, "understanding")));
    }

    /// <summary>
    /// Words written in lower case in the documents' running text (links and addresses left out): the programme's
    /// Markdown as written, and the text of every other document staff added (Word, PDF, HTML, plain text) as read for
    /// the index, so "kunjungan" in a staff memo is an ordinary word there, not a misspelt Kabupaten Kuningan.
    /// </summary>
    public static IEnumerable<string> LowerCaseWords(string knowledgeFolder, IReadOnlyList<KnowledgeDocument>? documentsRead = null)
    {
        if (!Directory.Exists(knowledgeFolder)) yield break;
        var staff = documentsRead is null
            ? DocumentLoader.KnowledgeFiles(knowledgeFolder).Where(f => !IsMarkdown(f)).Select(f => StaffDocumentText(knowledgeFolder, f))
            : documentsRead.Where(d => !IsMarkdown(d.RelativePath)).Select(Text);
        var texts = Directory.EnumerateFiles(knowledgeFolder, "*.md").Select(File.ReadAllText).Concat(staff);
        foreach (var text in texts)
        foreach (var chunk in text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (chunk.Contains("://", StringComparison.Ordinal) || chunk.Contains("www.", StringComparison.Ordinal) || chunk.Contains('@')) continue;
            foreach (Match word in Word().Matches(chunk))
                if (char.IsLower(word.Value[0])) yield return word.Value;
        }
    }

    private static bool IsMarkdown(string file) => Path.GetExtension(file).ToLowerInvariant() is ".md" or ".markdown";

    // A document that cannot be read adds no words (the index reports it); it must not stop the region finder loading.
    private static string StaffDocumentText(string folder, string file)
    {
        try
        {
            return DocumentLoader.Load(file, Path.GetRelativePath(folder, file).Replace('\\', '/')) is { } document ? Text(document) : "";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return "";
        }
    }

    // A document's text as read for the index: its passages' bodies.
    private static string Text(KnowledgeDocument document) => string.Join('\n', document.Passages.Select(p => p.Body));

    private static IEnumerable<string> ReadList(string path) => File.Exists(path)
        ? File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(RegionResolver.Normalize)
        : [];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
