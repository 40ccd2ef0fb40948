
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: "seprovinsi" as the province of the region spoken of, a province's short form with
/// "siapa lagi" as a participation list, "ada berapa?" right after a list, "tahun itu" as the year of the region just
/// shown when no year was spoken of, and "tahun berapa itu?" after an answer about something other than a place.
/// </summary>
public sealed class ProvinceAndYearFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Same_province_lists_the_province_of_the_region_spoken_of()
    {
        const string c = "same-province";
        Assert.Contains("2019", await Say("Kota Bontang ikut smart city sejak kapan?", c, "u-sp"));
        var reply = await Say("yang seprovinsi tahun itu siapa saja?", c, "u-sp");
        Assert.Contains("Kota Balikpapan", reply);
        Assert.DoesNotContain("Kota Samarinda", reply); // 2017, not the year spoken of
        Assert.DoesNotContain("Kota Depok", reply);     // the same year, another province
    }

    [Fact]
    public async Task A_province_short_form_asking_who_else_lists_that_province()
    {
        const string c = "short-province";
        Assert.Contains("2017", await Say("Kota Tomohon ikut gerakan smart city?", c, "u-sf"));
        var reply = await Say("dari Kaltim ada siapa lagi ya?", c, "u-sf");
        Assert.Contains("Kota Bontang", reply);
    }

    [Fact]
    public async Task A_short_question_after_a_list_of_a_named_year_asks_of_that_year()
    {
        const string c = "event-after-list";
        Assert.Contains("Kota Solok", await Say("siapa saja peserta tahun 2024?", c, "u-el"));
        var reply = await Say("penandatanganan mou-nya tanggal berapa", c, "u-el");
        Assert.Contains("5 Maret 2024", reply);
    }

    [Fact]
    public async Task Examples_after_a_why_answer_are_examples_of_its_topic()
    {
        const string c = "examples-after-why";
        Assert.Contains("quick win", await Say("mengapa quick win itu penting?", c, "u-ew"));
        var reply = await Say("contohnya?", c, "u-ew");
        Assert.DoesNotContain("Quick win adalah program", reply);
    }

    [Fact]
    public async Task How_many_right_after_a_list_counts_that_list()
    {
        const string c = "count-after-list";
        Assert.Contains("Kabupaten Purbalingga", await Say("peserta tahun 2024 siapa saja?", c, "u-cl"));
        var reply = await Say("ada berapa?", c, "u-cl");
        Assert.Contains("10 daerah", reply);
    }

    [Fact]
    public async Task That_year_with_no_year_spoken_of_is_the_year_of_the_region_shown()
    {
        const string c = "subject-year";
        Assert.Contains("Sinotika", await Say("inovasi Kabupaten Temanggung apa saja?", c, "u-sy"));
        var reply = await Say("tahun itu siapa saja pesertanya?", c, "u-sy");
        Assert.Contains("Kabupaten Wonogiri", reply);
    }

    [Fact]
    public async Task Which_year_of_the_thing_just_answered_is_not_the_region_joining_year()
    {
        const string c = "thing-year";
        Assert.Contains("Kabupaten Gunungkidul", await Say("Kabupaten Gunungkidul pernah meraih penghargaan apa di smart city?", c, "u-ty"));
        var reply = await Say("pada tahun berapa itu?", c, "u-ty");
        Assert.DoesNotContain("tercatat sebagai peserta Gerakan Menuju Smart City pada tahun 2019", reply);
    }
}
