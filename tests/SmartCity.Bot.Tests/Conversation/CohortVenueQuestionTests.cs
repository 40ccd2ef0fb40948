
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: a venue asked by its kind ("di hotel mana", "hotel apa") is a place question of the
/// user's cohort event as "di mana" is, so the MoU of the user's own cohort year answers it, not another year's.
/// </summary>
public sealed class CohortVenueQuestionTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_venue_asked_by_its_kind_is_of_the_users_cohort_event()
    {
        const string c = "cohort-venue";
        Assert.Contains("2019", await Say("saya dari Kota Batu", c, "u-cv"));
        var reply = await Say("mou kami dulu di hotel mana", c, "u-cv");
        Assert.Contains("Santika", reply);
        Assert.Contains("2019", reply);
    }

    [Fact]
    public async Task Hotel_apa_after_a_cohort_list_is_the_users_cohort_venue()
    {
        const string c = "cohort-venue-2017";
        Assert.Contains("2017", await Say("saya dari Kabupaten Siak", c, "u-cw"));
        Assert.Contains("Kabupaten Pelalawan", await Say("daerah seangkatan kami dari pulau sumatera siapa saja", c, "u-cw"));
        var reply = await Say("tanda tangan mou nya di hotel apa", c, "u-cw");
        Assert.Contains("Four Points", reply);
        Assert.DoesNotContain("Santika", reply);
    }
}
