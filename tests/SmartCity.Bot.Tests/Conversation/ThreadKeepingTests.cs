namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Conversations that keep their thread through /api/messages: a dialog begun for the runner-up intent when the top
/// one has nothing to do, the checklist saying how much is left, a misspelt place as a follow-up, a stopped request
/// taken up again, and the showcase of one pillar.
/// </summary>
public sealed class ThreadKeepingTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Cancel_with_nothing_to_cancel_hands_a_reminder_request_to_the_reminder_dialog()
    {
        var reply = await Say("matikan pengingat saya, gak jadi", "tk-reminder", "warga-1");
        Assert.Contains("pengingat", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task A_reminder_asked_without_a_region_waits_for_the_region()
    {
        const string c = "tk-reminder-region";
        Assert.Contains("kabupaten/kota mana", await Say("tolong ingatkan tenggatnya ya", c, "petugas-9"));
        var reply = await Say("kab. garut", c, "petugas-9");
        Assert.Contains("Kabupaten Garut", reply);
        Assert.Contains("pengingat", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tercatat sebagai peserta", reply);
    }

    [Fact]
    public async Task The_checklist_says_how_many_questions_are_left_and_asks_the_pending_one_again()
    {
        const string c = "tk-progress";
        await Say("cek status Kota Bogor", c, "staf-1");
        var first = await Say("masih berapa lagi pertanyaannya?", c, "staf-1");
        Assert.Contains("Tinggal 3 pertanyaan", first);
        Assert.Contains("(1 dari 3)", first);
        Assert.Matches("(?i)tercatat|dicatat", await Say("sudah", c, "staf-1"));
        var second = await Say("sisa berapa?", c, "staf-1");
        Assert.Contains("Tinggal 2 pertanyaan", second);
        Assert.DoesNotContain("dihentikan", second);
    }

    [Fact]
    public async Task A_misspelt_place_alone_asks_the_same_place_question_about_it()
    {
        const string c = "tk-typo";
        Assert.Contains("2017", await Say("kota samarinda ikut tahun berapa?", c, "warga-2"));
        var reply = await Say("terus kota balikpapn?", c, "warga-2");
        Assert.Contains("Kota Balikpapan", reply);
        Assert.Contains("2019", reply);
    }

    [Fact]
    public async Task A_place_name_that_is_also_a_word_is_a_place_right_after_a_place_question()
    {
        const string c = "tk-common-name";
        Assert.Contains("2018", await Say("is surabaya a smart city participant?", c, "warga-8"));
        var reply = await Say("kalau batu?", c, "warga-8");
        Assert.Contains("Kota Batu", reply);
        Assert.Contains("2019", reply);
        // Without a place question before it, the same word is no place.
        Assert.DoesNotContain("Kota Batu", await Say("kalau batu?", "tk-common-word", "warga-9"));
    }

    [Fact]
    public async Task A_typed_question_after_an_answer_is_no_rating_of_it()
    {
        const string c = "tk-question-no-rating";
        Assert.Contains("2019", await Say("kota batu ikut ga", c, "warga-10"));
        Assert.DoesNotContain("atas masukannya", await Say("kalau sekarang?", c, "warga-10"));
        Assert.DoesNotContain("atas masukannya", await Say("pas itu walikotanya siapa", c, "warga-10"));
        // Typed without a question mark, the same words of praise still rate the answer.
        Assert.Contains("atas masukannya", await Say("mantap, jelas sekali", c, "warga-10"));
    }

    [Fact]
    public async Task A_short_follow_up_goes_on_about_the_year_just_asked()
    {
        const string c = "tk-topic-year";
        Assert.Contains("2022", await Say("seminar penghargaan tahun 2022 kapan?", c, "warga-11"));
        var reply = await Say("hotel apa?", c, "warga-11");
        Assert.Contains("Grand Sahid", reply);
        Assert.DoesNotContain("Santika", reply);
    }

    [Fact]
    public async Task A_request_stopped_half_way_is_taken_up_again_for_the_same_region()
    {
        const string c = "tk-collab";
        await Say("kota dumai bikin inovasi apa?", c, "mitra-1");
        Assert.Contains("Kota Dumai", await Say("saya ingin kerja sama dengan dumai", c, "mitra-1"));
        Assert.Contains("dibatalkan", await Say("batal", c, "mitra-1"));
        var again = await Say("ayo ajukan lagi kerja samanya", c, "mitra-1");
        Assert.Contains("Formulir kolaborasi dengan Kota Dumai", again);
    }

    [Fact]
    public async Task A_showcase_question_naming_a_pillar_and_no_place_lists_the_regions_of_that_pillar()
    {
        var reply = await Say("kab mana yg punya inovasi smart economy?", "tk-pillar", "mitra-2");
        Assert.Contains("Kabupaten Penajam Paser Utara", reply);
        Assert.Contains("Kota Semarang", reply);
    }

    [Fact]
    public async Task Two_close_readings_of_a_short_follow_up_keep_the_dialog_that_answered_the_last_turn()
    {
        const string c = "tk-tie";
        Assert.StartsWith("Tenggat", await Say("jadwal terdekat apa aja", c, "staf-2"));
        var reply = await Say("yang setelahnya", c, "staf-2");
        Assert.DoesNotContain("maksud Anda yang mana", reply);
        Assert.StartsWith("Tenggat", reply);
    }
}
