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

    public RegionRegistry(IReadOnlyList<Region> regions, IReadOnlyList<Participation> participations, IReadOnlyDictionary<int, ListCoverage> coverage)
    {
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
    }

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

    public int CountIn(int year) => _participations.Values.Sum(list => list.Count(p => p.Year == year));

    /// <summary>Loads regions.csv and participants.csv from a data folder; coverage comes from the calendar.</summary>
    public static RegionRegistry Load(string dataDirectory, IReadOnlyDictionary<int, ListCoverage> coverage)
    {
        var regions = ReadCsv(Path.Combine(dataDirectory, "regions.csv"), 5).Select(f => new Region(
            f[0], f[1], f[2].Equals("kota", StringComparison.OrdinalIgnoreCase) ? RegionType.Kota : RegionType.Kabupaten, f[3], f[4])).ToList();
        var participants = ReadCsv(Path.Combine(dataDirectory, "participants.csv"), 5).Select(f => new Participation(
            int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture), f[1], f[4])).ToList();
        return new RegionRegistry(regions, participants, coverage);
    }

    // The files have no quoted fields; the last column (a URL) may hold commas, so it takes the rest of the line.
    private static IEnumerable<string[]> ReadCsv(string path, int columns) =>
        File.ReadLines(path).Skip(1).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Split(',', columns).Select(f => f.Trim()).ToArray())
            .Where(f => f.Length == columns);
}
