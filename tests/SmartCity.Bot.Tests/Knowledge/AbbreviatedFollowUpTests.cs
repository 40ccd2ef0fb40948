using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A follow-up typed in short forms and without a question mark ("tgl brp") asks as much as its
/// written-out form: the cue words are looked for in the message with its short forms written out too.
/// </summary>
public sealed class AbbreviatedFollowUpTests
{
    [Fact]
    public void A_short_follow_up_without_a_question_mark_still_asks() => Assert.True(TopicFollowUp.AsksFacet("tgl brp"));
}
