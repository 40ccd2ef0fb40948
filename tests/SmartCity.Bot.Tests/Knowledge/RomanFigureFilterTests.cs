using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>A stage numbered in roman figures is the same stage numbered in arabic ones, in passages and questions alike.</summary>
public sealed class RomanFigureFilterTests
{
    [Theory]
    [InlineData("III", 3)]
    [InlineData("iv", 4)]
    [InlineData("IX", 9)]
    [InlineData("XII", 12)]
    [InlineData("I", 1)]
    public void A_roman_figure_has_its_value(string word, int value) => Assert.Equal(value, RomanFigureFilter.ValueOf(word));

    [Theory]
    [InlineData("x")]     // "3 x 3 meter"
    [InlineData("i")]
    [InlineData("IIII")]  // not canonical
    [InlineData("VX")]
    [InlineData("Xi")]    // mixed case: a name
    [InlineData("di")]
    [InlineData("mix")]
    public void A_word_that_only_looks_like_one_is_not_a_figure(string word) => Assert.Null(RomanFigureFilter.ValueOf(word));

    [Theory]
    [InlineData("Bimtek Tahap III di Mataram", "bimtek tahap 3 dimana")]
    [InlineData("Bimtek tahap 3 di Mataram", "bimtek tahap iii dimana")]
    public void A_question_numbering_a_stage_one_way_meets_a_passage_numbering_it_the_other(string passage, string question)
    {
        var analyzer = Lexicon.Current.Analyzer;
        var passageTerms = KnowledgeAnalyzers.TermSet(analyzer, passage);
        Assert.Contains("3", passageTerms);
        Assert.Contains("3", KnowledgeAnalyzers.TermSet(analyzer, question));
    }

    [Fact]
    public void A_lower_case_letter_x_adds_no_number()
    {
        var terms = KnowledgeAnalyzers.TermSet(Lexicon.Current.Analyzer, "stan 3 x 3 meter");
        Assert.DoesNotContain("10", terms);
    }
}
