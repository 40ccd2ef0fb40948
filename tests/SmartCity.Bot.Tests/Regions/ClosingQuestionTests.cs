using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>The closing question of a message whose sentences before it only set the scene.</summary>
public sealed class ClosingQuestionTests
{
    [Theory]
    [InlineData("Saya dari media online. Tahun 2019 yang ikut berapa daerah?", "Tahun 2019 yang ikut berapa daerah?")]
    [InlineData("Good afternoon, I work at the embassy in Jakarta. Which provinces had the most participants?", "Which provinces had the most participants?")]
    public void The_last_sentence_after_scene_setting_ones_is_the_question(string text, string question) =>
        Assert.Equal(question, ClosingQuestion.Of(text));

    [Theory]
    [InlineData("Tahun 2019 yang ikut berapa daerah?")]
    [InlineData("Kota Bogor ikut? Tahun 2019 yang ikut berapa daerah?")] // an earlier sentence asks too
    public void One_sentence_or_an_earlier_question_has_no_closing_question(string text) => Assert.Null(ClosingQuestion.Of(text));
}
