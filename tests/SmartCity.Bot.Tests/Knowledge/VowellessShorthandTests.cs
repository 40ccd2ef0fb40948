using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>Everyday words written without vowels stand for the word; acronyms and the documents' own words stay.</summary>
public sealed class VowellessShorthandTests
{
    private static readonly VowellessShorthand Words = new(["waktu", "sekarang", "punya", "masuk", "meski", "dengan", "tahun", "pantas", "tanggal"]);

    [Theory]
    [InlineData("wkt", "waktu")]
    [InlineData("skrg", "sekarang")]   // the nasal "n" dropped too
    [InlineData("pny", "punya")]
    [InlineData("tgl", "tanggal")]     // a nasal and a doubled consonant dropped
    public void A_vowelless_word_stands_for_the_one_everyday_word_it_abbreviates(string written, string word) =>
        Assert.Equal(word, Words.Expand(written));

    [Theory]
    [InlineData("msk")]    // masuk or meski: two fit, so neither
    [InlineData("dprd")]   // an acronym fits no everyday word
    [InlineData("wk")]     // too short to say which
    [InlineData("waktu")]  // has its vowels
    [InlineData("tn")]
    [InlineData("pns")]    // "pantas" would need its "t" dropped: an acronym, not chat
    public void A_word_that_fits_no_single_everyday_word_stands_for_nothing(string written) => Assert.Null(Words.Expand(written));

    private static readonly KnowledgeIndex Index = KnowledgeIndex.Build(DocumentLoader.LoadFolder(RepoPaths.Knowledge).SelectMany(d => d.Passages));

    [Fact]
    public void A_shorthand_the_documents_lack_is_not_a_subject_of_the_question()
    {
        var question = Index.Analyze("asesor wkt assessment 2017 ada berapa");
        Assert.DoesNotContain(question.Terms, t => t.Words == "wkt");
    }

    [Fact]
    public void The_documents_own_acronym_stays_a_subject_even_when_it_fits_an_everyday_word()
    {
        Assert.NotNull(Lexicon.Current.Shorthand.Expand("psc"));  // "pasca" fits …
        Assert.Contains(Index.Analyze("psc 119 itu apa").Terms, t => t.Words == "psc" && t.Known);  // … but the documents name PSC 119
    }
}
