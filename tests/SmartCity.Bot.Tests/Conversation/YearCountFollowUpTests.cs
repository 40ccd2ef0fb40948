
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: one year's line after a per-year count, that year's participants after a bare list
/// request, a bare count after a year was spoken of (also pointed at as "waktu itu", "saat itu"), and a business's own wish to cooperate as the collaboration form.
/// </summary>
public sealed class YearCountFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_year_after_a_per_year_count_is_that_year_line_and_then_its_participants()
    {
        const string c = "year-line";
        Assert.Contains("**2019**", await Say("jumlah seluruh peserta gerakan smart city dari dulu sampai sekarang ada berapa", c, "u-yl"));
        var line = await Say("lalu 2023 berapa?", c, "u-yl");
        Assert.Contains("2023", line);
        Assert.DoesNotContain("**2017**", line); // the year's line, not the table again
        var list = await Say("siapa saja?", c, "u-yl");
        Assert.Contains("Kota Sabang", list);    // a 2023 participant
        Assert.DoesNotContain("**2018**", list);
    }

    [Fact]
    public async Task A_range_written_with_both_ends_over_complete_lists_adds_up_the_cohorts_official_sizes()
    {
        const string c = "range-total";
        var reply = await Say("dari 2017 sampai 2019 jumlah pesertanya berapa?", c, "u-rt");
        Assert.Contains("**100", reply);
        Assert.DoesNotContain("191", reply);
        // The range counted is broken down next, whichever answer counted it (the cohorts' figures answer first).
        var perYear = await Say("tiap tahunnya?", c, "u-rt");
        Assert.Contains("**2018**: 50", perYear);
        Assert.DoesNotContain("198", perYear);
        Assert.Contains("Rata-rata 33,3", await Say("rata-rata?", c, "u-rt"));
    }

    [Fact]
    public async Task A_range_reaching_a_year_known_in_part_is_left_to_the_documents_and_two_years_are_no_range()
    {
        Assert.Contains("191", await Say("dari 2017 sampai 2022 jumlah pesertanya berapa?", "range-partial", "u-rp"));
        Assert.DoesNotContain("menurut jumlah resmi setiap angkatan", await Say("jumlah peserta 2017 dan 2019 berapa?", "two-years", "u-ty"));
    }

    [Theory]
    [InlineData("surat undangan MoU 2024 tanggal berapa?", "pesertanya berapa?", "angkatan 2024")]
    [InlineData("kalau 2021 fokusnya apa?", "pesertanya brp?", "angkatan 2021")]
    [InlineData("tahun 2022 itu temanya apa", "ada berapa pesertanya", "angkatan 2022")]
    public async Task A_bare_count_after_a_year_counts_that_years_participants_not_a_length(string first, string count, string cohort)
    {
        var c = $"bare-count-{cohort}";
        await Say(first, c, $"u-{c}");
        var reply = await Say(count, c, $"u-{c}");
        // Reread with the year after "berapa" ("… berapa tahun 2024") it asked a length and got "dinilai setahun sebelum …".
        Assert.Contains(cohort, reply);
        Assert.DoesNotContain("setahun", reply);
    }

    [Fact]
    public async Task A_bare_list_request_after_a_year_count_lists_that_year()
    {
        const string c = "list-after-count";
        await Say("peserta angkatan 2024 ada berapa daerah?", c, "u-lc");
        var reply = await Say("sebutkan dong", c, "u-lc");
        Assert.Contains("Kabupaten Purbalingga", reply);
    }

    [Fact]
    public async Task A_bare_list_request_long_after_a_count_is_not_that_year()
    {
        const string c = "list-later";
        await Say("peserta angkatan 2024 ada berapa daerah?", c, "u-ll");
        await Say("apa itu smart branding?", c, "u-ll");
        var reply = await Say("sebutkan dong", c, "u-ll");
        Assert.DoesNotContain("Kabupaten Purbalingga", reply);
    }

    [Fact]
    public async Task A_business_stating_its_own_wish_to_cooperate_gets_the_collaboration_form()
    {
        const string c = "wish-collab";
        var reply = await Say("Kami lembaga riset dan berminat bermitra dengan pemda peserta smart city, bagaimana prosedurnya?", c, "u-wc");
        Assert.Contains("berkolaborasi", reply);
    }

    [Fact]
    public async Task How_regions_cooperate_asked_without_a_wish_stays_with_the_documents()
    {
        const string c = "no-wish";
        var reply = await Say("bagaimana cara pemda peserta bekerja sama dengan swasta?", c, "u-nw");
        Assert.DoesNotContain("Anda ingin berkolaborasi", reply);
    }

    [Fact]
    public async Task A_range_end_alone_after_a_count_is_the_count_up_to_that_year_not_the_status_check()
    {
        const string c = "range-end";
        await Say("saya dari Diskominfo Kabupaten Wonosobo. berapa jumlah peserta smart city tahun 2017?", c, "u-re");
        await Say("kalau 2018?", c, "u-re");
        var reply = await Say("kalau sampai 2022?", c, "u-re");
        Assert.Contains("198", reply); // 2017–2022, counted from the first cohort
        Assert.DoesNotContain("Status Kabupaten Wonosobo", reply);
    }

    [Fact]
    public async Task A_range_end_alone_with_no_count_before_is_not_read_as_a_count()
    {
        const string c = "range-end-cold";
        await Say("saya dari Diskominfo Kabupaten Wonosobo. apa itu smart branding?", c, "u-rc");
        var reply = await Say("kalau sampai 2022?", c, "u-rc");
        Assert.DoesNotContain("198", reply);
    }

    [Theory]
    [InlineData("berapa daerah yang ikut saat itu?")]
    [InlineData("berapa daerah waktu itu")]
    [InlineData("kala itu yg ikut berapa daerah")]
    public async Task A_bare_count_pointing_at_the_time_just_spoken_of_counts_that_years_participants(string count)
    {
        var c = "same-time-count-" + count.Length;
        Assert.Contains("15 Mei 2019", await Say("mou 2019 kapan ya?", c, "u-stc" + count.Length));
        var reply = await Say(count, c, "u-stc" + count.Length);
        Assert.Contains("25 daerah", reply);
        Assert.Contains("Kota Magelang", reply);
    }

    [Fact]
    public async Task A_same_time_phrase_with_a_subject_of_its_own_stays_with_the_documents_thread()
    {
        const string c = "same-time-subject";
        Assert.Contains("8 Mei 2018", await Say("mou 2018 di mana?", c, "u-sts"));
        var reply = await Say("yg teken mou waktu itu berapa daerah", c, "u-sts");
        Assert.Contains("50", reply);
        Assert.DoesNotContain("Kota Denpasar", reply); // not the year's participant list
    }
}
