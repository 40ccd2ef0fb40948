using SmartCity.Bot.Tests.Conversation;

namespace SmartCity.Bot.Tests.Timeline;

/// <summary>
/// Through the real /api/messages: right after a region's cohort event was answered from the data, a follow-up that
/// asks one facet of it (where, whether online) and names nothing else is asked of that same event.
/// </summary>
public sealed class CohortEventFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Where_after_a_regions_agreement_date_is_the_place_of_that_event()
    {
        const string c = "event-place";
        Assert.Contains("2018", await Say("Kota Binjai ikut tahun berapa?", c, "u-ep"));
        Assert.Contains("8 Mei 2018", await Say("penandatanganan nota kesepahamannya kapan?", c, "u-ep"));
        var reply = await Say("di kota mana?", c, "u-ep");
        Assert.Contains("Jakarta", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task Online_after_a_regions_agreement_date_is_the_mode_of_that_event()
    {
        const string c = "event-mode";
        Assert.Contains("2024", await Say("Kabupaten Bangli ikut tahun berapa?", c, "u-em"));
        Assert.Contains("5 Maret 2024", await Say("nota kesepakatannya kapan?", c, "u-em"));
        var reply = await Say("virtual?", c, "u-em");
        Assert.True(reply.Contains("virtual", StringComparison.Ordinal), reply);
        Assert.Contains("5 Maret 2024", reply);
    }
}
