
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: "provinsi tersebut" / "that province" as the province of the region spoken of
/// (ProvincePointer), a year with a trailing question word or an English "only … ones" narrowing the province list just
/// shown, "which of them" before a province narrowing a year's list, "mereka" in a province question, and a two-word
/// cue ("asal saya") making an ordinary-word name a region.
/// </summary>
public sealed class ProvincePointerAndNarrowingTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_pointed_province_is_the_province_of_the_region_spoken_of()
    {
        const string c = "province-pointer";
        Assert.Contains("2019", await Say("Kota Bontang ikut smart city?", c, "u-pp"));
        var reply = await Say("siapa lagi yang ikut dari provinsi tersebut?", c, "u-pp");
        Assert.Contains("Kota Balikpapan", reply);
        Assert.Contains("Kalimantan Timur", reply);
    }

    [Fact]
    public async Task That_province_in_English_is_the_province_of_the_region_spoken_of()
    {
        const string c = "province-pointer-en";
        Assert.Contains("2017", await Say("did Kota Tomohon take part?", c, "u-pe"));
        var reply = await Say("any other participants in that province?", c, "u-pe");
        Assert.Contains("Kota Manado", reply);
    }

    [Fact]
    public async Task A_year_with_a_trailing_question_word_narrows_the_province_list()
    {
        const string c = "year-then-who";
        Assert.Contains("Kota Surabaya", await Say("peserta dari jawa timur siapa saja?", c, "u-yw"));
        var reply = await Say("kalau 2019 saja siapa ya", c, "u-yw");
        Assert.Contains("Kota Madiun", reply);
        Assert.DoesNotContain("Kota Surabaya", reply);
    }

    [Fact]
    public async Task Which_of_them_before_a_province_narrows_the_year_list()
    {
        const string c = "which-of-them";
        Assert.Contains("Kabupaten Cilacap", await Say("Which regencies joined in 2023?", c, "u-wt"));
        var reply = await Say("which of them are in Central Java?", c, "u-wt");
        Assert.Contains("Kabupaten Cilacap", reply);
        Assert.DoesNotContain("Kabupaten Garut", reply);
        Assert.DoesNotContain("Tenggat", reply);
    }

    [Fact]
    public async Task Mereka_in_a_province_question_asks_the_province_of_the_region_spoken_of()
    {
        const string c = "they-province";
        Assert.Contains("2018", await Say("kabupaten kulon progo ikut ga?", c, "u-tp"));
        Assert.Contains("Daerah Istimewa Yogyakarta", await Say("mereka masuk provinsi mana", c, "u-tp"));
    }

    [Fact]
    public async Task A_two_word_cue_makes_an_ordinary_word_name_a_region()
    {
        const string c = "two-word-cue";
        var reply = await Say("asal saya batu, ikut smart city gak?", c, "u-tw");
        Assert.Contains("Kota Batu", reply);
        Assert.Contains("2019", reply);
    }
}
