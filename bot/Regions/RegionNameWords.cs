namespace SmartCity.Bot.Regions;

/// <summary>
/// The words the resolver reads names by, from data staff edit (knowledge/understanding): type words around a name and
/// landmark and generic leaders, compass words and the verbs that make a name opening a message its subject
/// (region-markers.txt), other names of kabupaten/kota (region-aliases.txt) and of
/// provinces (province-aliases.txt). A malformed line stops loading with the file and line named.
/// </summary>
public sealed record RegionNameWords(
    IReadOnlySet<string> KotaWords,
    IReadOnlySet<string> KabupatenWords,
    IReadOnlySet<string> ProvinceWords,
    IReadOnlySet<string> LandmarkWords,
    IReadOnlySet<string> GenericLeaders,
    IReadOnlyDictionary<string, string> Aliases,
    IReadOnlyDictionary<string, string> ProvinceAliases,
    IReadOnlySet<string> CompassWords,
    IReadOnlySet<string> SubjectVerbs)
{
    public const string MarkersFile = "region-markers.txt", AliasesFile = "region-aliases.txt", ProvinceAliasesFile = "province-aliases.txt";

    /// <summary>The type a word names ("kota", "kabupatennya", "pemkab"), or null.</summary>
    public RegionType? TypeNamedBy(string word) =>
        KotaWords.Contains(word) ? RegionType.Kota : KabupatenWords.Contains(word) ? RegionType.Kabupaten : null;

    public static RegionNameWords Load(string understandingFolder)
    {
        var lists = ReadLists(Path.Combine(understandingFolder, MarkersFile));
        IReadOnlySet<string> List(string name) => lists.GetValueOrDefault(name) ?? new HashSet<string>(StringComparer.Ordinal);
        return new RegionNameWords(List("kota"), List("kabupaten"), List("provinsi"), List("tempat-lain"), List("pembuka-umum"),
            ReadAliases(Path.Combine(understandingFolder, AliasesFile)), ReadAliases(Path.Combine(understandingFolder, ProvinceAliasesFile)),
            List("arah"), List("sesudah-nama"));
    }

    private static readonly string[] ListNames = ["kota", "kabupaten", "provinsi", "tempat-lain", "pembuka-umum", "arah", "sesudah-nama"];

    private static Dictionary<string, HashSet<string>> ReadLists(string path)
    {
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (line, number) in Lines(path))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0 || !ListNames.Contains(line[..colon].Trim()))
                throw Malformed(path, number, $"expected \"list: word, word\" with list one of {string.Join(", ", ListNames)}");
            var words = line[(colon + 1)..].Split(',').Select(RegionResolver.Normalize).Where(w => w.Length > 0);
            lists[line[..colon].Trim()] = new HashSet<string>(words, StringComparer.Ordinal);
        }
        return lists;
    }

    // Insertion order is kept: multi-word province aliases are replaced in the order the file lists them.
    private static Dictionary<string, string> ReadAliases(string path)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, number) in Lines(path))
        {
            var parts = line.Split("=>", 2);
            if (parts.Length != 2 || RegionResolver.Normalize(parts[0]) is not { Length: > 0 } alias
                || RegionResolver.Normalize(parts[1]) is not { Length: > 0 } name)
                throw Malformed(path, number, "expected \"alias => name\"");
            aliases[alias] = name;
        }
        return aliases;
    }

    private static IEnumerable<(string Line, int Number)> Lines(string path) => File.Exists(path)
        ? File.ReadLines(path).Select((l, i) => (l.Trim(), i + 1)).Where(x => x.Item1.Length > 0 && !x.Item1.StartsWith('#'))
        : [];

    private static InvalidDataException Malformed(string path, int line, string expected) =>
        new($"{Path.GetFileName(path)} line {line}: {expected}");
}
