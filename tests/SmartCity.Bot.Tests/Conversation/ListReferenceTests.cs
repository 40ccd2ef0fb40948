
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: an item of the bot's previous list by position ("yang pertama", "nomor 2"), the one
/// programme just shown ("itu …"), a year's or a province's list asked again for another year or province, a cohort
/// filtered by the province named, partner regions offered for a pillar, a question left out of a collaboration request,
/// a neighbour named with "kami" as a follow-up, the size of a named place's cohort, and a checklist paused and taken up again.
/// </summary>
public sealed class ListReferenceTests : ConversationThroughTheBot
{
    [Fact]
    public async Task An_item_of_the_previous_list_is_read_by_its_position()
    {
        const string c = "list-item";
        var list = await Say("siapa saja peserta tahun 2018 dari Kalimantan Selatan?", c, "u-li");
        Assert.Contains("Kota Banjarbaru", list);
        Assert.Contains("Kota Banjarmasin", list);
        var first = await Say("yang pertama ikut tahun berapa?", c, "u-li");
        Assert.Contains("Kota Banjarbaru", first);
        Assert.DoesNotContain("Kota Banjarmasin", first);
        // The list is still the one pointed into after an item of it was answered.
        var second = await Say("kalau nomor 2?", c, "u-li");
        Assert.Contains("Kota Banjarmasin", second);
        Assert.Contains("2018", second);
    }

    [Fact]
    public async Task Without_a_previous_list_an_ordinal_is_left_as_it_is()
    {
        var reply = await Say("yang kedua itu tahun berapa?", "no-list", "u-nl");
        Assert.DoesNotContain("Kota Banjarbaru", reply);
    }

    [Fact]
    public async Task That_right_after_one_programme_was_shown_is_the_programme()
    {
        const string c = "thing";
        Assert.Contains("Kampoeng Kuliner", await Say("apa inovasi Kota Dumai?", c, "u-th"));
        Assert.Contains("Smart Branding", await Say("itu termasuk pilar apa?", c, "u-th"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_province_list_is_asked_again_for_another_year()
    {
        const string c = "prov-year";
        var y2018 = await Say("daftar peserta dari Sumatera Barat tahun 2018", c, "u-py");
        Assert.Contains("Kota Padang", y2018);
        var y2023 = await Say("kalau 2023?", c, "u-py");
        Assert.Contains("Kabupaten Agam", y2023);
        Assert.Contains("Kota Sawahlunto", y2023);
        Assert.DoesNotContain("Kota Padang,", y2023);
    }

    [Fact]
    public async Task A_cohort_asked_with_a_province_lists_that_province_only()
    {
        const string c = "cohort-prov";
        await Say("kami dari Pemkab Klaten", c, "o-cp");
        await Say("batal", c, "o-cp");
        var reply = await Say("yang dari Jawa Tengah seangkatan dengan kami siapa?", c, "o-cp");
        Assert.Contains("Kabupaten Banyumas", reply);
        Assert.DoesNotContain("Kota Depok", reply);
    }

    [Fact]
    public async Task A_year_list_says_the_official_cohort_size_when_the_recorded_list_differs()
    {
        const string c = "official-size";
        await Say("Kota Pekanbaru ikut tahun berapa?", c, "u-os");
        var reply = await Say("tahun itu ada berapa peserta?", c, "u-os");
        Assert.Contains("50", reply);
    }

    [Fact]
    public async Task Partners_for_a_pillar_are_offered_from_the_showcase()
    {
        var reply = await Say("kami startup, ingin mencari daerah mitra untuk kerja sama di pilar smart governance", "partner-pillar", "b-pp");
        Assert.Contains("Kabupaten Bojonegoro", reply);
        Assert.Contains("Kota Bandung", reply);
    }

    [Fact]
    public async Task A_question_about_a_place_leaves_the_collaboration_request_and_is_answered()
    {
        const string c = "collab-question";
        Assert.Contains("kabupaten/kota mana", await Say("kami konsultan, mau cari daerah mitra kerja sama di bidang smart environment", c, "b-cq"));
        var reply = await Say("Kota Bandung itu ikut sejak tahun berapa ya?", c, "b-cq");
        Assert.Contains("2017", reply);
        Assert.DoesNotContain("Formulir", reply);
    }
    [Fact]
    public async Task A_neighbour_named_with_kami_after_a_participation_answer_is_the_same_question_about_it()
    {
        const string c = "neighbour-follow";
        Assert.Contains("2017", await Say("Kabupaten Sleman ikut tahun berapa?", c, "u-nf"));
        var reply = await Say("kalau tetangga kami Kabupaten Bantul?", c, "u-nf");
        Assert.Contains("Kabupaten Bantul", reply);
        Assert.Contains("2018", reply);
    }

    [Fact]
    public async Task How_many_were_in_a_named_places_cohort_is_the_cohorts_list()
    {
        const string c = "cohort-count";
        await Say("Kota Batu ikut smart city?", c, "u-cc");
        var reply = await Say("kalau Kota Kediri, berapa peserta seangkatannya?", c, "u-cc");
        Assert.Contains("Untuk Kota Kediri", reply);
        Assert.Contains("25 daerah", reply);
    }
    [Fact]
    public async Task A_checklist_paused_for_later_keeps_its_answers_and_can_be_taken_up_again()
    {
        const string c = "pause-resume";
        Assert.Contains("Kabupaten Blora", await Say("kami dari Pemkab Blora, mau isi checklist", c, "o-pr"));
        Assert.Contains("tersimpan", await Say("nanti saja, saya mau tanya atasan dulu", c, "o-pr"));
        Assert.Contains("Apakah", await Say("teruskan pengisian checklistnya", c, "o-pr"));
    }
}
