using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages (tuning-conversations-60): officers answer a checklist question in a sentence with no
/// "sudah" or "belum" — the state of the thing said by its words (knowledge/lexicon/keadaan-selesai.txt, keadaan-belum.txt):
/// a draft still with the legal office is "belum", a regulation issued (a year in the sentence too) is "sudah", an
/// application "still running" is "sudah" and "not running" is "belum". A sentence with no word of state records nothing.
/// </summary>
public sealed class StateWordChecklistAnswerTests : BotWithKnowledge
{
    private async Task StartChecklistAsync(string conversation, string user, string region) =>
        Assert.Contains("(1/4)", await Say($"selamat pagi, saya operator {region.ToLowerInvariant()}, ingin mengisi checklist smart city", conversation, user));

    [Fact]
    public async Task A_draft_still_being_corrected_is_recorded_as_not_yet()
    {
        const string c = "state-draft";
        await StartChecklistAsync(c, "u-sd", "Kota Kupang");
        var reply = await Say("rancangan perwalinya masih dikoreksi biro hukum", c, "u-sd");
        Assert.Contains("**belum**", reply);
        Assert.Contains("(2/4)", reply);
    }

    [Fact]
    public async Task A_regulation_issued_in_a_named_year_is_recorded_as_done_not_read_as_a_deadline_question()
    {
        const string c = "state-year";
        await StartChecklistAsync(c, "u-sy", "Kabupaten Klaten");
        var reply = await Say("perbup masterplan diundangkan maret 2025", c, "u-sy");
        Assert.Contains("Tercatat", reply);
        Assert.Contains("**sudah**", reply);
        Assert.Contains("(2/4)", reply);
    }

    [Fact]
    public async Task Still_running_is_done_and_not_running_is_not_yet()
    {
        const string c = "state-running";
        await StartChecklistAsync(c, "u-sr2", "Kabupaten Demak");
        await Say("sudah", c, "u-sr2");
        await Say("sudah", c, "u-sr2");
        var running = await Say("layanan aduan warga masih jalan sampai sekarang", c, "u-sr2");
        Assert.Contains("**sudah**", running);
        Assert.Contains("(4/4)", running);

        const string c2 = "state-not-running";
        await StartChecklistAsync(c2, "u-sn", "Kabupaten Sragen");
        await Say("sudah", c2, "u-sn");
        await Say("sudah", c2, "u-sn");
        var stopped = await Say("quick win kami gak jalan, anggarannya dipotong", c2, "u-sn");
        Assert.Contains("**belum**", stopped);
        Assert.Contains("(4/4)", stopped);
    }

    [Fact]
    public async Task A_sentence_with_no_word_of_state_records_nothing()
    {
        const string c = "state-none";
        await StartChecklistAsync(c, "u-sx", "Kota Madiun");
        var reply = await Say("perwali masterplan itu di meja wali kota", c, "u-sx");
        Assert.DoesNotContain("Tercatat:", reply);
    }
}
