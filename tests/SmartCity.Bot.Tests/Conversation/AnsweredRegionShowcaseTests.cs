
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: right after an answer that named one region (the 2017 winner), "inovasinya apa?" asks
/// about that region, not about the asker's own, which they still get by saying so ("daerah kami").
/// </summary>
public sealed class AnsweredRegionShowcaseTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_showcase_asked_with_nya_after_an_answer_naming_a_region_is_that_regions()
    {
        const string c = "answered-region-showcase";
        Assert.Contains("Kota Bogor", await Say("saya dari kota bogor", c, "u-ars"));
        Assert.Contains("Kota Tangerang", await Say("kota apa yang menang penghargaan 2017?", c, "u-ars"));
        var theirs = await Say("inovasinya apa?", c, "u-ars");
        Assert.Contains("Kota Tangerang", theirs);
        Assert.DoesNotContain("Kota Bogor", theirs);
        Assert.Contains("Kota Bogor", await Say("inovasi daerah kami apa?", c, "u-ars"));
    }
}
