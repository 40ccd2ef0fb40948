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
/// <param name="SourceName">What a reader sees: the outlet or article title and date.</param>
/// <param name="SourceUrl">The link, when the source has one.</param>
public sealed record Participation(int Year, string RegionName, string SourceName, string SourceUrl)
{
    /// <summary>The source as shown to users: its name, then its link.</summary>
    public string Source => SourceUrl.Length > 0 ? $"{SourceName}, {SourceUrl}" : SourceName;
}

/// <summary>One row of cohorts.csv: how a year's cohort is described, its official size, and the names people use for it.</summary>
/// <param name="Repeats">how many of the cohort had taken part in an earlier year (counted once in a total of distinct regions).</param>
/// <param name="Note">what a reader should know about the size ("70 diumumkan, 48 menjalani bimtek"), or empty.</param>
/// <param name="ListNote">why the names recorded for the year number other than its official size (cohorts.csv list_note), or empty.</param>
public sealed record Cohort(int Year, string Description, int? OfficialSize, IReadOnlyList<string> Names, int Repeats = 0, string Note = "", string ListNote = "");

/// <summary>How complete the recorded participant list of a year is.</summary>
public enum ListCoverage { Complete, Partial, None }

/// <summary>One row of islands.csv: an island group ("Kalimantan"), the words people use for it, and its provinces.</summary>
public sealed record Island(string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Provinces);
