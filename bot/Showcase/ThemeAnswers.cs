using SmartCity.Bot.Cards;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Showcase;

/// <summary>
/// The showcase searched by field ("daerah mana yang inovasinya di bidang kesehatan?") and by "another region than this
/// one" ("contohnya di kota lain?"): cards built from innovations.json, so a business looking for partners in its
/// field, or a citizen comparing towns, gets regions and programmes rather than the region just spoken of.
/// </summary>
public sealed class ThemeAnswers(InnovationCatalog catalog, InnovationThemes themes)
{
    // A card names a few regions; the rest are one tap away on the pillar's card.
    private const int MaxRegions = 8;
    private const int MaxButtons = 3;

    public InnovationTheme? ThemeIn(string text) => themes.In(text);

    public bool AsksOtherRegions(string text) => themes.AsksOtherRegions(text);

    public bool AsksExample(string text) => themes.AsksExample(text);

    public bool AsksWhichRegions(string text) => themes.AsksWhichRegions(text);

    public bool AsksExampleOfIt(string text) => themes.AsksExampleOfIt(text);

    /// <summary>The records of the field; with none, says so and gives the records of the pillar the field belongs to.</summary>
    public AnswerCard ForTheme(InnovationTheme theme)
    {
        var matching = themes.Matching(theme, catalog.All);
        var pillarNote = theme.Pillar.Length > 0 ? $" Dalam enam pilar Gerakan Menuju Smart City, bidang ini termasuk **{theme.Pillar}**." : "";
        if (matching.Count > 0)
            return Card($"Inovasi bidang {theme.Name}",
                $"Daerah peserta yang tercatat punya quick win atau inovasi bidang **{theme.Name}**, menurut sumber publik.{pillarNote}", matching);
        var inPillar = theme.Pillar.Length > 0 ? catalog.All.Where(i => string.Equals(i.Pillar, theme.Pillar, StringComparison.OrdinalIgnoreCase)).ToList() : [];
        var none = $"Belum ada quick win atau inovasi bidang **{theme.Name}** yang tercatat dalam data etalase daerah kami.{pillarNote}";
        return inPillar.Count > 0
            ? Card($"Inovasi bidang {theme.Name}", $"{none} Yang tercatat pada pilar itu:", inPillar)
            : new AnswerCard($"Inovasi bidang {theme.Name}", none, [], EtalaseSource, []);
    }

    /// <summary>
    /// Records of regions other than <paramref name="region"/>: in the pillars of its own records when it has some (the
    /// comparison the user is making), else every region with records.
    /// </summary>
    public AnswerCard ForOtherRegions(Region region)
    {
        var own = catalog.Of(region);
        var pillars = own.Select(i => i.Pillar).Where(p => p.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var others = catalog.All.Where(i => !string.Equals(i.Region, region.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        var samePillar = others.Where(i => pillars.Contains(i.Pillar)).ToList();
        var shown = samePillar.Count > 0 ? samePillar : others;
        var which = samePillar.Count > 0 ? $" pada pilar yang sama, {string.Join(" dan ", pillars.Order())}," : "";
        return Card("Contoh di daerah lain",
            $"Selain {region.Name}, daerah peserta yang tercatat punya quick win, inovasi atau penghargaan{which} menurut sumber publik:", shown);
    }

    private static AnswerCard Card(string title, string body, IReadOnlyList<Innovation> items)
    {
        var regions = items.GroupBy(i => i.Region).Take(MaxRegions).ToList();
        var lines = regions.Select(g => $"**{g.Key}** — {string.Join("; ", g.Select(i => $"{i.Title} ({i.Kind} {i.Year}): {i.Description}"))}").ToList();
        var sources = string.Join("; ", regions.SelectMany(g => g).Select(i => i.Source.ToString()).Distinct());
        return new AnswerCard(title, body, lines, sources, regions.Take(MaxButtons).Select(g => $"Lihat inovasi {g.Key}").ToList());
    }

    private const string EtalaseSource = "Data etalase daerah Gerakan Menuju Smart City (quick win, inovasi dan penghargaan dari pemberitaan dan situs resmi)";
}
