using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// An officer correcting an earlier checklist answer while the next question waits (a word of
/// knowledge/lexicon/koreksi-jawaban.txt then an answer), and carrying on with "lanjutkan" after a question in between —
/// through the real /api/messages with the test calendar.
/// </summary>
public sealed class ChecklistCorrectionTests : StatusCheckBot
{
    [Theory]
    [InlineData("eh yang tadi salah, sudah")]
    [InlineData("maaf tadi keliru, jawabannya sudah ada")]
    public async Task A_correction_rerecords_the_answer_before_and_asks_the_pending_question_again(string correction)
    {
        var c = "revise-" + correction.Length;
        Assert.Contains("(1/3)", await Say("cek status kota bogor", c));
        Assert.Contains("(2/3)", await Say("belum", c));

        var reply = await Say(correction, c);
        Assert.Contains("Diperbaiki", reply);
        Assert.Contains("(2/3)", reply);
        Assert.DoesNotContain("dihentikan", reply);
        Assert.Equal("sudah", (await StatusOf("32.71")).Answers["masterplan-disahkan"].Value);

        // The pending question still takes the next answer.
        Assert.Contains("(3/3)", await Say("belum", c));
        Assert.Equal("belum", (await StatusOf("32.71")).Answers["quick-win-berjalan"].Value);
    }

    [Fact]
    public async Task A_numbered_correction_changes_that_item_only()
    {
        const string c = "revise-numbered";
        await Say("cek status kota bogor", c);
        await Say("belum", c);
        Assert.Contains("(3/3)", await Say("sudah", c));

        var reply = await Say("ralat yang pertama, sudah", c);
        Assert.Contains("Diperbaiki", reply);
        Assert.Contains("(3/3)", reply);
        var status = await StatusOf("32.71");
        Assert.Equal("sudah", status.Answers["masterplan-disahkan"].Value);
        Assert.Equal("sudah", status.Answers["quick-win-berjalan"].Value);
    }

    [Fact]
    public async Task A_correction_after_someone_else_changed_the_status_is_not_saved_and_can_be_given_again()
    {
        const string c = "revise-conflict";
        await Say("cek status kota bogor", c);
        Assert.Contains("(2/3)", await Say("belum", c));
        // Another officer records for the same region in between: this conversation's version is now behind.
        await Say("cek status kota bogor", "revise-other", "staf-2");
        Assert.Contains("Tercatat", await Say("sudah", "revise-other", "staf-2"));

        var lost = await Say("eh yang tadi salah, sudah", c);
        Assert.Contains("belum disimpan", lost);
        Assert.Contains("(2/3)", lost);

        Assert.Contains("Diperbaiki", await Say("eh yang tadi salah, sudah", c));
        Assert.Equal("sudah", (await StatusOf("32.71")).Answers["masterplan-disahkan"].Value);
    }

    [Fact]
    public async Task A_question_with_a_correction_word_is_not_a_correction()
    {
        const string c = "revise-question";
        await Say("cek status kota bogor", c);
        await Say("belum", c);
        var reply = await Say("apakah salah kalau masterplan belum disahkan?", c);
        Assert.DoesNotContain("Diperbaiki", reply);
        Assert.Equal("belum", (await StatusOf("32.71")).Answers["masterplan-disahkan"].Value);
    }

    [Fact]
    public async Task Nothing_to_correct_before_the_first_answer_leaves_the_first_question_waiting()
    {
        const string c = "revise-nothing";
        await Say("cek status kota bogor", c);
        var reply = await Say("eh salah, sudah", c);
        Assert.DoesNotContain("Diperbaiki", reply);
    }

    [Theory]
    [InlineData("lanjutkan")]
    [InlineData("silakan dilanjutkan")]
    public async Task Carrying_on_after_a_question_in_between_does_not_cancel(string carryOn)
    {
        var c = "carry-on-" + carryOn.Length;
        await Say("cek status kota bogor", c);
        Assert.Contains("(2/3)", await Say("sudah", c));
        await Say("bimtek itu ada berapa tahap?", c);

        var reply = await Say(carryOn, c);
        Assert.DoesNotContain("dihentikan", reply);
        Assert.Contains("(2/3)", reply);
    }
}
