using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// The words of a message without particles and possessives, as the pillar names are matched
/// (<see cref="EntityRecognizer.Inflectional"/>): stemmed once per word and remembered, not with a stemmer built per message.
/// </summary>
public sealed class InflectionalStemTests
{
    [Theory]
    [InlineData("ekonominya", "ekonomi")]
    [InlineData("lingkunganlah", "lingkungan")]
    [InlineData("sosialkah", "sosial")]
    [InlineData("pilar", "pilar")]
    public void Particles_and_possessives_come_off_and_derivations_stay(string word, string stem) =>
        Assert.Equal(stem, EntityRecognizer.Inflectional([word])[0]);

    [Fact]
    public void A_word_met_before_is_not_stemmed_again()
    {
        var first = EntityRecognizer.Inflectional(["pemerintahannya", "branding"]);
        var again = EntityRecognizer.Inflectional(["branding", "pemerintahannya"]);
        Assert.Equal("pemerintahan", first[0]);
        Assert.Same(first[0], again[1]);
        Assert.Same(first[1], again[0]);
    }
}
