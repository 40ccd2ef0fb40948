using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// The bare "what came before / after" words (langkah-sebelumnya.txt, langkah-sesudahnya.txt) are read once, for the
/// numbered steps and the cohorts' sizes alike: as words, whatever marks or capitals surround them.
/// </summary>
public sealed class BareStepTests
{
    [Theory]
    [InlineData("Sebelumnya?", true, false)]
    [InlineData("terus habis itu apa", false, true)]
    [InlineData("and after that?", false, true)]
    [InlineData("berapa lama?", false, false)]
    // A word holding a listed one is not it.
    [InlineData("selanjutnyaa", false, false)]
    public void Reads_the_bare_words_of_both_lists(string text, bool before, bool after)
    {
        Assert.Equal(before, BareStep.Current.AsksBefore(text));
        Assert.Equal(after, BareStep.Current.AsksAfter(text));
    }

    [Fact]
    public void Its_words_are_the_normalized_message()
    {
        Assert.Equal(["habis", "itu", "kab", "x"], BareStep.Words("Habis itu, Kab. X?"));
    }
}
