using System.Text;
using SmartCity.Bot.Cards;

namespace SmartCity.Bot.Regions;

/// <summary>
/// Words answers about participation from participants.csv: "ya" with year and cohort, or "not in the recorded lists"
/// with what the lists cover — a firm "tidak" only for a year whose list is complete, never a false "tidak pernah".
/// </summary>
public sealed class ParticipationAnswers(RegionRegistry registry)
{
    /// <summary>Where participation answers come from, as a reader sees it (each row's own source follows it).</summary>
    public const string DataSource = "Data peserta Gerakan Menuju Smart City, dihimpun dari pemberitaan dan situs resmi";

    /// <summary>A cohort's plain name without the registry's data ("angkatan 2019"); answers use <see cref="RegionRegistry.CohortName"/>.</summary>
    public static string Cohort(int year) => $"angkatan {year}";

    /// <summary>
    /// One region's answer, the same instance for the same question (the data never changes while the bot runs), so
    /// its reply is rendered once per channel (<see cref="RenderedOnce"/>).
    /// </summary>
    /// <param name="guessed">The question states the year as the asker's guess ("angkatan 2018 kan?"): a wrong one is
    /// answered "Bukan, …" with the year it took part first (<see cref="StatedGuess"/>).</param>
    public AnswerCard ForRegion(Region region, int? year, bool corrected, bool guessed = false) =>
        _byRegion.GetOrAdd((region.Code, year, corrected, guessed), _ => DescribeRegion(region, year, corrected, guessed));

    // Bounded by the data: 514 regions × the years asked × corrected or not × guessed or asked.
    private readonly Caching.BoundedMemo<(string Code, int? Year, bool Corrected, bool Guessed), AnswerCard> _byRegion = new(16_384);

    private AnswerCard DescribeRegion(Region region, int? year, bool corrected, bool guessed)
    {
        var (body, sources) = Describe(region, year, guessed);
        if (corrected) body += $"\n\n_(Saya membaca nama daerahnya sebagai **{region.Name}**.)_";
        return new AnswerCard($"Keikutsertaan {region.Name}", body, [], SourceText(sources),
            [$"Cek status {region.Name}", "Apa itu Gerakan Menuju Smart City?"]);
    }

    /// <summary>Several regions share the name ("Kediri": Kota and Kabupaten) or several were named: answer each.</summary>
    public AnswerCard ForRegions(IReadOnlyList<Region> regions, int? year, string? sharedName)
    {
        var items = new List<string>();
        var sources = new List<string>();
        foreach (var region in regions)
        {
            var (text, s) = Describe(region, year);
            items.Add($"**{region.Name}** ({region.Province}): {text}");
            sources.AddRange(s);
        }
        var intro = sharedName is not null
            ? $"Ada {regions.Count} daerah bernama {sharedName}: {Join(regions.Select(r => r.Name))}. Keikutsertaan masing-masing:"
            : "Keikutsertaan daerah yang Anda sebut:";
        return new AnswerCard("Keikutsertaan", intro, items, SourceText(sources), regions.Select(r => $"Cek status {r.Name}").ToList());
    }

