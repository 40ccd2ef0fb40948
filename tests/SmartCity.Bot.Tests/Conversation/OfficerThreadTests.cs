using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: an officer's thread keeps their region, cohort and year — a cohort event asked alone
/// ("nota kesepakatannya?") and then for the year before, a region a documents' answer only cites as an example not
/// taking the place of the officer's own, two questions in one opening, and "Pemkab X" opening as an introduction; inside
/// the status check, a stage named after an order word asks the programme's order (the check resumes), a bare "langkah
/// berikutnya" the region's own next step.
/// The shipped calendar: its cohort events and their words are what the thread follows.
/// </summary>
public sealed class OfficerThreadTests : BotWithKnowledge
{
    [Fact]
    public async Task A_cohort_event_asked_alone_is_the_officers_and_the_year_before_asks_it_again()
    {
        const string c = "event-thread";
        Assert.Contains("Kediri", await Say("Saya staf Diskominfo Kota Kediri.", c, "u-et"));
        Assert.Contains("15 Mei 2019", await Say("nota kesepakatannya?", c, "u-et"));
        var reply = await Say("oh ya, kalau tahun sebelumnya?", c, "u-et");
        Assert.Contains("8 Mei 2018", reply);
    }

    [Fact]
    public async Task A_correction_naming_only_a_year_asks_the_last_question_of_that_year_and_keeps_the_region()
    {
        const string c = "year-correction";
        Assert.Contains("22 Mei 2017", await Say("penandatanganan nota kesepahaman tahap pertama 2017 tanggal berapa?", c, "u-yc"));
        var reply = await Say("ralat, maksudnya 2022", c, "u-yc");
        Assert.Contains("21 April 2022", reply);
        Assert.DoesNotContain("kabupaten/kota apa", reply);
    }

