namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: "angkatan sebelum/sesudah kami" (entities.json ownCohortBefore/ownCohortAfter) steps
/// from the officer's own cohort, even after another region's year was spoken of.
/// </summary>
public sealed class OwnCohortStepTests : ConversationThroughTheBot
{
    [Fact]
    public async Task The_cohort_before_ours_is_stepped_from_our_cohort_not_the_last_year_spoken_of()
    {
        const string c = "own-cohort-before";
        Assert.Contains("2023", await Say("sy dr diskominfo kab tapanuli tengah, kami ikut gmsc kapan?", c, "u-oc1"));
        Assert.Contains("2018", await Say("kalau pontianak angkatan brp?", c, "u-oc1"));
        var reply = await Say("angkatan sebelum kami ada brp daerah?", c, "u-oc1");
        Assert.Contains("2022", reply);
        Assert.Contains("50", reply);
    }

    [Fact]
    public async Task The_cohort_after_ours_counts_the_next_year()
    {
        const string c = "own-cohort-after";
        await Say("sy staf bappeda kota bengkulu, kami ikut smart city thn brp?", c, "u-oc2");
        var reply = await Say("angkatan sesudah kami ada brp daerah?", c, "u-oc2");
        Assert.Contains("2024", reply);
        Assert.Contains("10", reply);
    }
}