    /// <summary>
    /// Whether two regions joined in one cohort ("X dan Y satu angkatan?"), with the year of each; a region
    /// no list holds is said so, and a partial list of the year compared says the answer may miss it.
    /// </summary>
    public AnswerCard SameCohort(Region first, Region second)
    {
        var firstTook = registry.ParticipationsOf(first).ToList();
        var secondTook = registry.ParticipationsOf(second).ToList();
        var firstYears = firstTook.Select(p => p.Year).ToList();
        var secondYears = secondTook.Select(p => p.Year).ToList();
        var shared = firstYears.Intersect(secondYears).ToList();
        var body = (firstYears.Count, secondYears.Count, shared.Count) switch
        {
            (0, _, _) => Listing(first),
            (_, 0, _) => $"Belum dapat dipastikan. {Listing(first)} {Listing(second)}",
            (_, _, > 0) => $"Ya, {first.Name} dan {second.Name} seangkatan: keduanya tercatat sebagai peserta {YearsText(shared)}.",
            _ => $"Tidak, {first.Name} dan {second.Name} tidak seangkatan: {first.Name} tercatat sebagai peserta {YearsText(firstYears)}, " +
                 $"sedangkan {second.Name} {YearsText(secondYears)}." +
                 string.Concat(firstYears.Where(y => registry.CoverageOf(y) != ListCoverage.Complete).Select(y => " " + CoverageSentence(y))),
        };
        var sources = firstTook.Concat(secondTook).Select(p => p.Source);
        return new AnswerCard($"Angkatan {first.Name} dan {second.Name}", body, [], SourceText(sources),
            [$"Cek status {first.Name}", $"Peserta seangkatan {first.Name}"]);
    }

    /// <param name="type">Only the kota or only the kabupaten (a type word after the list), or all.</param>
    /// <param name="asker">The user's own region: when it is the only one listed, the answer says plainly that no other took part.</param>
    /// <param name="span">Years from one to another asked instead of one ("dari 2017 sampai 2019"); <paramref name="year"/> is then null.</param>
    /// <param name="besides">The region the province was asked of ("provinsi itu punya peserta mana lagi", "yang seprovinsi"): left out of the list, said first.</param>
    public AnswerCard ForProvince(string province, int? year, RegionType? type = null, Region? asker = null, YearRange? span = null, Region? besides = null)
    {
        var participants = registry.ParticipantsIn(province).ToList();
        if (besides is not null && string.Equals(besides.Province, province, StringComparison.OrdinalIgnoreCase))
            return Besides(province, participants, year, type, besides, span);
        var card = ForArea($"Provinsi {province}", participants, year, $"Peserta dari {province}", DataSource, type, span);
        if (asker is not null && OnlyOne(participants, year, type) == asker) return card with { Body = $"{NoneBesides(asker, province, year)} {card.Body}" };
        if (participants.Count > 0 || type is not null) return card;
        // "Jakarta ikut?": a province none of whose kab/kota is listed; the lists hold kab/kota, so name the few it has.
        var own = registry.Regions.Where(r => r.Province.Equals(province, StringComparison.OrdinalIgnoreCase)).Select(r => r.Name).ToList();
        if (own.Count is 0 or > MaxNamedRegions) return card;
        return card with
        {
            Body = $"{card.Body} Daftar peserta kami mencatat kabupaten/kota, dan Provinsi {province} sendiri bukan kabupaten/kota; " +
                   $"kabupaten/kotanya ialah {Join(own)}, dan tidak satu pun tercatat di daftar itu.",
            Source = $"{card.Source}; {RegionRegistry.ListSource}",
        };
    }

    // The suggestion under a list: the help menu's way to ask about one's own region.
    private const string AskOwnRegion = "Apakah kota saya ikut?";

    // The province's other participants, the one it was asked of left out: "Selain Kota X, …"; none other said plainly.
    private AnswerCard Besides(string province, List<(Region Region, Participation Participation)> participants, int? year, RegionType? type, Region besides, YearRange? span)
    {
        var others = participants.Where(x => x.Region.Code != besides.Code).ToList();
        if (!others.Any(x => Asked(x, year, type, span)))
            return new AnswerCard($"Peserta dari {province}", NoneBesides(besides, province, year, type, span), [], DataSource, [AskOwnRegion]);
        var card = ForArea($"Provinsi {province}", others, year, $"Peserta dari {province}", DataSource, type, span);
        return card with { Body = $"Selain {besides.Name}, {char.ToLowerInvariant(card.Body[0])}{card.Body[1..]}" };
    }

    // A participation the list asks for: of the year or the span of years, and of the type, when named.
    private static bool Asked((Region Region, Participation Participation) row, int? year, RegionType? type, YearRange? span) =>
        (year is null || row.Participation.Year == year) && (span is null || span.Contains(row.Participation.Year)) && (type is null || row.Region.Type == type);

