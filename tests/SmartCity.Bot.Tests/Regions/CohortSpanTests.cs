using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// The one reading of cohorts.csv over a span of years that every count across the years is built on (the cohorts'
/// figures and a range counted in a conversation): which cohorts it holds, its total, the years without a new cohort
/// and the average.
/// </summary>
public sealed class CohortSpanTests
{
    private static readonly IReadOnlyList<Cohort> Sized =
    [
        new(2017, "tahap pertama", 25, []),
        new(2018, "tahap kedua", 50, []),
        new(2021, "angkatan 2021", 48, [], Repeats: 7),
        new(2022, "angkatan 2022", 50, []),
    ];

    [Fact]
    public void A_span_holds_the_cohorts_within_it_and_the_years_between_them_without_one()
    {
        var span = CohortSpan.Of(Sized, 2018, 2022);
        Assert.Equal([2018, 2021, 2022], span.Cohorts.Select(c => c.Year));
        Assert.Equal([2019, 2020], span.YearsWithout);
        Assert.Equal([2018, 2019, 2020, 2021, 2022], span.Years);
        Assert.Null(span.CohortOf(2019));
        Assert.Equal(48, span.CohortOf(2021)!.OfficialSize);
    }

    [Fact]
    public void The_total_counts_every_participation_and_the_repeaters_are_kept_apart()
    {
        var span = CohortSpan.Of(Sized, 2017, 2022);
        Assert.Equal(173, span.Total);
        Assert.Equal(7, span.Repeats);
    }

    [Fact]
    public void The_average_leaves_out_years_without_a_cohort_and_is_written_with_a_comma()
    {
        var span = CohortSpan.Of(Sized, 2017, 2021);
        Assert.Equal(41.0, span.Average);
        Assert.Equal("41", span.AverageWritten);
        Assert.Equal("37,5", CohortSpan.Of(Sized, 2017, 2018).AverageWritten);
        Assert.Equal("49,3", CohortSpan.Of(Sized, 2018, 2022).AverageWritten);
    }

    [Fact]
    public void A_span_ending_before_it_starts_has_no_years()
    {
        var span = CohortSpan.Of(Sized, 2022, 2018);
        Assert.Empty(span.Years);
        Assert.Empty(span.Cohorts);
    }

    [Fact]
    public void The_registry_reads_spans_from_the_cohorts_of_known_size()
    {
        // cohorts.csv: 2017 25, 2018 50, 2019 25, no cohort in 2020, 2021 48 (7 repeaters), 2022–2023 50, 2024 10.
        var registry = RegionData.Registry;
        Assert.All(registry.SizedCohorts, c => Assert.NotNull(c.OfficialSize));
        Assert.Equal(registry.SizedCohorts.OrderBy(c => c.Year).Select(c => c.Year), registry.SizedCohorts.Select(c => c.Year));
        var span = registry.CohortsOver(2019, 2022);
        Assert.Equal(123, span.Total);
        Assert.Equal([2020], span.YearsWithout);
        Assert.Same(registry.Cohorts, registry.Cohorts); // read once at load, not sorted again per turn
    }
}
