using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Whether words as a document writes them are a name there (<see cref="ConfidenceFeatures.WrittenAsName"/>): the one
/// decision the name-aside check makes, each word capitalised and each a word that can name a thing
/// (<see cref="ConfidenceFeatures.NamesAThing"/>).
/// </summary>
public sealed class WrittenAsNameTests
{
    [Theory]
    [InlineData("Smart Province", true)]
    [InlineData("Kanal  Aduan", true)]
    [InlineData("Kanal\nAduan", true)]
    [InlineData("pihak Kominfo", false)] // a plain phrase
    [InlineData("Menurut Kominfo", false)] // a verb opening a sentence
    [InlineData("Tim Ahli", false)] // a word too short to be taken for a name
    [InlineData("Seratus Daerah", false)] // a number word
    public void Each_word_capitalised_and_able_to_name_a_thing(string written, bool name) =>
        Assert.Equal(name, ConfidenceFeatures.WrittenAsName(written));
}
