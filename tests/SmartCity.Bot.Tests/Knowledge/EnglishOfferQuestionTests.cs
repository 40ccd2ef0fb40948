using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Through the real /api/messages, over the repository's documents: an English question asking what the programme
/// offers or provides to the private sector is answered from the section on who funds smart city work (the documents'
/// "swasta"), as the Indonesian question is; the verb of offering (kata-umum.txt) names no subject the documents lack.
/// </summary>
public sealed class EnglishOfferQuestionTests : BotWithKnowledge
{
    [Theory]
    [InlineData("what does the program offer businesses?", "u-eo1")]
    [InlineData("What does the programme provide to private companies?", "u-eo2")]
    public async Task What_the_programme_offers_the_private_sector_is_answered_from_the_funding_section(string question, string user)
    {
        var reply = await Say(question, "offer-" + user, user);
        Assert.Contains("swasta", reply);
        Assert.DoesNotContain("belum yakin", reply);
    }
}
