using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// Years from one to another asked of a place ("dari 2018 sampai 2023", "2018–2023"): the place's participants over the
/// whole span, not the first year's alone (<see cref="YearRange"/>, <see cref="ParticipationAnswers.ForProvince"/>).
/// </summary>
public sealed class YearRangeTests
{
    private static readonly ParticipationAnswers Answers = new(RegionData.Registry);

    [Theory]
    [InlineData("dari 2018 sampai 2023 bali berapa daerah yg ikut", 2018, 2023)]
    [InlineData("peserta jawa tengah 2023-2018", 2018, 2023)]
    [InlineData("kab/kota banten yg ikut 2017 hingga 2019", 2017, 2019)]
    public void Two_years_joined_by_a_dash_or_a_word_closing_a_span_are_a_span(string text, int from, int to) =>
        Assert.Equal(new YearRange(from, to), YearRange.AskedIn(text));

    [Theory]
    [InlineData("peserta bali 2018 dan 2023")]
    [InlineData("peserta bali sampai 2023")]
    [InlineData("peserta bali 2018")]
    public void Two_years_side_by_side_or_one_year_are_no_span(string text) =>
        Assert.Null(YearRange.AskedIn(text));

    [Fact]
    public void A_provinces_participants_over_a_span_are_every_year_within_it()
    {
        var card = Answers.ForProvince("Bali", null, span: new YearRange(2017, 2023));
        Assert.Contains("2017–2023", card.Body);
        Assert.Contains("(4 daerah", card.Body);
        Assert.Contains(card.Items, i => i.Contains("Kabupaten Buleleng", StringComparison.Ordinal));
        Assert.DoesNotContain(card.Items, i => i.Contains("Kabupaten Gianyar", StringComparison.Ordinal)); // 2024, outside the span
    }
}
