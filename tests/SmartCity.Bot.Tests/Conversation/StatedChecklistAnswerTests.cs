using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages (tuning-conversations-56): an officer's checklist answer inside a sentence — the
/// answer word in the middle or at the end ("perwalinya masih antre, jadi belum") — is recorded when the sentence speaks
/// of the waiting question (shares a word with it, or points at it: "yang ini"), and the checklist moves on; a
/// sentence about another item, or a request (a reminder) holding an answer word, records nothing.
/// </summary>
public sealed class StatedChecklistAnswerTests : BotWithKnowledge
{
    private async Task StartChecklistAsync(string conversation, string user, string region) =>
        Assert.Contains("(1/4)", await Say($"siang, saya operator {region.ToLowerInvariant()}, mau isi checklist kami", conversation, user));

    [Fact]
    public async Task An_answer_word_ending_a_sentence_about_the_question_is_recorded()
    {
        const string c = "stated-end";
        await StartChecklistAsync(c, "u-se", "Kota Madiun");
        var reply = await Say("perwalinya masih antre di bagian hukum, jadi belum", c, "u-se");
        Assert.Contains("Tercatat", reply);
        Assert.Contains("**belum**", reply);
        Assert.Contains("(2/4)", reply);
    }

    [Fact]
    public async Task An_answer_word_in_the_middle_of_a_sentence_about_the_question_is_recorded()
    {
        const string c = "stated-middle";
        await StartChecklistAsync(c, "u-sm", "Kabupaten Wonosobo");
        await Say("sudah", c, "u-sm");
        var reply = await Say("penyelarasan dengan rpjmd sudah kami tuntaskan bulan lalu", c, "u-sm");
        Assert.Contains("**sudah**", reply);
        Assert.Contains("(3/4)", reply);
    }

    [Fact]
    public async Task A_sentence_pointing_at_the_question_answers_it()
    {
        const string c = "stated-pointer";
        await StartChecklistAsync(c, "u-sp", "Kabupaten Kebumen");
        var reply = await Say("hmm kalau poin ini kami rasa belum", c, "u-sp");
        Assert.Contains("**belum**", reply);
        Assert.Contains("(2/4)", reply);
    }

    [Fact]
    public async Task A_sentence_about_another_item_records_nothing()
    {
        const string c = "stated-other-item";
        await StartChecklistAsync(c, "u-so", "Kota Batu");
        var reply = await Say("quick win kami sudah berjalan dari awal tahun", c, "u-so");
        Assert.DoesNotContain("Tercatat:", reply);
        Assert.Contains("1 dari 4", reply.Replace("(1/4)", "1 dari 4"));
    }

    [Fact]
    public async Task A_reminder_request_holding_an_answer_word_records_nothing()
    {
        const string c = "stated-reminder";
        await StartChecklistAsync(c, "u-sr", "Kota Bontang");
        var reply = await Say("tolong ingatkan kami kalau perbup belum beres", c, "u-sr");
        Assert.DoesNotContain("Tercatat:", reply);
    }
}