    [Fact]
    public async Task What_a_region_must_do_next_asked_in_chat_words_is_its_next_steps()
    {
        const string c = "next-chat";
        var reply = await Say("kami kota metro, sekarang harus ngapain dulu?", c, "u-nc");
        Assert.Contains("Langkah berikutnya", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task A_cohort_event_asked_of_the_region_just_answered_gives_its_date()
    {
        const string c = "event-after-participation";
        Assert.Contains("2017", await Say("apakah kota tangerang pernah ikut?", c, "u-ea"));
        var reply = await Say("tanggal teken nota kesepakatan kota tangerang?", c, "u-ea");
        Assert.Contains("22 Mei 2017", reply);
    }

    [Fact]
    public async Task A_current_cycle_deadline_named_after_the_deadlines_is_the_calendars_not_the_cohort_years()
    {
        const string c = "deadline-thread";
        Assert.Contains("Tenggat", await Say("kami dari kota metro, tenggat kami apa saja?", c, "u-dt"));
        var reply = await Say("laporan quick win-nya tanggal berapa?", c, "u-dt");
        Assert.Contains("29 Januari 2027", reply);
        Assert.DoesNotContain("untuk tahun", reply);
    }

    [Fact]
    public async Task A_checklist_answer_hedged_or_set_against_another_is_recorded()
    {
        const string c = "hedged-checklist";
        Assert.Contains("Checklist", await Say("cek status kota metro", c, "u-hc"));
        Assert.Contains("(2/", await Say("sepertinya sudah", c, "u-hc"));
        var reply = await Say("sudah dibahas, namun belum final", c, "u-hc");
        Assert.Contains("(3/", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task A_region_an_answer_cites_does_not_replace_the_officers_own_cohort()
    {
        const string c = "cited-region";
        Assert.Contains("Ciamis", await Say("Saya operator Diskominfo Kabupaten Ciamis.", c, "u-cr"));
        await Say("bagaimana Kominfo memberi tahu daerah yang terpilih?", c, "u-cr");
        var reply = await Say("seangkatan dari jawa barat siapa saja?", c, "u-cr");
        Assert.Contains("Kabupaten Garut", reply); // 2023, Ciamis's cohort
        Assert.DoesNotContain("Kabupaten Badung", reply);
    }

    [Fact]
    public async Task Two_questions_in_one_opening_are_both_answered()
    {
        const string c = "two-questions";
        var reply = await Say("kota kupang ikutnya kapan dan tenggat terdekat kami apa?", c, "u-tq");
        Assert.Contains("2019", reply);
        Assert.Contains("Tenggat", reply);
    }

    [Fact]
    public async Task An_office_word_before_the_place_says_whose_region_it_is()
    {
        const string c = "pemkab-opening";
        await Say("Pemkab Tegal, mau tanya apa itu quick win", c, "u-po");
        Assert.Contains("2023", await Say("kami angkatan tahun berapa?", c, "u-po"));
    }

    [Fact]
    public async Task An_own_cohort_event_asked_by_date_is_the_cohorts_event_not_the_year_joined()
    {
        const string c = "own-event-date";
        Assert.Contains("Bantaeng", await Say("Saya staf Setda Kabupaten Bantaeng.", c, "u-oe"));
        Assert.Contains("28 Februari 2023", await Say("penandatanganan mou kami tanggal berapa ya", c, "u-oe"));
    }

    [Fact]
    public async Task A_cohort_event_after_a_comma_is_answered_as_the_second_question()
    {
        const string c = "comma-event";
        Assert.Contains("Majene", await Say("Saya dari Diskominfo Kabupaten Majene.", c, "u-ce"));
        var reply = await Say("angkatan kami tahun berapa, nota kesepakatannya kapan?", c, "u-ce");
        Assert.Contains("2023", reply);
        Assert.Contains("28 Februari 2023", reply);
    }

    [Fact]
    public async Task A_province_and_year_after_a_regions_answer_lists_that_province()
    {
        const string c = "province-follow-up";
        Assert.Contains("2023", await Say("Kabupaten Wajo ikut tahun berapa?", c, "u-pf"));
        Assert.Contains("Parepare", await Say("kalau tahun 2024 dari sulsel?", c, "u-pf"));
    }

    [Fact]
    public async Task How_long_a_stage_of_ours_lasted_is_asked_of_the_cohorts_year()
    {
        const string c = "stage-length";
        Assert.Contains("Luwu", await Say("Saya operator Diskominfo Kabupaten Luwu.", c, "u-sl"));
        Assert.Matches("lima bulan|4–5 bulan", await Say("bimtek kami berapa lama?", c, "u-sl"));
    }

    [Fact]
    public async Task A_name_both_a_kabupaten_and_a_kota_bear_becomes_the_officers_once_they_pick_one()
    {
        const string c = "homonym-intro";
        var both = await Say("selamat siang, kami dari bappeda bandung, angkatan kami tahun berapa?", c, "u-hi");
        Assert.Contains("Kota Bandung", both);
        Assert.Contains("Kabupaten Bandung", both);
        Assert.Contains("2018", await Say("yang kabupaten", c, "u-hi"));
        // "kami" is now Kabupaten Bandung (2018): its cohort's agreement, not Kota Bandung's (2017, Makassar).
        var own = await Say("penandatanganan nota kesepahaman kami tanggal berapa?", c, "u-hi");
        Assert.Contains("8 Mei 2018", own);
    }

    [Fact]
    public async Task A_province_named_alone_asks_the_kabupaten_or_kota_which_is_then_the_officers()
    {
        const string c = "province-intro";
        var ask = await Say("permisi, saya staf dinas kominfo provinsi sumatera barat", c, "u-pi");
        Assert.Contains("Sumatera Barat", ask);
        Assert.DoesNotContain("di luar cakupan", ask);
        Assert.Contains("Agam", await Say("kabupaten agam", c, "u-pi"));
        Assert.Contains("2023", await Say("kami masuk angkatan mana?", c, "u-pi"));
    }

    [Fact]
    public async Task Still_there_after_a_pause_keeps_the_thread_and_who_to_contact_names_the_ministry()
    {
        const string c = "pause-contact";
        Assert.Contains("Wonosobo", await Say("kami operator smart city kabupaten wonosobo", c, "u-pc"));
        var here = await Say("bot, kamu masih aktif?", c, "u-pc");
        Assert.Contains("masih di sini", here);
        Assert.Contains("Kabupaten Wonosobo", here);
        var contact = await Say("untuk konsultasi masterplan sebaiknya kami menghubungi siapa?", c, "u-pc");
        Assert.Contains("Komdigi", contact);
        Assert.Contains("Diskominfo", contact);
    }

    [Fact]
    public async Task Where_the_officers_cohort_signed_comes_from_the_data_when_the_documents_rank_another_year_first()
    {
        const string c = "own-event-place";
        Assert.Contains("Klaten", await Say("Kami dari Bappeda Kabupaten Klaten.", c, "u-op"));
        var reply = await Say("penandatanganan nota kesepakatan kita di mana tempatnya?", c, "u-op");
        Assert.Contains("15 Mei 2019", reply);
        Assert.DoesNotContain("22 Mei 2017", reply);
    }

    [Fact]
    public async Task A_colleagues_region_is_answered_but_the_officer_keeps_their_own()
    {
        const string c = "colleague-region";
        Assert.Contains("Kota Padang", await Say("saya operator Diskominfo Kota Padang", c, "u-cr"));
        Assert.Contains("2023", await Say("rekan saya dari Kabupaten Agam minta dicek, mereka peserta tahun berapa?", c, "u-cr"));
        var reply = await Say("kalau kami sendiri ikutnya tahun berapa?", c, "u-cr");
        Assert.Contains("Kota Padang", reply);
        Assert.Contains("2018", reply);
    }

    [Fact]
    public async Task A_stage_named_after_an_order_word_inside_the_check_is_the_programmes_order_and_the_check_resumes()
    {
        const string c = "stage-order-in-check";
        Assert.Contains("Checklist", await Say("cek status kabupaten lampung tengah", c, "u-so"));
        var reply = await Say("sebentar, sesudah bimtek tahap berikutnya apa?", c, "u-so");
        Assert.Contains("tahap 6", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Langkah berikutnya untuk", reply);
        Assert.Contains("Checklist", reply);
    }

    [Fact]
    public async Task A_bare_next_step_inside_the_check_stays_the_regions()
    {
        const string c = "bare-next-in-check";
        Assert.Contains("Checklist", await Say("cek status kabupaten lampung tengah", c, "u-bn"));
        Assert.Contains("Langkah berikutnya untuk", await Say("langkah berikutnya apa?", c, "u-bn"));
    }
}
