using System.Text.RegularExpressions;
using SmartCity.Bot.Cards;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Showcase;

/// <summary>
/// A region's showcase: its quick wins, innovations and awards from innovations.json (grouped per pillar where the
/// source names one) and the document sections whose heading names the region — staff add either without code.
/// With nothing known, says so plainly and gives what is known (participation years).
/// </summary>
public sealed class ShowcaseAnswers(InnovationCatalog catalog, RegionRegistry registry, KnowledgeBase knowledge)
{
    public const string NoPillar = "Pilar tidak disebut sumber";
    public const int MaxDocumentSections = 3;

    /// <summary>The programmes a message names, each with its region, year and pillar (or that the source names none).</summary>
    public AnswerCard? ForNamed(string text)
    {
        var items = catalog.NamedIn(text);
        if (items.Count == 0) return null;
        var lines = items.Select(i => $"**{i.Title}** — {i.Kind} {i.Region} {i.Year}, " +
            (i.Pillar.Length > 0 ? $"pilar **{i.Pillar}**" : "pilarnya tidak disebut sumber") + $": {i.Description}").ToList();
        var regions = items.Select(i => i.Region).Distinct().ToList();
        return new AnswerCard(items.Count == 1 ? items[0].Title : "Program yang Anda sebut",
            items.Count == 1 ? $"{items[0].Title} adalah {items[0].Kind} {items[0].Region} ({items[0].Year})." : "Program yang Anda sebut menurut data etalase daerah:",
            lines, string.Join("; ", items.Select(i => i.Source.ToString()).Distinct()),
            regions.Select(r => $"Lihat inovasi {r}").ToList());
    }

    /// <summary>The one region whose programmes a message names ("Mojo Culture Festival"), if they are all of one region.</summary>
    public Region? RegionOfNamed(string text) =>
        catalog.NamedIn(text).Select(i => i.Region).Distinct().ToList() is [var name]
            ? registry.Regions.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
            : null;

    /// <summary>
    /// "Siapa saja yang berinovasi di smart living?": every region with a quick win, innovation or award recorded in
    /// the pillar, each with its items; null when none is recorded (the documents may still say something).
    /// </summary>
    public AnswerCard? ForPillar(string pillar)
    {
        var regions = catalog.InPillar(pillar);
        if (regions.Count == 0) return null;
        var lines = regions.Select(r => $"**{r.Region}** — {string.Join("; ", r.Items.Select(i => $"{i.Title} ({i.Kind} {i.Year})"))}").ToList();
        return new AnswerCard($"Inovasi pilar {pillar}",
            $"Daerah peserta yang tercatat punya quick win, inovasi atau penghargaan pilar **{pillar}** (dari sumber publik):",
            lines, string.Join("; ", regions.SelectMany(r => r.Items).Select(i => i.Source.ToString()).Distinct()),
            regions.Take(3).Select(r => $"Lihat inovasi {r.Region}").ToList());
    }

    /// <summary>
    /// A region's programmes in one pillar ("program Banyumas untuk smart environment"); when the sources name none in it, says
    /// so and shows the region's programmes whose pillar they do not name (or those of other pillars), never the pillar's definition.
    /// </summary>
    public AnswerCard ForPillarOf(Region region, string pillar)
    {
        var items = catalog.Of(region);
        var inPillar = items.Where(i => string.Equals(i.Pillar, pillar, StringComparison.OrdinalIgnoreCase)).ToList();
        var named = catalog.Pillars.FirstOrDefault(p => string.Equals(p, pillar, StringComparison.OrdinalIgnoreCase)) ?? pillar;
        var followUps = new List<string> { $"Lihat inovasi {region.Name}", $"Apa itu {named}?" };
        if (inPillar.Count > 0)
            return new AnswerCard($"Inovasi {region.Name} pilar {named}",
                $"Quick win, inovasi dan penghargaan {region.Name} pada pilar **{named}** yang tercatat: " +
                string.Join("; ", inPillar.Select(i => $"{i.Title} ({i.Kind} {i.Year})")) + ".",
                inPillar.Select(Line).ToList(), Sources(inPillar), followUps);
        var unstated = items.Where(i => i.Pillar.Length == 0).ToList();
        var shown = unstated.Count > 0 ? unstated : items.ToList();
        var rest = unstated.Count > 0
            ? $"Untuk program {region.Name} berikut, sumber tidak menyebut pilarnya:"
            : $"Yang tercatat untuk {region.Name} ada pada pilar lain:";
        return new AnswerCard($"Inovasi {region.Name} pilar {named}",
            $"Sumber yang tersedia tidak menyebut quick win atau inovasi {region.Name} pada pilar **{named}**. {rest}",
            shown.Select(Line).ToList(), Sources(shown), followUps);
    }

