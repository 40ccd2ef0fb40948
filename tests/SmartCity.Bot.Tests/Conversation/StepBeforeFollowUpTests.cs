namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: right after the documents answered a stage, a bare "sebelumnya?" asks the stage
/// before it. The reminder's examples hold "sebelum" of a lead time ("seminggu sebelum tenggat"), so the word alone read
/// unclearly as a reminder request; a reminder asked in words still starts the reminder.
/// </summary>
public sealed class StepBeforeFollowUpTests : ConversationThroughTheBot
{
    [Theory]
    [InlineData("kapan penandatanganan mou angkatan 2018", "sebelumnya?")]
    [InlineData("bimtek itu apa", "sebelum itu?")]
    public async Task A_bare_before_after_a_stage_answer_is_the_stage_before(string first, string next)
    {
        var c = "step-before-" + next.Length;
        await Say(first, c, "u-sb1");
        var reply = await Say(next, c, "u-sb1");
        Assert.DoesNotContain("pengingat", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Sebelum tahap", reply);
    }

    [Fact]
    public async Task A_reminder_asked_in_words_after_a_stage_answer_is_still_the_reminder()
    {
        await Say("kapan mou 2022", "step-before-reminder", "u-sb2");
        var reply = await Say("tolong ingatkan saya seminggu sebelum tenggat", "step-before-reminder", "u-sb2");
        Assert.Contains("pengingat", reply, StringComparison.OrdinalIgnoreCase);
    }
}
