using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages, officers' threads (tuning-conversations-52): an acknowledgement and "lanjut" before an
/// answer word ("ok lanjut, sudah") record the answer, while "ok lanjut" alone only shows the pending question again;
/// a bare "terus?" while the checklist waits is the pending question, not an out-of-scope reply; "bimtek kami kapan
/// dilaksanakan" after the officer named a region is that region's cohort year's bimtek, not the year's stage list, while
/// "bimteknya berapa tahap" stays the programme's; "eh maaf, sebenarnya sy di kabupaten" from an officer of the kota of
/// that name answers for the kabupaten, which is theirs from then on.
/// </summary>
public sealed class MixedChecklistReplyAndOwnStageTests : BotWithKnowledge
{
    private async Task StartChecklistAsync(string conversation, string user, string region)
    {
        Assert.Contains($"Status {region}", await Say($"sore, sy PIC smart city {region.ToLowerInvariant()}, mau cek status daerah kami", conversation, user));
    }

    [Fact]
    public async Task An_acknowledgement_and_carry_on_word_before_an_answer_record_the_answer()
    {
        const string c = "ack-carry-on-answer";
        await StartChecklistAsync(c, "u-aca", "Kabupaten Katingan");
        var reply = await Say("ok lanjut, belum", c, "u-aca");
        Assert.Contains("Tercatat", reply);
        Assert.Contains("**belum**", reply);
        Assert.Contains("(2/4)", reply);
    }

    [Fact]
    public async Task An_acknowledgement_and_carry_on_word_alone_record_nothing()
    {
        const string c = "ack-carry-on-only";
        await StartChecklistAsync(c, "u-aco", "Kabupaten Mojokerto");
        var reply = await Say("ok lanjut", c, "u-aco");
        Assert.DoesNotContain("Tercatat:", reply);
        Assert.Contains("(1/4)", reply);
    }

    [Fact]
    public async Task A_bare_next_word_while_the_checklist_waits_shows_the_pending_question()
    {
        const string c = "bare-next-in-checklist";
        await StartChecklistAsync(c, "u-bnc", "Kabupaten Kebumen");
        await Say("sudah", c, "u-bnc");
        var reply = await Say("terus?", c, "u-bnc");
        Assert.DoesNotContain("di luar cakupan", reply);
        Assert.DoesNotContain("Tercatat:", reply);
        Assert.Contains("(2/4)", reply);
    }

    [Fact]
    public async Task A_stage_of_ours_is_asked_of_our_cohort_year()
    {
        const string c = "own-stage-year";
        Assert.Contains("2019", await Say("pagi min, sy dr bappeda kab tabalong kalsel, kab kami ikut smart city kan?", c, "u-osy"));
        var reply = await Say("bimtek kami kapan dilaksanakan", c, "u-osy");
        Assert.Contains("Juli", reply);
        Assert.Contains("2019", reply);
        Assert.DoesNotContain("Tahap 9", reply);
        Assert.DoesNotContain("2026", reply);
    }

    [Fact]
    public async Task How_many_parts_a_stage_of_ours_has_is_the_programmes()
    {
        const string c = "own-stage-count";
        Assert.Contains("2019", await Say("pagi min, sy dr bappeda kab tabalong kalsel, kab kami ikut smart city kan?", c, "u-osc"));
        Assert.Contains("empat tahap", await Say("balik ke daerah kami, bimteknya ada berapa tahap", c, "u-osc"));
    }

    [Fact]
    public async Task A_correction_to_the_namesake_answers_for_it_and_makes_it_ours()
    {
        const string c = "namesake-correction";
        await Say("selamat siang, kami dari setda magelang jateng, magelang ikut smart city tahun berapa", c, "u-nsc");
        Assert.Contains("2019", await Say("yg kota", c, "u-nsc"));
        var corrected = await Say("eh maaf, sebenarnya sy di kabupaten", c, "u-nsc");
        Assert.Contains("Kabupaten Magelang", corrected);
        Assert.Contains("2018", corrected);
        var mou = await Say("mou kami tahun itu kapan", c, "u-nsc");
        Assert.Contains("8 Mei 2018", mou);
        Assert.DoesNotContain("15 Mei 2019", mou);
    }
}