    // The one region a list holds, or null.
    private static Region? OnlyOne(IEnumerable<(Region Region, Participation Participation)> participants, int? year, RegionType? type) =>
        participants.Where(x => (year is null || x.Participation.Year == year) && (type is null || x.Region.Type == type)).Select(x => x.Region).Distinct().ToList() is [var only] ? only : null;

    // Nobody but the asker's region listed (of the type, in the year or span asked): said first and plainly, with what a partial list may miss.
    private string NoneBesides(Region asker, string province, int? year, RegionType? type = null, YearRange? span = null)
    {
        var partial = (year is { } y ? [y] : registry.Years.Where(x => span is null || span.Contains(x))).Where(x => registry.CoverageOf(x) == ListCoverage.Partial).ToList();
        return $"Selain {asker.Name}, tidak ada {Kinds(type).ToLowerInvariant()} lain dari Provinsi {province} yang tercatat sebagai peserta" +
               (year is not null ? $" tahun {year}" : span is not null ? $" tahun {span.Written}" : "") + " di data kami" +
               (partial.Count > 0 ? $" (daftar {Join(partial.Select(x => x.ToString()))} di data kami tidak lengkap)." : ".");
    }

    /// <summary>How many kab/kota a province with no participant may have for its answer to name them all.</summary>
    private const int MaxNamedRegions = 8;

    /// <summary>An island group's participants: its provinces together, with where the grouping comes from.</summary>
    public AnswerCard ForIsland(Island island, int? year, RegionType? type = null) =>
        ForArea($"{island.Name} (Provinsi {Join(island.Provinces)})", registry.ParticipantsIn(island.Provinces), year, $"Peserta dari {island.Name}",
            $"{DataSource}; pembagian provinsi per pulau menurut BPS, Statistik Indonesia", type);

    /// <summary>How a list names its members: "Kabupaten/kota", or only "Kota" / "Kabupaten" when filtered by type.</summary>
    public static string Kinds(RegionType? type) => type switch { RegionType.Kota => "Kota", RegionType.Kabupaten => "Kabupaten", _ => "Kabupaten/kota" };

    private AnswerCard ForArea(string area, IEnumerable<(Region Region, Participation Participation)> participants, int? year, string title, string source,
        RegionType? type = null, YearRange? span = null)
    {
        var rows = participants.Where(x => Asked(x, year, type, span)).ToList();
        var kinds = Kinds(type);
        var items = rows.GroupBy(x => x.Participation.Year).OrderBy(g => g.Key)
            .Select(g => $"**{g.Key}** ({registry.CohortName(g.Key)}): {Join(g.Select(x => x.Region.Name).Order(StringComparer.Ordinal))}" +
                         (registry.CoverageOf(g.Key) == ListCoverage.Partial ? " — daftar tahun ini tidak lengkap" : ""))
            .ToList();
        string body;
        if (rows.Count == 0)
        {
            body = year is not null
                ? $"Di data kami tidak ada {kinds.ToLowerInvariant()} dari {area} yang tercatat sebagai peserta tahun {year}. {CoverageSentence(year.Value)}"
                : span is not null
                ? $"Di data kami tidak ada {kinds.ToLowerInvariant()} dari {area} yang tercatat sebagai peserta tahun {span.Written}. {CoverageSummary()}"
                : $"Di data kami belum ada {kinds.ToLowerInvariant()} dari {area} yang tercatat sebagai peserta. {CoverageSummary()}";
        }
        else
        {
            var distinct = rows.Select(x => x.Region.Code).Distinct().Count();
            // A count from a partial year's list is a floor, not the number: said where the number is.
            var partial = rows.Select(x => x.Participation.Year).Distinct().Where(y => registry.CoverageOf(y) == ListCoverage.Partial).Order().ToList();
            body = $"{kinds} di {area} yang tercatat sebagai peserta Gerakan Menuju Smart City" +
                   (year is not null ? $" tahun {year}" : span is not null ? $" tahun {span.Written}" : "") + $" ({distinct} daerah" +
                   (partial.Count > 0 ? $"; daftar {Join(partial.Select(y => y.ToString()))} di data kami tidak lengkap, jadi jumlah sebenarnya bisa lebih banyak" : "") +
                   "), per tahun:";
            if (year is null) items.Add(span is null ? CoverageSummary() : SpanCoverage(span));
        }
        return new AnswerCard(title, body, items, WithListSources(source, rows.Select(x => x.Participation)), [AskOwnRegion]);
    }

