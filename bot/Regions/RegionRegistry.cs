using System.Text.RegularExpressions;

namespace SmartCity.Bot.Regions;

/// <summary>
/// All kabupaten/kota and the recorded participants by year, loaded from knowledge/data (regions.csv, participants.csv),
/// with the completeness of each year's list so answers never turn a gap in the data into "tidak pernah".
/// </summary>
public sealed class RegionRegistry
{
    private readonly Dictionary<string, Region> _byName;
    private readonly Dictionary<string, List<Participation>> _participations;
    private readonly Dictionary<int, ListCoverage> _coverage;

    private readonly Dictionary<int, Cohort> _cohorts;

    /// <summary>Where regions.csv comes from, in words a citizen reads: every answer that cites the list of regions says it so.</summary>
    public const string ListSource = "Daftar kabupaten/kota dan provinsi Indonesia (data wilayah idn-area-data)";

    public RegionRegistry(IReadOnlyList<Region> regions, IReadOnlyList<Participation> participations, IReadOnlyDictionary<int, ListCoverage> coverage,
        IReadOnlyList<Cohort>? cohorts = null, IReadOnlyList<Island>? islands = null)
    {
        _cohorts = (cohorts ?? []).ToDictionary(c => c.Year);
        Cohorts = [.. _cohorts.Values.OrderBy(c => c.Year)];
        SizedCohorts = [.. Cohorts.Where(c => c.OfficialSize is not null)];
        Regions = regions;
        _byName = regions.ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);
        ByCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var p in participations)
            if (!_byName.ContainsKey(p.RegionName)) throw new InvalidDataException($"participants.csv: '{p.RegionName}' is not in regions.csv");
        _participations = participations.GroupBy(p => p.RegionName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Year).ToList(), StringComparer.OrdinalIgnoreCase);
        _coverage = new Dictionary<int, ListCoverage>(coverage);
        Provinces = regions.Select(r => r.Province).Distinct().Order(StringComparer.Ordinal).ToList();
        Years = participations.Select(p => p.Year).Distinct().Order().ToList();
        Islands = islands ?? [];
        foreach (var province in Islands.SelectMany(i => i.Provinces))
            if (!Provinces.Contains(province, StringComparer.OrdinalIgnoreCase)) throw new InvalidDataException($"islands.csv: '{province}' is not a province of regions.csv");
    }

    /// <summary>Island groups and their provinces (islands.csv); empty when the file is absent.</summary>
    public IReadOnlyList<Island> Islands { get; }

    /// <summary>Participants of several provinces (an island group's).</summary>
    public IEnumerable<(Region Region, Participation Participation)> ParticipantsIn(IReadOnlyCollection<string> provinces) =>
        provinces.SelectMany(ParticipantsIn);

    public IReadOnlyList<Region> Regions { get; }
    public IReadOnlyDictionary<string, Region> ByCode { get; }
    public IReadOnlyList<string> Provinces { get; }

    /// <summary>Years with at least one recorded participant.</summary>
    public IReadOnlyList<int> Years { get; }

    public Region? FindByName(string name) => _byName.GetValueOrDefault(name.Trim());

    public IReadOnlyList<Participation> ParticipationsOf(Region region) =>
        _participations.TryGetValue(region.Name, out var list) ? list : [];

    public IEnumerable<(Region Region, Participation Participation)> ParticipantsIn(string province) =>
        Regions.Where(r => r.Province.Equals(province, StringComparison.OrdinalIgnoreCase))
            .SelectMany(r => ParticipationsOf(r).Select(p => (r, p)));

    public ListCoverage CoverageOf(int year) => _coverage.GetValueOrDefault(year, ListCoverage.None);

    public IReadOnlyList<int> YearsWith(ListCoverage coverage) => _coverage.Where(c => c.Value == coverage).Select(c => c.Key).Order().ToList();

    /// <summary>How a year's cohort is described ("tahap pertama Gerakan Menuju 100 Smart City"), from cohorts.csv.</summary>
    public string CohortName(int year) => _cohorts.TryGetValue(year, out var c) ? c.Description : $"angkatan {year}";

    /// <summary>Every cohort of cohorts.csv, by year (sorted once: the cohorts' figures ask on every turn).</summary>
    public IReadOnlyList<Cohort> Cohorts { get; }

    /// <summary>The cohorts whose official size cohorts.csv gives, by year: what counts across the years add up.</summary>
    public IReadOnlyList<Cohort> SizedCohorts { get; }

    /// <summary>The cohorts of known size from <paramref name="from"/> to <paramref name="to"/> (<see cref="CohortSpan"/>).</summary>
    public CohortSpan CohortsOver(int from, int to) => CohortSpan.Of(SizedCohorts, from, to);

    /// <summary>The official number of regions in a year's cohort, when known.</summary>
    public int? OfficialSize(int year) => _cohorts.TryGetValue(year, out var c) ? c.OfficialSize : null;

    /// <summary>Why the names recorded for <paramref name="year"/> number other than its official size (cohorts.csv list_note), or empty.</summary>
    public string ListNote(int year) => _cohorts.TryGetValue(year, out var c) ? c.ListNote : "";

    /// <summary>The year of a cohort named in words ("tahap pertama" → 2017), from cohorts.csv; null when none is named.</summary>
    public int? YearNamedIn(string normalized) =>
        CohortNames.Where(n => n.Pattern.IsMatch(normalized)).Select(n => (int?)n.Year).FirstOrDefault();

    // Built once: this runs on every participation question.
    private (Regex Pattern, int Year)[] CohortNames => _cohortNames ??=
        _cohorts.Values.SelectMany(c => c.Names.Select(n => (new Regex(
            $@"\b{Regex.Escape(n)}\b", RegexOptions.CultureInvariant), c.Year))).ToArray();

    private (Regex Pattern, int Year)[]? _cohortNames;

    /// <summary>
    /// What to say of a region found in no list: "not found in the lists available", naming the years whose lists are
    /// partial, so a gap in the data never reads as "never took part".
    /// </summary>
    public string NotFoundNote()
    {
        var partial = YearsWith(ListCoverage.Partial);
        return partial.Count == 0
            ? "tidak ditemukan dalam daftar peserta yang tersedia"
            : $"tidak ditemukan dalam daftar peserta yang tersedia (daftar {string.Join(" dan ", partial)} tidak lengkap)";
    }

    public int CountIn(int year) => _participations.Values.Sum(list => list.Count(p => p.Year == year));

    /// <summary>Loads regions.csv, participants.csv and cohorts.csv (when present) from a data folder; coverage comes from the calendar.</summary>
    public static RegionRegistry Load(string dataDirectory, IReadOnlyDictionary<int, ListCoverage> coverage)
    {
        var regions = ReadCsv(Path.Combine(dataDirectory, "regions.csv"), 5).Select(f => new Region(
            f[0], f[1], f[2].Equals("kota", StringComparison.OrdinalIgnoreCase) ? RegionType.Kota : RegionType.Kabupaten, f[3], f[4])).ToList();
        var participants = ReadCsv(Path.Combine(dataDirectory, "participants.csv"), 6).Select(f => new Participation(
            Year(f[0]), f[1], f[4], f[5])).ToList();
        var cohortsFile = Path.Combine(dataDirectory, "cohorts.csv");
        var cohorts = File.Exists(cohortsFile)
            ? ReadCsv(cohortsFile, 4).Select(f => new Cohort(Year(f[0]), f[1], int.TryParse(f[2], out var size) ? size : null,
                f[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                f.Length > 4 && int.TryParse(f[4], out var repeats) ? repeats : 0, f.Length > 5 ? f[5] : "", f.Length > 6 ? f[6] : "")).ToList()
            : [];
        var islandsFile = Path.Combine(dataDirectory, "islands.csv");
        var islands = File.Exists(islandsFile)
            ? ReadCsv(islandsFile, 3).Select(f => new Island(f[0], Split(f[1]), Split(f[2]))).ToList()
            : [];
        return new RegionRegistry(regions, participants, coverage, cohorts, islands);
    }

    private static string[] Split(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Year(string field) => int.Parse(field, System.Globalization.CultureInfo.InvariantCulture);

    // RFC 4180 (quoted fields may hold commas: "RTIK Kediri, daftar 25 peserta 2017"), read by the BCL's parser.
    private static List<string[]> ReadCsv(string path, int columns)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(path) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        parser.SetDelimiters(",");
        parser.ReadFields(); // header
        var rows = new List<string[]>();
        while (!parser.EndOfData)
            if (parser.ReadFields() is { } fields && fields.Length >= columns && fields[0].Length > 0) rows.Add(fields);
        return rows;
    }
}