    private static string Line(Innovation item) =>
        $"**{(item.Pillar.Length > 0 ? item.Pillar : NoPillar)}** — {item.Title} ({item.Kind} {item.Year}): {item.Description}";

    private static string Sources(IEnumerable<Innovation> items) => string.Join("; ", items.Select(i => i.Source.ToString()).Distinct());

    /// <summary>The region's one recorded programme with a name of its own (awards have none), if it has exactly one item.</summary>
    public Innovation? OnlyNamedProgramme(Region region) =>
        catalog.Of(region) is [var only] && catalog.NamedIn(only.Title).Contains(only) ? only : null;

    /// <summary>The one pillar the region's records name (lower case, as entities name it), or the pillar asked; null for none or several.</summary>
    public string? OnlyPillar(Region region, string? asked) =>
        asked ?? (catalog.Of(region).Where(i => i.Pillar.Length > 0).Select(i => i.Pillar.ToLowerInvariant()).Distinct().ToList() is [var only] ? only : null);

    /// <summary>The one year all of a region's recorded programmes and awards are of, if they share one.</summary>
    public int? OnlyYear(Region region) => catalog.Of(region).Select(i => i.Year).Distinct().ToList() is [var only] ? only : null;

    /// <summary>No recorded programme and no document section for the region: its (remembered) card only says so.</summary>
    public bool HasNothingFor(Region region) => For(region).Items.Count == 0;

    /// <summary>
    /// A region's showcase card, the same instance while the same documents are loaded (the data and the index do not
    /// change under it), so its reply is rendered once per channel (<see cref="RenderedOnce"/>).
    /// </summary>
    public AnswerCard For(Region region)
    {
        var index = knowledge.Index;
        var shown = Volatile.Read(ref _shown);
        if (shown.Index != index) Volatile.Write(ref _shown, shown = new(index, new(MaxRememberedRegions)));
        return shown.Cards.GetOrAdd(region.Code, _ => Describe(region));
    }

    private sealed record Shown(KnowledgeIndex? Index, Caching.BoundedMemo<string, AnswerCard> Cards);
    private Shown _shown = new(null, new(0));
    private const int MaxRememberedRegions = 1024;

    /// <summary>
    /// The region's showcase for a message asking one kind of record (the awards a region received): that kind's
    /// records lead, named in the first sentence, so an award is not buried under the quick wins listed per pillar.
    /// </summary>
    public AnswerCard For(Region region, string text) =>
        catalog.KindAskedIn(text) is { } kind && catalog.Of(region).Any(i => IsKind(i, kind)) ? Describe(region, kind) : For(region);

    private static bool IsKind(Innovation item, string kind) => string.Equals(item.Kind, kind, StringComparison.OrdinalIgnoreCase);

