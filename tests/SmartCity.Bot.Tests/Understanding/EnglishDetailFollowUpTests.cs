using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// A short English follow-up asking one detail of what was just answered ("exactly", "precisely", "again") is a
/// question for the documents, not praise of the answer ("exactly what I needed") or a request for help
/// (programme-question.lu, the English follow-up block).
/// </summary>
public sealed class EnglishDetailFollowUpTests
{
    private static Recognition Recognize(string text) => UnderstandingData.Recognizer.Recognize(text);

    [Theory]
    [InlineData("and where was that exactly?")]
    [InlineData("when was it precisely?")]
    [InlineData("which hotel again?")]
    public void A_detail_asked_again_is_a_programme_question(string text) =>
        Assert.Equal(IntentNames.ProgrammeQuestion, Recognize(text).TopIntent);

    [Theory]
    [InlineData("exactly what I needed, thank you", IntentNames.FeedbackHelpful)]
    [InlineData("what is this assistant exactly", IntentNames.Help)]
    public void Praise_and_asking_about_the_bot_keep_their_intent(string text, string intent) =>
        Assert.Equal(intent, Recognize(text).TopIntent);
}
