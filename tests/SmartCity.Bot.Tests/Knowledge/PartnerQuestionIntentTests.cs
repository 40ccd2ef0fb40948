using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// "Which company was the programme's partner" asks who a partner was, from the documents; "jadi mitra" alone does not
/// make it a wish to become one. Taught by ProgrammeQuestion examples (knowledge/understanding/programme-question.lu),
/// while a partner naming the region it wants to work with still gets the collaboration form.
/// </summary>
public sealed class PartnerQuestionIntentTests : BotWithKnowledge
{
    [Theory]
    [InlineData("perusahaan apa yang jadi mitra teknologi smart city 2017", "indosat")]
    [InlineData("media yang jadi mitra smart city 2017 apa", "kompas gramedia")]
    public async Task Who_was_a_partner_is_answered_from_the_documents(string message, string expected)
    {
        var reply = await Say(message, "partner-question");
        Assert.Contains(expected, reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Wishing_to_partner_with_a_region_still_opens_the_collaboration_form()
    {
        var reply = await Say("perusahaan kami ingin jadi mitra smart city kabupaten banyuwangi", "partner-wish");
        Assert.Contains("kolaborasi", reply, StringComparison.OrdinalIgnoreCase);
    }
}
