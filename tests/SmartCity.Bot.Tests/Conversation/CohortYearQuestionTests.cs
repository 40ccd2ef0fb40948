namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: once an officer has said which region they are from, "angkatan kita" and a stage of
/// "our" cohort ask about the cohort's own year — a list dated per year answers with that year's line only (its date,
/// its count of regions invited), not every year's. Right after the officer asked about another region, a bare
/// "mou nya?" is that region's event, not the officer's own cohort's.
/// </summary>
public sealed class CohortYearQuestionTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Our_cohorts_agreement_date_is_that_years_line_only()
    {
        const string c = "cohort-mou-date";
        Assert.Contains("Kendal", await Say("kami dari Pemkab Kendal", c, "u-cm"));
        var reply = await Say("kapan tanggal MoU angkatan kita?", c, "u-cm");
        Assert.Contains("8 Mei 2018", reply);
        Assert.DoesNotContain("22 Mei 2017", reply);
        Assert.DoesNotContain("5 Maret 2024", reply);
    }

    [Fact]
    public async Task Regions_invited_to_our_assessment_are_our_years_count()
    {
        const string c = "cohort-invited";
        Assert.Contains("Tangerang Selatan", await Say("kami dari Kota Tangerang Selatan", c, "u-ci"));
        var reply = await Say("assessment dulu mengundang berapa daerah ya?", c, "u-ci");
        Assert.Contains("80 daerah", reply); // 2017
        Assert.DoesNotContain("107", reply); // 2019's
    }

    [Fact]
    public async Task A_bare_event_right_after_another_region_is_that_regions()
    {
        const string c = "cohort-other-event";
        Assert.Contains("Kendal", await Say("saya operator Kabupaten Kendal", c, "u-co"));
        Assert.Contains("2019", await Say("Kota Ambon ikut tahun berapa?", c, "u-co"));
        var reply = await Say("mou nya?", c, "u-co");
        Assert.Contains("15 Mei 2019", reply);
        Assert.DoesNotContain("8 Mei 2018", reply); // Kendal's own cohort
    }
}