    // The outlets the listed rows come from, after the data's own name: asked "sumbernya?", a list names its articles too
    // (their links are on each region's own answer, and an article's address may name a region the list left out). A list
    // drawn from many gives the first few and how many more.
    private static string WithListSources(string source, IEnumerable<Participation> rows) =>
        CitingAfter(source, rows.Select(p => p.SourceName).Distinct().ToList());

    /// <summary>
    /// A source line naming, after the data's own name, the first few of the articles its rows come from and how many
    /// more ("…; A; B; C; dan 4 sumber lain"); the data's name alone when none is cited.
    /// </summary>
    public static string CitingAfter(string source, IReadOnlyList<string> cited)
    {
        if (cited.Count == 0) return source;
        var more = cited.Count > MaxListedSources ? $"; dan {cited.Count - MaxListedSources} sumber lain" : "";
        return $"{source}; {string.Join("; ", cited.Take(MaxListedSources))}{more}";
    }

    private const int MaxListedSources = 3;

    public AnswerCard ForUnknown(UnknownRegion unknown) => new(
        "Nama daerah tidak ditemukan",
        $"Saya tidak menemukan daerah bernama **{unknown.Typed}** di daftar kabupaten/kota Indonesia." +
        (unknown.Suggestions.Count > 0 ? " Mungkin maksud Anda salah satu ini? Pilih untuk melihat keikutsertaannya." : " Coba tulis nama lengkapnya, misalnya \"Kabupaten Garut\"."),
        unknown.Suggestions.Select(r => $"{r.Name} ({r.Province})").ToList(),
        "Daftar kabupaten/kota idn-area-data 4.0.1 (ODbL), https://github.com/fityannugroho/idn-area-data",
        unknown.Suggestions.Select(r => r.Name).ToList());

    private (string Text, List<string> Sources) Describe(Region region, int? year, bool guessed = false)
    {
        var participations = registry.ParticipationsOf(region);
        var years = participations.Select(p => p.Year).ToList();
        var sources = new List<string>();
        var text = new StringBuilder();
        if (year is { } y && years.Contains(y))
        {
            text.Append($"Ya, {region.Name} tercatat sebagai peserta Gerakan Menuju Smart City tahun {y} ({registry.CohortName(y)}).");
            var others = years.Where(x => x != y).ToList();
            if (others.Count > 0) text.Append($" {region.Name} juga tercatat ikut pada {YearsText(others)}.");
            sources.AddRange(participations.Select(p => p.Source));
        }
        else if (year is { } wrong && guessed && years.Count > 0 && registry.CoverageOf(wrong) == ListCoverage.Complete)
        {
            // A guess corrected: the right year first, then what the guess got wrong.
            text.Append($"Bukan, {region.Name} tercatat sebagai peserta Gerakan Menuju Smart City pada {YearsText(years)}, tidak pada tahun {wrong}" +
                        $" (daftar peserta {wrong} di data kami lengkap, {registry.CountIn(wrong)} daerah).");
            sources.AddRange(participations.Select(p => p.Source));
        }
        else if (year is { } asked)
        {
            text.Append(registry.CoverageOf(asked) switch
            {
                ListCoverage.Complete => $"Tidak, {region.Name} tidak tercatat sebagai peserta tahun {asked}; daftar peserta {asked} di data kami lengkap ({registry.CountIn(asked)} daerah).",
                ListCoverage.Partial => $"Belum dapat dipastikan: {region.Name} tidak ditemukan dalam daftar peserta {asked} yang tersedia, tetapi daftar {asked} di data kami hanya sebagian ({registry.CountIn(asked)} dari sekitar {registry.OfficialSize(asked)?.ToString() ?? "?"} daerah).",
                _ => $"Belum dapat dipastikan: data kami tidak memiliki daftar peserta tahun {asked} (tidak ditemukan angkatan {asked} di sumber yang tersedia).",
            });
            text.Append(years.Count > 0
                ? $" Menurut data kami, {region.Name} tercatat sebagai peserta pada {YearsText(years)}."
                : $" {region.Name} juga tidak ditemukan di daftar tahun lain yang tersedia. {CoverageSummary()}");
            sources.AddRange(participations.Select(p => p.Source));
        }
        else
        {
            // No year asked: what the lists hold, with "ya" when they hold it (the question was whether it took part).
            text.Append((years.Count > 0 ? "Ya, " : "") + Listing(region));
            sources.AddRange(participations.Select(p => p.Source));
        }
        return (text.ToString(), sources);
    }

