using System.Text.Json;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Showcase;

/// <summary>Where a showcase entry comes from, as a reader sees it: outlet, article title, date, link.</summary>
public sealed record InnovationSource(string Outlet, string Title, string Date, string Url)
{
    public override string ToString() => $"{Outlet}, \"{Title}\", {Date} — {Url}";
}

/// <summary>One quick win, innovation or award of a region, as a public source describes it.</summary>
/// <param name="Pillar">One of the six pillars, or empty when the source does not say.</param>
public sealed record Innovation(string Region, string Pillar, string Kind, int Year, string Title, string Description, InnovationSource Source);

/// <summary>The file staff edit: knowledge/data/innovations.json.</summary>
public sealed record InnovationFile(string? About, string? LastUpdated, IReadOnlyList<string> Pillars, IReadOnlyList<Innovation> Items);

/// <summary>
/// The regions' quick wins and innovations from knowledge/data/innovations.json, checked against the region registry
/// at start (a misspelt region or pillar stops the bot rather than silently hiding an entry).
/// </summary>
public sealed class InnovationCatalog
{
    public const string FileName = "innovations.json";
    private readonly Dictionary<string, List<Innovation>> _byRegionCode;

    public InnovationCatalog(InnovationFile file, RegionRegistry registry)
    {
        Pillars = file.Pillars;
        LastUpdated = file.LastUpdated;
        _byRegionCode = new Dictionary<string, List<Innovation>>(StringComparer.Ordinal);
        foreach (var item in file.Items)
        {
            var region = registry.FindByName(item.Region) ?? throw new InvalidDataException($"{FileName}: region '{item.Region}' is not in regions.csv");
            if (item.Pillar.Length > 0 && !Pillars.Contains(item.Pillar, StringComparer.OrdinalIgnoreCase))
                throw new InvalidDataException($"{FileName}: pillar '{item.Pillar}' of '{item.Title}' is not one of {string.Join(", ", Pillars)}");
            if (string.IsNullOrWhiteSpace(item.Source?.Url)) throw new InvalidDataException($"{FileName}: '{item.Title}' has no source url");
            if (!_byRegionCode.TryGetValue(region.Code, out var list)) _byRegionCode[region.Code] = list = [];
            list.Add(item);
        }
        // Every message is checked for a programme's name (ProgrammeSubject): the names are worked out once, not per message.
        _named = _byRegionCode.Values.SelectMany(list => list)
            .Where(i => !string.Equals(i.Kind, AwardKind, StringComparison.OrdinalIgnoreCase))
            .Select(i => (Name: $" {NameOf(i)} ", Item: i)).Where(n => n.Name.Trim().Length > 0).ToArray();
        _kinds = _byRegionCode.Values.SelectMany(list => list).Select(i => i.Kind.ToLowerInvariant()).Distinct().ToArray();
    }

    private readonly (string Name, Innovation Item)[] _named;

    // The kinds the data file uses, read once like the names.
    private readonly string[] _kinds;

    /// <summary>The six pillars (topics of a collaboration request, groups of the showcase).</summary>
    public IReadOnlyList<string> Pillars { get; }

    public string? LastUpdated { get; }

    /// <summary>Every recorded quick win, innovation and award, of every region.</summary>
    public IEnumerable<Innovation> All => _byRegionCode.Values.SelectMany(list => list);

    /// <summary>
    /// The one kind of record (a data file's "kind": "penghargaan", "quick win", …) a message asks for: by its name or a
    /// word the lexicon's synonyms tie to it ("award", "menang" → "penerima penghargaan"); null when none or several.
    /// </summary>
    public string? KindAskedIn(string text)
    {
        var words = KnowledgeIndex.QuestionWords(InformalIndonesian.Normalize(text.ToLowerInvariant()));
        var asked = _kinds.Where(kind => Names(kind, words)).Take(2).ToList();
        return asked is [var only] ? only : null;
    }

    private static bool Names(string kind, IReadOnlyList<string> words)
    {
        var synonyms = Lexicon.Current.Synonyms;
        var kindWords = kind.Split(' ');
        for (var i = 0; i + kindWords.Length <= words.Count; i++)
            if (kindWords.Select((w, j) => words[i + j] == w).All(x => x)) return true;
        return words.Any(word => synonyms.TryGet(word, out var alternatives)
            && alternatives.Any(a => $" {a} ".Contains($" {kind} ", StringComparison.Ordinal)));
    }

    public IReadOnlyList<Innovation> Of(Region region) => _byRegionCode.TryGetValue(region.Code, out var list) ? list : [];

    /// <summary>
    /// The programmes a message names by their own title ("SIHARPA", "Depok Smart Pole"; a title's explanation in
    /// brackets may be left out). Awards are named by a category, not a name of their own, so they are not matched.
    /// </summary>
    public IReadOnlyList<Innovation> NamedIn(string text)
    {
        var words = $" {RegionResolver.Normalize(text)} ";
        return _named.Where(n => words.Contains(n.Name, StringComparison.Ordinal)).Select(n => n.Item).ToList();
    }

    /// <summary>Every quick win, innovation or award recorded for a pillar ("smart environment"), by region.</summary>
    public IReadOnlyList<(string Region, IReadOnlyList<Innovation> Items)> InPillar(string pillar) =>
        _byRegionCode.Values.SelectMany(list => list).Where(i => string.Equals(i.Pillar, pillar, StringComparison.OrdinalIgnoreCase))
            .GroupBy(i => i.Region).Select(g => (g.Key, (IReadOnlyList<Innovation>)g.ToList())).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

    /// <summary>Every region with recorded work, each with its items (a partner search that names no pillar).</summary>
    public IReadOnlyList<(string Region, IReadOnlyList<Innovation> Items)> WithRecords() =>
        _byRegionCode.Values.SelectMany(list => list)
            .GroupBy(i => i.Region).Select(g => (g.Key, (IReadOnlyList<Innovation>)g.ToList())).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

    private const string AwardKind = "penghargaan";

    private static string NameOf(Innovation item) => RegionResolver.Normalize(item.Title.Split('(')[0]);

    public static InnovationCatalog Load(string dataDirectory, RegionRegistry registry)
    {
        var path = Path.Combine(dataDirectory, FileName);
        var file = File.Exists(path)
            ? JsonSerializer.Deserialize<InnovationFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
              ?? throw new InvalidDataException($"{path} is empty")
            : new InnovationFile(null, null, DefaultPillars, []);
        return new InnovationCatalog(file with { Pillars = file.Pillars is { Count: > 0 } ? file.Pillars : DefaultPillars }, registry);
    }

    private static readonly string[] DefaultPillars =
        ["Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society", "Smart Environment"];
}
