
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: "itu … ya?" right after an answer from the documents asks about what was answered
/// (the event), not whether the bot is still there; "masih online?" still is.
/// </summary>
public sealed class MisroutedQuestionTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_question_pointing_at_the_event_just_answered_is_not_read_as_are_you_there()
    {
        const string c = "misroute-presence";
        Assert.Contains("20 Mei 2021", await Say("kapan mou 2021 ditandatangani?", c, "u-mo"));
        var reply = await Say("itu online ya?", c, "u-mo");
        Assert.DoesNotContain("masih di sini", reply);
        Assert.Contains("masih di sini", await Say("masih online kah", c, "u-mo"));
    }
}
