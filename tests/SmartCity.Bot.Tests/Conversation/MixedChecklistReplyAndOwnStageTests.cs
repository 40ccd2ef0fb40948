using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages, officers' threads (tuning-conversations-52): an acknowledgement and "lanjut" before an
/// answer word ("ok lanjut, sudah") record the answer, while "ok lanjut" alone only shows the pending question again;
/// a bare "terus?" while the checklist waits is the pending question, not an out-of-scope reply; "bimtek kami kapan
/// dilaksanakan" after the officer named a region is that region's cohort year's bimtek, not the year's stage list.
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
}
