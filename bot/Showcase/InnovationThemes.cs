using System.Text.Json;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Showcase;

/// <summary>A field a citizen or a business asks about ("kesehatan"): the words they use, the words of the records, its pillar.</summary>
public sealed record InnovationTheme(string Name, string Pillar, IReadOnlyList<string> Asked, IReadOnlyList<string> Found);

/// <summary>The file staff edit: knowledge/data/innovation-themes.json.</summary>
public sealed record InnovationThemeFile(string? About, IReadOnlyList<InnovationTheme> Themes, IReadOnlyList<string>? OtherRegions, IReadOnlyList<string>? ExampleWords = null,
    IReadOnlyList<string>? WhichRegions = null);

/// <summary>
/// Fields of innovation ("yang bidang kesehatan ada?") and the words asking for another region's example ("contoh dari
/// daerah lain"), from knowledge/data/innovation-themes.json: a search of the showcase by what a programme does, which
/// the pillars alone do not give (a health service is filed under smart living, an ambulance has no pillar in its source).
/// </summary>
public sealed class InnovationThemes
{
    public const string FileName = "innovation-themes.json";
    private readonly (string Phrase, InnovationTheme Theme)[] _asked;
    private readonly string[] _otherRegions;
    private readonly string[] _examples;
    private readonly string[] _whichRegions;

    public InnovationThemes(InnovationThemeFile file)
    {
        Themes = file.Themes;
        // Longer phrases first, so "layanan gawat darurat" is read before "darurat".
        _asked = file.Themes.SelectMany(t => t.Asked.Select(a => (Phrase: Padded(a), Theme: t)))
            .OrderByDescending(a => a.Phrase.Length).ToArray();
        _otherRegions = (file.OtherRegions ?? []).Select(Padded).ToArray();
        _examples = (file.ExampleWords ?? []).Select(Padded).ToArray();
        _whichRegions = (file.WhichRegions ?? []).Select(Padded).ToArray();
    }

    public IReadOnlyList<InnovationTheme> Themes { get; }

    /// <summary>The field a message names, if any.</summary>
    public InnovationTheme? In(string text)
    {
        var words = Asked(text);
        return _asked.FirstOrDefault(a => words.Contains(a.Phrase, StringComparison.Ordinal)).Theme;
    }

    /// <summary>Whether the message asks for other regions than the one spoken of ("contohnya di kota lain?").</summary>
    public bool AsksOtherRegions(string text)
    {
        var words = Asked(text);
        return _otherRegions.Any(p => words.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>Whether the message asks for an example or a programme ("contohnya", "inovasinya").</summary>
    public bool AsksExample(string text)
    {
        var words = Asked(text);
        return _examples.Any(p => words.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>Whether the message asks for examples or programmes of something spoken of ("quick winnya", "inovasi nya").</summary>
    public bool AsksExampleOfIt(string text)
    {
        var joined = Padded(text).Replace(" nya ", "nya ", StringComparison.Ordinal);
        return _examples.Any(p => joined.Contains(p.TrimEnd() + "nya ", StringComparison.Ordinal));
    }

    /// <summary>Whether the message asks which regions do something ("wilayah mana yang …", "daerah mana yang …").</summary>
    public bool AsksWhichRegions(string text)
    {
        var words = Asked(text);
        return _whichRegions.Any(p => words.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>The records whose title or description speak of the field.</summary>
    public IReadOnlyList<Innovation> Matching(InnovationTheme theme, IEnumerable<Innovation> items) =>
        items.Where(i => Padded($"{i.Title} {i.Description}") is var words && theme.Found.Any(f => words.Contains(Padded(f), StringComparison.Ordinal))).ToList();

    private static string Padded(string text) => $" {RegionResolver.Normalize(text)} ";

    // A message's words as written and without the possessive -nya ("quick winnya", "inovasi kesehatannya").
    private static string Asked(string text)
    {
        var padded = Padded(text);
        var bare = string.Join(' ', padded.Split(' ').Select(Knowledge.Particles.WithoutPossessive));
        return bare == padded ? padded : $"{padded}{bare} ";
    }

    public static InnovationThemes Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        return new InnovationThemes(File.Exists(path)
            ? JsonSerializer.Deserialize<InnovationThemeFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
              ?? throw new InvalidDataException($"{path} is empty")
            : new InnovationThemeFile(null, [], []));
    }
}
