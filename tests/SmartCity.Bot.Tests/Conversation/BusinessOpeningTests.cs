using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: a company's team that only says who it is (no region, nothing asked) is greeted with
/// what the bot does for businesses, not asked which region's status to check (issue 8); an officer's introduction with
/// a region and a business that asks something keep their readings.
/// </summary>
public sealed class BusinessOpeningTests : BotWithKnowledge
{
    [Theory]
    [InlineData("kami tim CSR", "u-bo1")]
    [InlineData("hi, we are a private company", "u-bo2")]
    [InlineData("selamat siang, saya dari PT Sentosa Abadi", "u-bo3")]
    [InlineData("kami investor dari luar negeri", "u-bo4")]
    public async Task A_business_introduction_is_greeted_with_what_the_bot_does_for_businesses(string opening, string user)
    {
        var reply = await Say(opening, "business-" + user, user);
        // An English opening gets the English greeting (knowledge/data/english-replies.json).
        var english = opening.StartsWith("hi", StringComparison.Ordinal);
        Assert.Contains(english ? "innovation showcase" : "etalase inovasi", reply);
        Assert.Contains(english ? "collaboration" : "kolaborasi", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Cek status untuk", reply);
    }

    [Fact]
    public async Task An_officer_introduction_with_a_region_still_opens_its_status()
    {
        var reply = await Say("pagi, sy staf pemkot madiun", "business-officer", "u-bo5");
        Assert.Contains("Status Kota Madiun", reply);
    }

    [Fact]
    public async Task A_business_that_asks_is_answered_not_greeted()
    {
        var reply = await Say("kami perusahaan teknologi, ingin melihat inovasi Kota Bogor", "business-asks", "u-bo6");
        Assert.DoesNotContain("selamat datang", reply, StringComparison.OrdinalIgnoreCase);
    }
}
