
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Multi-turn behaviours through the real /api/messages: an introduction with a province and a request, an
/// introduction that asks nothing yet, "kami" after another region, a neighbour named with "kami", a point-back
/// word during a participation follow-up, a same-name region in a showcase question, a count of a remembered year.
/// </summary>
public sealed class IntroductionAndReferenceTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_request_after_the_place_and_its_province_is_read_as_the_request()
    {
        var reply = await Say("Pagi, saya Dewi dari Bappeda Kabupaten Wonosobo, Provinsi Jawa Tengah, mohon dicek kemajuan program kami", "intro-prov", "o-wsb");
        Assert.Contains("Status Kabupaten Wonosobo", reply);
    }

    [Fact]
    public async Task An_introduction_that_asks_nothing_yet_is_acknowledged_with_the_region()
    {
        const string c = "intro-vague";
        var reply = await Say("halo kak, kami dari diskominfo kab klaten nih, mau tanya2 dong", c, "o-klt");
        Assert.Contains("Kabupaten Klaten", reply);
        Assert.DoesNotContain("belum yakin", reply);
        Assert.Contains("2019", await Say("kami gabung tahun berapa?", c, "o-klt"));
    }

    [Fact]
    public async Task Kami_after_another_region_was_answered_means_the_users_own_region()
    {
        const string c = "own-after-other";
        await Say("kami dari Pemkab Tabalong", c, "o-tbl");
        Assert.Contains("dihentikan", await Say("batal", c, "o-tbl"));
        var other = await Say("Kabupaten Banyuasin ikut tahun berapa?", c, "o-tbl");
        Assert.Contains("2017", other);
        var own = await Say("kalau kami sendiri ikut tahun berapa?", c, "o-tbl");
        Assert.Contains("Kabupaten Tabalong", own);
        Assert.Contains("2019", own);
    }

    [Fact]
    public async Task A_neighbour_named_with_kami_does_not_replace_the_users_region()
    {
        const string c = "neighbour";
        await Say("kami dari Pemkab Tabalong", c, "o-nb");
        await Say("batal", c, "o-nb");
        var neighbour = await Say("tetangga kami, Kabupaten Hulu Sungai Selatan, ikut tahun berapa?", c, "o-nb");
        Assert.Contains("Hulu Sungai Selatan", neighbour);
        Assert.Contains("2023", neighbour);
        var cohort = await Say("angkatan kami tahun berapa?", c, "o-nb");
        Assert.Contains("2019", cohort);
        Assert.DoesNotContain("2023", cohort);
    }

    [Fact]
    public async Task A_point_back_place_word_after_a_participation_answer_goes_to_the_asked_capability()
    {
        const string c = "collab-pointback";
        Assert.Contains("2018", await Say("Kota Surakarta ikut sejak kapan?", c, "biz"));
        var collab = await Say("kami mau kolaborasi dengan kota tersebut", c, "biz");
        Assert.Contains("Kota Surakarta", collab);
        Assert.Matches("(?i)kolaborasi|formulir", collab);
        Assert.DoesNotContain("tercatat sebagai peserta", collab);
    }

    [Fact]
    public async Task A_showcase_question_naming_a_kabupaten_and_kota_alike_shows_the_one_that_took_part()
    {
        var reply = await Say("mojokerto punya inovasi apa?", "showcase-same-name", "citizen");
        Assert.Contains("Kabupaten Mojokerto", reply);
        Assert.Contains("Mojo Culture", reply);
    }

    [Fact]
    public async Task A_count_of_the_year_spoken_of_is_the_years_list_with_its_size()
    {
        const string c = "count-year";
        Assert.Contains("2019", await Say("Kota Banda Aceh ikut tahun berapa?", c, "citizen-2"));
        var count = await Say("ada berapa peserta di tahun itu?", c, "citizen-2");
        Assert.Contains("2019", count);
        Assert.Contains("25 daerah", count);
    }

    [Fact]
    public async Task The_one_region_a_documents_answer_speaks_of_is_what_daerah_itu_points_to()
    {
        const string c = "subject-from-answer";
        Assert.Contains("Kabupaten Penajam Paser Utara", await Say("Serbu Gass itu program apa?", c, "citizen-3"));
        var year = await Say("daerah itu ikut tahun berapa?", c, "citizen-3");
        Assert.Contains("Kabupaten Penajam Paser Utara", year);
        Assert.Contains("2022", year);
    }

    [Fact]
    public async Task An_aside_about_the_conversation_does_not_send_a_cohort_question_to_the_documents()
    {
        const string c = "aside";
        await Say("kami dari Pemkot Probolinggo", c, "o-pbl");
        await Say("batal", c, "o-pbl");
        var cohort = await Say("oh iya, sebelum lanjut: kami ini masuk angkatan tahun berapa?", c, "o-pbl");
        Assert.Contains("Kota Probolinggo", cohort);
        Assert.Contains("2018", cohort);
    }

    [Fact]
    public async Task An_english_chat_keeps_its_region_and_year()
    {
        const string c = "english";
        Assert.Contains("2019", await Say("Hi, we are from Pemkot Bontang. Which year did we join?", c, "o-bnt"));
        var count = await Say("how many regions joined that year?", c, "o-bnt");
        Assert.Contains("2019", count);
        Assert.Contains("25 daerah", count);
    }

    [Fact]
    public async Task Kalau_kami_sendiri_repeats_the_place_question_for_the_users_own_region()
    {
        const string c = "own-follow-up";
        await Say("kami dari Pemkot Cilegon", c, "o-clg");
        await Say("batal", c, "o-clg");
        Assert.Contains("2024", await Say("Kabupaten Serang ikut tahun berapa?", c, "o-clg"));
        var own = await Say("kalau kami sendiri?", c, "o-clg");
        Assert.Contains("Kota Cilegon", own);
        Assert.Contains("2019", own);
    }

    [Fact]
    public async Task A_speakers_self_description_before_the_request_is_who_asks_not_what()
    {
        var reply = await Say("Kami biro perjalanan, ingin melihat showcase smart city Kabupaten Ngada", "speaker", "biz-2");
        Assert.Contains("Kabupaten Ngada", reply);
        Assert.Contains("Tololela", reply);
    }

    [Fact]
    public async Task A_bare_participation_question_after_a_region_was_spoken_of_is_about_that_region()
    {
        const string c = "bare-subject";
        await Say("Kabupaten Wonogiri pernah dapat penghargaan apa?", c, "citizen-4");
        var year = await Say("ikutnya tahun brp?", c, "citizen-4");
        Assert.Contains("Untuk Kabupaten Wonogiri", year); // the assumption is said
        Assert.Contains("2021", year);
        // With no region spoken of, the same words are no participation answer about some region.
        Assert.DoesNotContain("Untuk Kabupaten", await Say("ikutnya tahun brp?", "bare-none", "citizen-5"));
    }

    [Fact]
    public async Task Daerah_itu_with_nothing_spoken_of_asks_which_one_and_does_not_make_it_the_users_region()
    {
        const string c = "point-back-nothing";
        var ask = await Say("daerah itu ikut tahun berapa?", c, "citizen-6");
        Assert.Contains("Daerah mana yang Anda maksud", ask);
        var answer = await Say("Kabupaten Ciamis", c, "citizen-6");
        Assert.Contains("2023", answer);
        Assert.Contains("Kabupaten atau kota Anda apa", await Say("apakah kota saya ikut?", "point-back-own", "citizen-6"));
    }
}
