namespace SmartCity.Bot.Regions;

/// <summary>
/// The cohorts of a span of years whose official size cohorts.csv gives: what every count across the years is made of,
/// whichever answer words it (the cohorts' figures, a range counted in a conversation and then broken down per year).
/// One reading of the data, so a total, a year without a new cohort and an average are the same in every reply.
/// </summary>
/// <param name="From">The span's first year, as asked.</param>
/// <param name="To">Its last year, as asked.</param>
/// <param name="Cohorts">The cohorts of known size within it, by year.</param>
public sealed record CohortSpan(int From, int To, IReadOnlyList<Cohort> Cohorts)
{
    /// <summary>The cohorts of <paramref name="sized"/> (of known size, by year) from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static CohortSpan Of(IReadOnlyList<Cohort> sized, int from, int to) =>
        new(from, to, [.. sized.Where(c => c.Year >= from && c.Year <= to)]);

    /// <summary>Every year of the span, in order (none when it ends before it starts).</summary>
    public IEnumerable<int> Years => Enumerable.Range(From, Math.Max(0, To - From + 1));

    /// <summary>The cohort of that year, or null when the year had no new cohort (or its size is unknown).</summary>
    public Cohort? CohortOf(int year) => Cohorts.FirstOrDefault(c => c.Year == year);

    /// <summary>The years of the span with no cohort of known size.</summary>
    public IEnumerable<int> YearsWithout => Years.Where(year => CohortOf(year) is null);

    /// <summary>The participations the span adds up to: each cohort's official size, a region taking part twice counted twice.</summary>
    public int Total => Cohorts.Sum(c => c.OfficialSize!.Value);

    /// <summary>How many of the span's cohorts had taken part in an earlier year.</summary>
    public int Repeats => Cohorts.Sum(c => c.Repeats);

    /// <summary>The mean size of the span's cohorts (years without one not counted); the span must hold a cohort.</summary>
    public double Average => (double)Total / Cohorts.Count;

    /// <summary>The average as a reader writes it, to one decimal with a comma ("33,3"), whatever culture the host has.</summary>
    public string AverageWritten => Average.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
}
