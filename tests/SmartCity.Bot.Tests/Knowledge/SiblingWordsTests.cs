using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A word no document uses ("konsultan", the person) is not corrected into its sibling ("konsultasi", the activity) as
/// if it were a typo (made-up passages): it stays unknown, so the question is not answered confidently from that word.
/// </summary>
public sealed class SiblingWordsTests
{
    private static readonly Passage[] Consultation =
    [
        Passage(0, "Konsultasi publik peta jalan", "Rancangan peta jalan digital dikonsultasikan kepada warga dalam tiga pertemuan di balai desa."),
    ];

    [Fact]
    public void A_sibling_of_a_document_word_is_no_typo_of_it()
    {
        using var index = BuildWithFillers(Consultation);
        var term = index.Analyze("siapa konsultan peta jalan digital?").Terms.Single(t => t.Words == "konsultan");
        Assert.False(term.Known);
        Assert.DoesNotContain(term.Options, o => o.Any(p => p.Any(w => w.StartsWith("konsultas", StringComparison.Ordinal))));
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(index).Answer("siapa konsultan peta jalan digital?").Kind);
    }

    [Fact]
    public void A_real_slip_of_the_same_word_is_still_corrected()
    {
        using var index = BuildWithFillers(Consultation);
        var term = index.Analyze("kapan konsultsi peta jalan digital?").Terms.Single(t => t.Words == "konsultsi");
        Assert.Contains(term.Options, o => o.Any(p => p.Contains("konsultasi")));
    }

    [Theory]
    [InlineData("konsultan", "konsultasi", true)]
    [InlineData("inovator", "inovasi", true)]
    [InlineData("konsultsi", "konsultasi", false)]
    [InlineData("kabupatn", "kabupaten", false)]
    public void Siblings_differ_only_in_derivational_endings(string word, string other, bool siblings) =>
        Assert.Equal(siblings, WordFamily.AreSiblings(word, other));
}
