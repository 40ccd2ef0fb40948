using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// Through the real /api/messages: a greeting before a participation question ("halo, apakah …", "pagi, …";
/// knowledge/lexicon/basa-basi.txt) frames it and asks for no other kind of fact, so the region's participation is
/// answered from the data. Was: the greeting read as a kind of fact the participation data does not hold, and a document
/// listing another year's participants answered instead.
/// </summary>
public sealed class GreetingBeforeQuestionTests : BotWithKnowledge
{
    [Theory]
    [InlineData("halo, apakah kabupaten bogor ikut?", "Kabupaten Bogor tercatat sebagai peserta", "2018")]
    [InlineData("pagi, apakah kabupaten sleman ikut?", "Kabupaten Sleman tercatat sebagai peserta", "2017")]
    public async Task A_greeting_before_a_participation_question_keeps_it_a_data_question(string question, string expected, string year)
    {
        var reply = await Say(question, "greet-" + question.Length);
        Assert.Contains(expected, reply);
        Assert.Contains(year, reply);
    }
}
