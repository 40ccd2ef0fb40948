using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages, the shipped knowledge: "yang kabupaten/kota" inside a longer question and after a
/// correction points at the namesake of the subject or of the officer's own region; "kota mana" asks which place; a
/// year the conversation lends ("tahun itu", "tahun kami") is the year of the question, so a list dated per year shows
/// that year's lines; a region's section answers "&lt;thing&gt;nya" only when it speaks of that thing; "kalau kami?" after
/// another region's cohort event asks the officer's own.
/// </summary>
public sealed class HomonymAndLentYearTests : BotWithKnowledge
{
    [Fact]
    public async Task After_a_correction_to_the_kota_the_kabupaten_one_is_asked_of_its_own_cohort()
    {
        const string c = "corrected-namesake";
        Assert.Contains("2018", await Say("kami dari Pemkab Pasuruan, sudah ikut smart city?", c, "u-cn"));
        Assert.Contains("Kota Pasuruan", await Say("eh salah, kami Pemkot Pasuruan", c, "u-cn"));
        var reply = await Say("kalau yang kabupaten penandatanganan nota kesepahamannya kapan?", c, "u-cn");
        Assert.Contains("8 Mei 2018", reply);
        Assert.DoesNotContain("Kabupaten Kan", reply);
    }

    [Fact]
    public async Task The_kabupaten_one_after_another_kabupaten_was_the_subject_is_the_officers_namesake()
    {
        const string c = "namesake-of-own";
        Assert.Contains("2023", await Say("saya operator Kota Blitar, kami angkatan berapa?", c, "u-no"));
        Assert.Contains("2017", await Say("Kabupaten Banyuwangi ikut tahun berapa?", c, "u-no"));
        var reply = await Say("kalau yang kabupaten ikut kapan?", c, "u-no");
        Assert.Contains("Kabupaten Blitar", reply);
        Assert.Contains("2018", reply);
    }

    [Fact]
    public async Task Which_city_asks_a_place_and_does_not_pick_the_namesake()
    {
        const string c = "which-city";
        Assert.Contains("2018", await Say("Kami dari Kab. Bandung, peserta tahun berapa ya?", c, "u-wc"));
        var reply = await Say("penandatanganannya di kota mana?", c, "u-wc");
        Assert.Contains("Jakarta", reply);
        Assert.DoesNotContain("Kota Bandung tercatat", reply);
    }

    [Fact]
    public async Task That_year_after_a_corrected_cohort_is_the_cohort_the_answer_settled_on()
    {
        const string c = "settled-year";
        Assert.Contains("2018", await Say("kami Pemkot Binjai, angkatan 2019 kan?", c, "u-sy"));
        var reply = await Say("tahun itu nota kesepahamannya ditandatangani di mana?", c, "u-sy");
        Assert.Contains("Jakarta", reply);
        Assert.DoesNotContain("Santika", reply);
    }

    [Fact]
    public async Task A_list_dated_per_year_shows_the_lines_of_the_year_spoken_of()
    {
        const string c = "lines-of-year";
        Assert.Contains("2019", await Say("saya staf diskominfo Kota Madiun, kami ikut tahun berapa?", c, "u-ly"));
        // The documents' answer is the section listing every cohort's agreement, one line per year.
        var reply = await Say("mou tahun itu di mana?", c, "u-ly");
        Assert.Contains("Santika", reply);
        Assert.DoesNotContain("Makassar", reply);
        Assert.DoesNotContain("Senayan", reply);
    }

    [Fact]
    public async Task A_regions_section_about_something_else_does_not_answer_its_closing_event()
    {
        const string c = "owned-thing";
        Assert.Contains("2021", await Say("kami tim smart city Kabupaten Humbang Hasundutan, ikut tahun berapa?", c, "u-ot"));
        var reply = await Say("penutupannya digelar di mana?", c, "u-ot");
        Assert.Contains("ICE BSD", reply);
        Assert.DoesNotContain("24 Juni 2021", reply);
    }

    [Fact]
    public async Task Kalau_kami_after_another_regions_cohort_event_asks_the_officers_own()
    {
        const string c = "own-after-event";
        Assert.Contains("2019", await Say("saya dari dinas kominfo Kabupaten Sragen, angkatan kami tahun berapa?", c, "u-oe"));
        Assert.Contains("2021", await Say("kalau kabupaten wonogiri?", c, "u-oe"));
        Assert.Contains("20 Mei 2021", await Say("mou mereka kapan?", c, "u-oe"));
        var reply = await Say("kalau kami?", c, "u-oe");
        Assert.Contains("15 Mei 2019", reply);
        Assert.DoesNotContain("pengingat", reply);
    }
}
