using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// The dot of an abbreviation ("Kab.", "Jl.", "dll.": knowledge/lexicon/singkatan-bertitik.txt) or of an initial ends no
/// sentence, for the preamble's reading (<see cref="QuestionPreamble.Sentences"/>) and the recognizer's
/// (<see cref="EntityRecognizer.Sentences"/>) alike: one list read by both.
/// </summary>
public sealed class AbbreviationDotTests
{
    private static IEnumerable<string> Abbreviations() =>
        Lexicon.Load(Path.Combine(RepoPaths.Knowledge, Lexicon.FolderName)).Lists["singkatan-bertitik"];

    [Fact]
    public void No_listed_abbreviation_ends_a_sentence_in_either_reading()
    {
        var abbreviations = Abbreviations().ToList();
        Assert.NotEmpty(abbreviations);
        foreach (var abbreviation in abbreviations.SelectMany(a => new[] { a, char.ToUpperInvariant(a[0]) + a[1..] }))
        {
            var text = $"Saya menulis {abbreviation}. Gresik pada surat kami. Kapan batas unggah dokumennya?";
            Assert.Equal(2, QuestionPreamble.Sentences(text).Count);
            Assert.Equal(2, EntityRecognizer.Sentences(text).Length);
        }
    }

    [Theory]
    [InlineData("Surat dari H. Ahmad sudah kami kirim. Kapan dibalas?")]
    [InlineData("Yth. admin, kami dari Kab. Gresik. Kapan batas unggahnya?")]
    public void An_initial_or_a_greeting_abbreviation_keeps_its_sentence(string text)
    {
        Assert.Equal(2, QuestionPreamble.Sentences(text).Count);
        Assert.Equal(2, EntityRecognizer.Sentences(text).Length);
    }

    [Fact]
    public void A_word_before_the_dot_still_ends_the_sentence()
    {
        const string text = "Kami dari Gresik. kapan batas unggahnya?";
        Assert.Equal(["Kami dari Gresik.", "kapan batas unggahnya?"], QuestionPreamble.Sentences(text));
        Assert.Equal(2, EntityRecognizer.Sentences(text).Length);
    }
}
