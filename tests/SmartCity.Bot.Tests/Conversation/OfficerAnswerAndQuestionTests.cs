using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages, officers' threads (tuning-conversations-48): an answer word and a question in one
/// message while the checklist waits ("sudah. btw bimtek berapa tahap?") records the answer and answers the question;
/// an acknowledgement that is also an answer word ("oke, …") records nothing; two questions for the documents in one
/// message while the checklist waits are both answered; "yang nomor 1" corrects the first item; "yang seprovinsi" right
/// after the officer's region is that province's list, never out of scope; an abbreviation staff listed ("OKU") is the
/// region.
/// </summary>
public sealed class OfficerAnswerAndQuestionTests : BotWithKnowledge
{
    private async Task StartChecklistAsync(string conversation, string user, string region)
    {
        Assert.Contains($"Status {region}", await Say($"pagi, sy operator diskominfo {region.ToLowerInvariant()}, mau cek status", conversation, user));
    }

    [Fact]
    public async Task An_answer_word_then_a_question_records_the_answer_and_answers_the_question()
    {
        const string c = "answer-then-question";
        await StartChecklistAsync(c, "u-atq", "Kota Sibolga");
        var reply = await Say("sudah. trs bimtek itu brp tahap ya", c, "u-atq");
        Assert.Contains("Tercatat", reply);
        Assert.Contains("(2/4)", reply);
        Assert.Contains("empat tahap", reply);
    }

    [Fact]
    public async Task An_acknowledgement_before_a_question_records_nothing()
    {
        const string c = "ack-then-question";
        await StartChecklistAsync(c, "u-akq", "Kota Binjai");
        var reply = await Say("oke, bimtek itu brp tahap ya?", c, "u-akq");
        Assert.DoesNotContain("Tercatat:", reply);
        Assert.Contains("(1/4)", reply);
    }

    [Fact]
    public async Task Two_document_questions_while_the_checklist_waits_are_both_answered()
    {
        const string c = "two-questions-waiting";
        await StartChecklistAsync(c, "u-tqw", "Kota Tangerang Selatan");
        var reply = await Say("bentar min, pilar smart city apa aja? trus quick win itu maksudnya apa?", c, "u-tqw");
        Assert.Contains("Enam pilar", reply);
        Assert.Contains("cepat dirasakan", reply);
        Assert.Contains("(1/4)", reply);
    }

    [Fact]
    public async Task A_numbered_correction_corrects_that_item()
    {
        const string c = "numbered-correction";
        await StartChecklistAsync(c, "u-nc", "Kota Metro");
        await Say("belum", c, "u-nc");
        await Say("belum", c, "u-nc");
        var reply = await Say("ralat, yg nomor 1 tadi sebenarnya sudah", c, "u-nc");
        Assert.Contains("Diperbaiki: \"Masterplan sudah disahkan", reply);
    }

    [Theory]
    [InlineData("Siapa saja yang seprovinsi dengan kami?")]
    [InlineData("yg seprovinsi siapa aja")]
    public async Task Same_province_right_after_the_officers_region_is_the_provinces_list(string asked)
    {
        var c = "same-province-" + asked.Length;
        Assert.Contains("2023", await Say("pagi min, sy dari setda kab OKU sumsel, mau tanya kab kami ikut gmsc angkatan brp", c, "u-sp" + asked.Length));
        var reply = await Say(asked, c, "u-sp" + asked.Length);
        Assert.DoesNotContain("di luar cakupan", reply);
        Assert.Contains("Kota Palembang", reply);
        Assert.Contains("Kabupaten Banyuasin", reply);
    }
}
