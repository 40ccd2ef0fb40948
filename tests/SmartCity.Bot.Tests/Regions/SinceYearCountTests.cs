using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// A count "sejak"/"since" a year, with no "sampai sekarang" or total beside it, through the real /api/messages: every
/// cohort from that year to the last (knowledge/lexicon/penanda-sejak-kini.txt), not that year's cohort alone nor a
/// decline; "dari tahun X", which also names the year alone, stays that year's count.
/// </summary>
public sealed class SinceYearCountTests : BotWithKnowledge
{
    [Fact]
    public async Task A_count_since_a_year_sums_the_cohorts_from_that_year()
    {
        var reply = await Say("ada berapa kabupaten/kota yang ikut sejak 2019?", "since-year-id");
        Assert.Contains("2019–2024", reply);
        Assert.Contains("**183 keikutsertaan", reply);
        Assert.DoesNotContain("belum yakin", reply);
    }

    [Fact]
    public async Task A_count_since_a_year_asked_in_english_is_answered_in_english()
    {
        var reply = await Say("how many cities and regencies have taken part since 2018?", "since-year-en");
        Assert.Contains("by the official size of each cohort", reply);
        Assert.Contains("2018–2024", reply);
        Assert.Contains("**233 participations", reply);
        Assert.DoesNotContain("outside my scope", reply);
    }

    [Fact]
    public async Task A_count_from_a_year_is_still_that_years_cohort()
    {
        var reply = await Say("peserta dari tahun 2018 ada berapa?", "from-year-id");
        Assert.Contains("**50 kabupaten/kota**", reply);
        Assert.Contains("angkatan 2018 saja", reply);
    }
}
