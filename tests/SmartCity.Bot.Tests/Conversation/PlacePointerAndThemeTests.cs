namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: "dari sana" / "from there" with a word asking for others points at the province of the
/// region spoken of (ProvincePointer with knowledge/lexicon/asal-tempat-itu.txt); "which province is this?" is a
/// province question like "which province is it in?"; a field with no recorded programme (knowledge/data/
/// innovation-themes.json) is answered honestly rather than declined as out of scope.
/// </summary>
public sealed class PlacePointerAndThemeTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Others_from_there_are_the_participants_of_the_region_s_province()
    {
        const string c = "others-from-there";
        Assert.Contains("2019", await Say("kota bontang ikut program smart city?", c, "u-ft"));
        var reply = await Say("siapa lagi dari sana?", c, "u-ft");
        Assert.Contains("Kota Balikpapan", reply);
        Assert.DoesNotContain("belum yakin", reply);
    }

    [Fact]
    public async Task Other_regions_from_there_in_English_are_the_province_s_participants()
    {
        const string c = "others-from-there-en";
        Assert.Contains("2017", await Say("did Kota Tomohon join the programme?", c, "u-fe"));
        Assert.Contains("Kota Manado", await Say("were there other participants from there?", c, "u-fe"));
    }

    [Fact]
    public async Task From_there_without_others_does_not_become_a_province_question()
    {
        const string c = "from-there-alone";
        Assert.Contains("2019", await Say("kota bontang ikut program smart city?", c, "u-fa"));
        Assert.DoesNotContain("Kota Balikpapan", await Say("quick win dari sana apa?", c, "u-fa"));
    }

    [Fact]
    public async Task Which_province_is_this_gives_the_province_of_the_region_spoken_of()
    {
        const string c = "which-province-this";
        Assert.Contains("2018", await Say("did Kota Pontianak take part?", c, "u-wp"));
        Assert.Contains("Kalimantan Barat", await Say("which province is this?", c, "u-wp"));
    }

    [Fact]
    public async Task A_field_without_records_is_answered_as_not_recorded()
    {
        const string c = "field-not-recorded";
        var reply = await Say("kabupaten mana yang punya program pertanian cerdas?", c, "u-fn");
        Assert.Contains("Belum ada quick win atau inovasi bidang", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task Any_programme_in_a_field_is_a_search_of_the_regions_records()
    {
        const string c = "programme-in-field";
        Assert.Contains("Kabupaten Banyumas", await Say("apakah ada program smart city untuk persampahan?", c, "u-pf"));
    }
}
