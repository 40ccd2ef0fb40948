namespace SmartCity.Bot.Regions;

public enum RegionType { Kota, Kabupaten }

/// <summary>A kabupaten or kota as in regions.csv (idn-area-data, ODbL).</summary>
public sealed record Region(string Code, string Name, RegionType Type, string ProvinceCode, string Province)
{
    /// <summary>The name without "Kota"/"Kabupaten"/"Administrasi": "Bogor", "Jakarta Pusat".</summary>
    public string BaseName { get; } = StripPrefix(Name);

    public string TypeLabel => Type == RegionType.Kota ? "Kota" : "Kabupaten";

    private static string StripPrefix(string name)
    {
        foreach (var prefix in new[] { "Kota Administrasi ", "Kabupaten Administrasi ", "Kota ", "Kabupaten " })
            if (name.StartsWith(prefix, StringComparison.Ordinal)) return name[prefix.Length..];
        return name;
    }
}

/// <summary>One row of participants.csv: a region recorded as a participant in a year, and where that comes from.</summary>
public sealed record Participation(int Year, string RegionName, string Source);

/// <summary>How complete the recorded participant list of a year is.</summary>
public enum ListCoverage { Complete, Partial, None }