    private AnswerCard Describe(Region region, string? kindFirst = null)
    {
        var items = catalog.Of(region);
        var sections = DocumentSections(region);
        var years = registry.ParticipationsOf(region).Select(p => p.Year).Distinct().Order().ToList();
        var participation = years.Count > 0
            ? $"{region.Name} tercatat sebagai peserta Gerakan Menuju Smart City tahun {string.Join(", ", years)}."
            : $"{region.Name} {registry.NotFoundNote()}.";
        var followUps = new List<string> { $"Ajukan kolaborasi {region.Name}", $"Cek status {region.Name}" };

        if (items.Count == 0 && sections.Count == 0)
        {
            var sources = registry.ParticipationsOf(region).Select(p => p.Source).Distinct().ToList();
            return new AnswerCard($"Inovasi {region.Name}",
                $"Belum ada data inovasi untuk {region.Name} dalam dokumen dan data program. {participation} " +
                "Jika Anda mengetahui inovasinya, Anda dapat mengajukan kolaborasi atau menghubungi staf program.",
                [], sources.Count > 0 ? $"{ParticipationAnswers.DataSource}; {string.Join("; ", sources)}" : ParticipationAnswers.DataSource,
                followUps);
        }

        var ordered = items.GroupBy(i => i.Pillar.Length > 0 ? i.Pillar : NoPillar)
            .OrderBy(g => g.Key == NoPillar ? int.MaxValue : IndexOfPillar(g.Key))
            .SelectMany(g => g.OrderBy(i => i.Year).Select(item => (Pillar: g.Key, Item: item)))
            // Stable: the kind asked first, each part still per pillar and year.
            .OrderBy(x => kindFirst is not null && IsKind(x.Item, kindFirst) ? 0 : 1).ToList();
        var lines = ordered.Select(x => $"**{x.Pillar}** — {x.Item.Title} ({x.Item.Kind} {x.Item.Year}): {x.Item.Description}").ToList();
        foreach (var section in sections)
            lines.Add($"**{section.Heading}**: {Shorten(section.Body)}");

        var sourceLines = items.Select(i => i.Source.ToString())
            .Concat(sections.Select(s => SectionSource(s, region)))
            .Distinct().ToList();
        var lead = kindFirst is null ? ""
            : $"{char.ToUpperInvariant(kindFirst[0])}{kindFirst[1..]} {region.Name} yang tercatat: " +
              string.Join("; ", ordered.Where(x => IsKind(x.Item, kindFirst)).Select(x => $"{x.Item.Title} ({x.Item.Year})")) + ". ";
        return new AnswerCard($"Inovasi {region.Name}",
            $"{lead}Quick win dan inovasi {region.Name} yang tercatat dalam sumber publik. {participation}", lines,
            string.Join("; ", sourceLines), followUps);
    }

    private int IndexOfPillar(string pillar)
    {
        for (var i = 0; i < catalog.Pillars.Count; i++)
            if (string.Equals(catalog.Pillars[i], pillar, StringComparison.OrdinalIgnoreCase)) return i;
        return catalog.Pillars.Count;
    }

    /// <summary>Sections of the documents whose own heading names the region ("Quick win Kabupaten Banyumas 2019: …").</summary>
    private IReadOnlyList<Passage> DocumentSections(Region region)
    {
        var name = new Regex($@"\b{Regex.Escape(region.Name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var known = catalog.Of(region).Select(i => i.Title).ToList();
        // A section about the very programmes the data file lists would only repeat them.
        return knowledge.Index.Passages
            .Where(p => p.Headings.Count > 0 && name.IsMatch(p.Heading) && !known.Any(t => p.Heading.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .Take(MaxDocumentSections).ToList();
    }

    /// <summary>The document's title and the sources that name the region (a document lists all of its sources).</summary>
    private static string SectionSource(Passage section, Region region)
    {
        var key = region.BaseName.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var own = section.Sources.Where(s => s.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)
            .Contains(key, StringComparison.OrdinalIgnoreCase)).ToList();
        var shown = (own.Count > 0 ? own : section.Sources.Take(2)).Select(Readable);
        return $"{section.DocumentTitle} — {string.Join("; ", shown)}";
    }

    // Internal seed ids ("(seed002)") mean nothing to a reader; the outlet, date and URL do.
    private static string Readable(string source) => Regex.Replace(source, @"\s*\(seed\d+\)", "");

    private static string Shorten(string body)
    {
        var flat = Regex.Replace(body, @"\s+", " ").Trim();
        return flat.Length <= 400 ? flat : flat[..400].TrimEnd() + " …";
    }
}