    /// <summary>
    /// What the participants' lists hold of a region, every year it is listed in, said as a fact rather than an answer
    /// to "ikut?" (an answer about the region that also says whether it took part uses it as it is).
    /// </summary>
    public string Listing(Region region)
    {
        var years = registry.ParticipationsOf(region).Select(p => p.Year).ToList();
        return years.Count > 0
            ? $"{region.Name} tercatat sebagai peserta Gerakan Menuju Smart City pada {YearsText(years)}."
            : $"{region.Name} tidak ditemukan dalam daftar peserta yang tersedia. {CoverageSummary()} " +
              $"Jadi belum bisa dipastikan bahwa {region.Name} tidak pernah ikut.";
    }

    private string CoverageSummary() =>
        $"Data kami mencakup daftar lengkap tahun {Join(registry.YearsWith(ListCoverage.Complete).Select(y => y.ToString()))}, " +
        $"dan hanya sebagian untuk {Join(registry.YearsWith(ListCoverage.Partial).Select(y => y.ToString()))}" +
        (registry.YearsWith(ListCoverage.None).Count > 0 ? $"; tidak ada daftar untuk {Join(registry.YearsWith(ListCoverage.None).Select(y => y.ToString()))}." : ".");

    // The span's years whose lists are partial or missing: its count is then a floor.
    private string SpanCoverage(YearRange span)
    {
        var incomplete = Enumerable.Range(span.From, span.To - span.From + 1).Where(y => registry.CoverageOf(y) != ListCoverage.Complete).ToList();
        return incomplete.Count == 0
            ? $"Daftar {span.Written} di data kami lengkap."
            : $"Catatan: daftar tahun {Join(incomplete.Select(y => y.ToString()))} di data kami tidak lengkap atau tidak ada.";
    }

    private string CoverageSentence(int year) => registry.CoverageOf(year) switch
    {
        ListCoverage.Complete => $"Daftar {year} di data kami lengkap.",
        ListCoverage.Partial => $"Catatan: daftar {year} di data kami hanya sebagian, jadi bisa saja ada yang belum tercatat.",
        _ => $"Data kami tidak memiliki daftar peserta tahun {year}.",
    };

    private string YearsText(IEnumerable<int> years) =>
        Join(years.Select(y => $"tahun {y} ({registry.CohortName(y)})"));

    private static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count switch { 0 => "", 1 => list[0], _ => string.Join(", ", list[..^1]) + " dan " + list[^1] };
    }

    private static string SourceText(IEnumerable<string> urls)
    {
        var distinct = urls.Distinct().ToList();
        return distinct.Count == 0 ? DataSource : $"{DataSource}; {string.Join("; ", distinct)}";
    }
}
