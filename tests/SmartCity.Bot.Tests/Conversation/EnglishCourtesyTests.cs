using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: thanks or goodbye in English after questions in English is answered in English;
/// the same "thanks" closing an Indonesian conversation, or mixed with Indonesian ("thanks min"), keeps the Indonesian
/// reply (issue 8; knowledge/lexicon/kata-inggris.txt and sopan-inggris.txt).
/// </summary>
public sealed class EnglishCourtesyTests : BotWithKnowledge
{
    [Fact]
    public async Task Thanks_after_english_questions_is_answered_in_english()
    {
        await Say("Which regencies took part in 2024?", "en-thanks", "u-ec1");
        var reply = await Say("thank you so much", "en-thanks", "u-ec1");
        Assert.Contains("You're welcome", reply);
    }

    [Fact]
    public async Task Goodbye_after_english_questions_is_answered_in_english()
    {
        await Say("How many cities joined in 2019?", "en-bye", "u-ec2");
        var reply = await Say("goodbye and thanks", "en-bye", "u-ec2");
        Assert.Contains("Goodbye", reply);
    }

    [Theory]
    [InlineData("peserta 2024 siapa saja", "thanks", "u-ec3")]
    [InlineData("Which regencies took part in 2024?", "thanks min", "u-ec4")]
    public async Task Thanks_in_an_indonesian_conversation_or_mixed_keeps_the_indonesian_reply(string question, string thanks, string user)
    {
        await Say(question, "id-thanks-" + user, user);
        var reply = await Say(thanks, "id-thanks-" + user, user);
        Assert.Contains("Sama-sama", reply);
    }
}
