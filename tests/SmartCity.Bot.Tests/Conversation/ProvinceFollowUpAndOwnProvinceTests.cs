namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: "kalau Kabupaten Y?" right after a region's province was given asks Y's province; an
/// officer whose region lies in a province named like its kota ("dari jambi") asking who else of their cohort came from
/// there gets that province's list, not the kota's cohort.
/// </summary>
public sealed class ProvinceFollowUpAndOwnProvinceTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Another_region_right_after_a_province_answer_gets_its_province()
    {
        const string c = "province-then-region";
        Assert.Contains("Sulawesi Tengah", await Say("morowali itu masuk provinsi apa?", c, "u-pf1"));
        var reply = await Say("kalau nunukan?", c, "u-pf1");
        Assert.Contains("Provinsi Kalimantan Utara", reply);
    }

    [Fact]
    public async Task Another_region_after_a_participation_answer_still_gets_its_participation()
    {
        const string c = "participation-then-region";
        await Say("kab poso ikut smart city tahun berapa?", c, "u-pf2");
        var reply = await Say("kalau nunukan?", c, "u-pf2");
        Assert.Contains("2023", reply);
        Assert.DoesNotContain("berada di", reply);
    }

    [Fact]
    public async Task The_province_named_like_its_kota_is_the_officers_province()
    {
        const string c = "own-province-by-name";
        Assert.Contains("2023", await Say("pagi, kami dr jambi, diskominfo kab sarolangun. kami ikut angkatan brp?", c, "u-pf3"));
        var reply = await Say("siapa aja yg seangkatan kami dr jambi?", c, "u-pf3");
        Assert.Contains("Batanghari", reply);
        Assert.DoesNotContain("Untuk Kota Jambi", reply);
    }
}
