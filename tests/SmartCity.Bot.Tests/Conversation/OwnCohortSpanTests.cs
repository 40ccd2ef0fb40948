namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: an officer's thread leaning on their own cohort as a boundary — everyone up to it
/// ("sampai angkatan kita", penanda-hingga.txt before penunjuk-angkatan-sendiri.txt), the regions that joined before or
/// after it (entities.json ownJoinedBefore/ownJoinedAfter), of a province named or just listed — and the readings
/// around such threads: a counted cohort word ("berapa tahap") is no cohort of ours, an office after the place stays
/// in the introduction, "yang kabupaten" after a list with one kabupaten is that one, "dmn" after a cohort's list asks our cohort's venue.
/// </summary>
public sealed class OwnCohortSpanTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Up_to_our_cohort_counts_every_cohort_from_the_first()
    {
        const string c = "own-span-until";
        Assert.Contains("2018", await Say("saya operator diskominfo kab kutai timur, kami ikut smart city thn brp?", c, "u-os1"));
        var reply = await Say("sampai angkatan kita jumlahnya ada berapa daerah?", c, "u-os1");
        Assert.Contains("75", reply);
        Assert.DoesNotContain("Kabupaten Kutai Timur (angkatan 2018):", reply);
    }

    [Fact]
    public async Task Those_after_us_in_a_province_are_every_later_year_not_the_next_cohort_alone()
    {
        const string c = "own-span-after";
        Assert.Contains("2018", await Say("kami dari pemkab sumenep, ikut gmsc tahun berapa ya?", c, "u-os2"));
        var reply = await Say("yang setelah kita dari jatim siapa saja?", c, "u-os2");
        Assert.Contains("Kota Batu", reply);
        Assert.Contains("Kabupaten Lumajang", reply);
        Assert.DoesNotContain("Kabupaten Gresik", reply);
    }

    [Fact]
    public async Task Those_before_us_after_a_province_list_are_that_province_before_our_year()
    {
        const string c = "own-span-before";
        Assert.Contains("2023", await Say("sy staf bappeda kota sawahlunto, kota kami ikut thn brp?", c, "u-os3"));
        Assert.Contains("Kabupaten Agam", await Say("dari sumbar siapa lagi yg ikut?", c, "u-os3"));
        var reply = await Say("yg sebelum kita", c, "u-os3");
        Assert.Contains("Kota Padang", reply);
        Assert.Contains("Kabupaten Padang Pariaman", reply);
        Assert.DoesNotContain("Kabupaten Agam", reply);
    }

    [Fact]
    public async Task A_counted_cohort_word_asks_the_stages_not_our_cohort()
    {
        const string c = "own-span-stages";
        Assert.Contains("2018", await Say("kami dari dinas kominfo kab sumbawa, ikut gmsc angkatan brp?", c, "u-os4"));
        Assert.Contains("2018", await Say("kota mataram ikut thn brp?", c, "u-os4"));
        var reply = await Say("daerah kami bimtek nya ada brp tahap?", c, "u-os4");
        Assert.Contains("empat", reply);
        Assert.DoesNotContain("48 daerah", reply);
    }

    [Fact]
    public async Task An_office_named_after_the_place_leaves_the_question_to_be_read()
    {
        var reply = await Say("pagi, sy dari kota madiun, bappeda. kami masuk gmsc kapan ya", "own-span-office", "u-os5");
        Assert.Contains("Kota Madiun", reply);
        Assert.Contains("2019", reply);
    }

    [Fact]
    public async Task The_kabupaten_after_a_list_with_one_kabupaten_is_that_one_not_our_namesake()
    {
        const string c = "own-span-type";
        Assert.Contains("2023", await Say("saya admin pemkot gorontalo, kota kami ikut thn brp", c, "u-os6"));
        Assert.Contains("Bone Bolango", await Say("peserta lain dari provinsi gorontalo siapa?", c, "u-os6"));
        var reply = await Say("yang kabupaten itu ikut tahun berapa?", c, "u-os6");
        Assert.Contains("Bone Bolango", reply);
        Assert.Contains("2024", reply);
    }

    [Fact]
    public async Task Where_after_a_cohort_list_asks_the_place_of_our_cohorts_event()
    {
        const string c = "own-span-where";
        Assert.Contains("2017", await Say("kami dari diskominfo kab sidoarjo, ikut tahun brp?", c, "u-os7"));
        Assert.Contains("Gresik", await Say("yg seangkatan dari jawa timur siapa", c, "u-os7"));
        var reply = await Say("penandatanganan mou nya dmn?", c, "u-os7");
        Assert.Contains("Makassar", reply);
        Assert.DoesNotContain("Santika", reply);
    }
}
