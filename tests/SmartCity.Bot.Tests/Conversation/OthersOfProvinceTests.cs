
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: the other participants of a province asked right after one of its regions leave that
/// region out (said first: "Selain …"), and a list of the same province asked without an "other" word still holds it.
/// </summary>
public sealed class OthersOfProvinceTests : ConversationThroughTheBot
{
    [Fact]
    public async Task The_others_of_a_pointed_province_leave_out_the_region_asked_of()
    {
        const string c = "others-of-province";
        Assert.Contains("2019", await Say("Kota Kediri ikut program smart city?", c, "u-op"));
        var reply = await Say("yang lainnya dari provinsi tersebut siapa?", c, "u-op");
        Assert.Contains("Selain Kota Kediri", reply);
        Assert.Contains("Kota Madiun", reply);
        Assert.DoesNotContain("Kota Batu, Kota Kediri", reply);
    }

    [Fact]
    public async Task The_whole_province_asked_without_an_other_word_still_holds_the_region()
    {
        const string c = "whole-province";
        Assert.Contains("2019", await Say("Kota Kediri ikut program smart city?", c, "u-wp"));
        var reply = await Say("peserta dari provinsi tersebut siapa saja?", c, "u-wp");
        Assert.DoesNotContain("Selain Kota Kediri", reply);
        Assert.Contains("Kota Kediri", reply);
    }
}
