using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: a question opened by an interjection that only takes in the answer before it
/// ("oh …, mou nya kpn") is asked as the question alone would be; the acknowledgment (pengisi.txt) asks nothing.
/// </summary>
public sealed class AcknowledgedAnswerQuestionTests : BotWithKnowledge
{
    [Theory]
    [InlineData("oh thn 2023 ya, mou nya kpn")]
    [InlineData("oh gitu, mou nya kpn")]
    [InlineData("oalah 2023, mou nya tgl brp?")]
    public async Task A_question_after_an_acknowledging_interjection_is_answered_not_declined(string question)
    {
        var c = "ack-" + question.Length;
        Assert.Contains("2023", await Say("sy dr bappeda kota bengkulu, kami ikut smart city thn 2024 ya?", c, "u-ack" + question.Length));
        var reply = await Say(question, c, "u-ack" + question.Length);
        Assert.Contains("28 Februari 2023", reply);
        Assert.DoesNotContain("belum yakin", reply);
    }

    [Fact]
    public async Task An_acknowledgment_with_thanks_still_closes_with_thanks()
    {
        await Say("masterplan itu apa", "ack-thanks", "u-at");
        Assert.Contains("Sama-sama", await Say("oh gitu, makasih ya", "ack-thanks", "u-at"));
    }
}
