namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: a thread that keeps its year and its place without naming them again — "tahun
/// sebelumnya"/"tahun berikutnya" as the programme year before/after the one spoken of (2020, with no participants, stepped
/// over), "kami" asking when an event took place as the user's cohort's event, a collaboration asked for right after
/// another region was spoken of, "pilar itu" in a showcase question as the pillar just explained, and "yang kabupaten?"
/// after a kota (with another answer in between) as the kabupaten of that name; "angkatan sesudahnya?" as that cohort's
/// list, "angkatan berikutnya" as the cohort after the one spoken of only when counted (else the next intake).
/// </summary>
public sealed class ThreadOfCohortTests : ConversationThroughTheBot
{
    [Fact]
    public async Task The_year_before_the_one_spoken_of_lists_that_year()
    {
        const string c = "year-before";
        Assert.Contains("Kabupaten Demak", await Say("peserta tahun 2019 siapa saja?", c, "u-yb"));
        var reply = await Say("yang tahun sebelumnya?", c, "u-yb");
        Assert.Contains("Kabupaten Kendal", reply); // 2018
        Assert.DoesNotContain("Kabupaten Demak", reply);
    }

    [Fact]
    public async Task The_year_after_steps_over_a_year_without_participants()
    {
        const string c = "year-after";
        Assert.Contains("Kota Ambon", await Say("siapa saja peserta 2019?", c, "u-ya"));
        var reply = await Say("terus tahun berikutnya bagaimana?", c, "u-ya");
        Assert.Contains("Kabupaten Wonogiri", reply); // 2021: no list for 2020
    }

    [Fact]
    public async Task The_cohort_after_the_officers_own_lists_that_cohort()
    {
        const string c = "cohort-after-own";
        Assert.Contains("2019", await Say("Saya staf Diskominfo Kabupaten Klaten, kami ikut tahun berapa?", c, "u-ca"));
        var reply = await Say("angkatan sesudahnya?", c, "u-ca");
        Assert.Contains("Kabupaten Wonogiri", reply); // 2021: no list for 2020
        Assert.DoesNotContain("Kabupaten Klaten tidak tercatat", reply);
    }

    [Fact]
    public async Task The_next_cohort_counted_is_the_year_after_the_one_spoken_of()
    {
        const string c = "next-cohort-counted";
        Assert.Contains("Kota Ambon", await Say("siapa saja peserta 2019?", c, "u-nc"));
        var reply = await Say("angkatan berikutnya ada berapa daerah?", c, "u-nc");
        Assert.Contains("2021", reply);
        Assert.DoesNotContain("2019 (", reply);
    }

    [Fact]
    public async Task The_next_cohorts_registration_stays_the_next_intake()
    {
        const string c = "next-intake";
        Assert.Contains("2019", await Say("Saya staf Diskominfo Kabupaten Klaten, kami ikut tahun berapa?", c, "u-ni"));
        var reply = await Say("pendaftaran angkatan berikutnya kapan dibuka?", c, "u-ni");
        Assert.DoesNotContain("2021", reply);
        Assert.Matches("(?i)belum diketahui|tidak ditemukan|undang", reply);
    }

    [Fact]
    public async Task A_list_of_a_named_year_after_a_regions_answer_lists_that_year()
    {
        const string c = "named-year-list";
        Assert.Contains("2023", await Say("Saya dari Pemkot Sawahlunto, kami ikut tahun berapa?", c, "u-ny"));
        var reply = await Say("siapa saja peserta angkatan 2024?", c, "u-ny");
        Assert.Contains("Kabupaten Gianyar", reply);
        Assert.DoesNotContain("Kota Sawahlunto tidak tercatat", reply);
    }

    [Fact]
    public async Task When_our_agreement_was_signed_is_the_date_of_our_cohort()
    {
        const string c = "own-cohort-event";
        Assert.Contains("Klaten", await Say("Saya staf Diskominfo Kabupaten Klaten.", c, "u-oe"));
        var reply = await Say("nota kesepakatan kami ditandatangani kapan?", c, "u-oe");
        Assert.Contains("15 Mei 2019", reply);
    }

    [Fact]
    public async Task A_bare_question_where_an_event_was_held_is_the_officers_cohort_event()
    {
        const string c = "bare-cohort-event";
        Assert.Contains("Pekanbaru", await Say("Selamat pagi, kami dari Diskominfo Kota Pekanbaru", c, "u-be"));
        Assert.Contains("Jakarta", await Say("penandatanganan MoU-nya di mana ya", c, "u-be")); // 2018: 8 Mei 2018, Jakarta
    }

    [Fact]
    public async Task A_request_right_after_another_region_is_for_that_region()
    {
        const string c = "request-subject";
        Assert.Contains("Sinotika", await Say("inovasi Kabupaten Temanggung apa saja?", c, "u-rs"));
        var reply = await Say("kami ingin ajukan kerja sama", c, "u-rs");
        Assert.Contains("Kabupaten Temanggung", reply);
        Assert.DoesNotContain("Dengan kabupaten/kota mana", reply);
    }

    [Fact]
    public async Task Innovations_of_that_pillar_are_the_pillar_just_explained_not_the_users_region()
    {
        const string c = "pillar-back";
        Assert.Contains("Ambon", await Say("Saya dari Pemkot Ambon", c, "u-pb"));
        Assert.Contains("hunian", (await Say("smart living itu apa?", c, "u-pb")).ToLowerInvariant());
        var reply = await Say("contoh inovasi pilar itu apa saja?", c, "u-pb");
        Assert.Contains("Depok Smart Pole", reply);
    }

    [Fact]
    public async Task The_other_type_asked_after_an_answer_in_between_is_the_place_of_the_same_name()
    {
        const string c = "sibling";
        Assert.Contains("2019", await Say("Kota Magelang ikut tahun berapa?", c, "u-sb"));
        await Say("apa itu quick win?", c, "u-sb");
        var reply = await Say("kalau yang kabupaten?", c, "u-sb");
        Assert.Contains("Kabupaten Magelang", reply);
        Assert.Contains("2018", reply);
    }
}
