namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: right after the bot said whether a region took part, a short "which province" asks
/// that region's province (the regions data), a question asking something more of provinces is not bent to it, and a
/// short "why" asks why of that region's fact — the documents' reason, not the participants' list again.
/// </summary>
public sealed class SpokenOfRegionFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Which_province_after_a_region_gives_that_regions_province()
    {
        const string c = "spoken-province";
        var first = await Say("kab ngada ikut gak", c, "u-sp");
        Assert.Contains("2021", first);
        var reply = await Say("letaknya di provinsi apa?", c, "u-sp");
        Assert.Contains("Kabupaten Ngada berada di **Provinsi Nusa Tenggara Timur**", reply);
        var most = await Say("provinsi mana yang pesertanya paling banyak", c, "u-sp");
        Assert.Contains("Jawa Tengah", most);
        Assert.DoesNotContain("Kabupaten Ngada berada", most);
    }

    [Fact]
    public async Task Why_after_a_regions_year_gives_the_documents_reason()
    {
        const string c = "spoken-why";
        var first = await Say("kabupaten banyumas ikut tahun berapa", c, "u-sw");
        Assert.Contains("2019", first);
        var reply = await Say("kenapa bukan 2018?", c, "u-sw");
        Assert.Contains("menjalani program pada 2019", reply);
        Assert.DoesNotContain("tidak tercatat sebagai peserta tahun 2018", reply);
    }
    [Fact]
    public async Task Which_province_with_a_type_word_after_a_kota_and_kabupaten_of_one_name_is_that_types()
    {
        const string c = "spoken-province-pair";
        var first = await Say("magelang ikut ga?", c, "u-spp");
        Assert.Contains("Kabupaten Magelang", first);
        var reply = await Say("kabupatennya di provinsi apa", c, "u-spp");
        Assert.Contains("Kabupaten Magelang berada di **Provinsi Jawa Tengah**", reply);
    }

    [Fact]
    public async Task Which_province_with_the_type_word_of_the_region_just_answered_is_its_province()
    {
        const string c = "spoken-province-same-type";
        var first = await Say("kabupaten bogor ikut tahun berapa", c, "u-spt");
        Assert.Contains("2018", first);
        var reply = await Say("kabupatennya di provinsi apa", c, "u-spt");
        Assert.Contains("Kabupaten Bogor berada di **Provinsi Jawa Barat**", reply);
    }
}
