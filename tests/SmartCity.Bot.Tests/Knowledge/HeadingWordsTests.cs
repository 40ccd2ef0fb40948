using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// What kind of section a heading is: its words without dates. The month names come from the lexicon
/// (knowledge/lexicon/bulan.txt), so a spelling staff add there is left out too.
/// </summary>
public sealed class HeadingWordsTests
{
    private static readonly HashSet<string> Section = KnowledgeIndex.TermsOf("Laporan pelaksanaan quick win");

    [Fact]
    public void Every_month_of_the_lexicon_is_left_out_of_a_headings_words()
    {
        var months = Lexicon.Current.Lists["bulan"];
        Assert.Contains("Februari", months);
        Assert.All(months, month => Assert.True(Section.SetEquals(QuestionAnswerer.HeadingWords($"Laporan pelaksanaan quick win {month}")), month));
    }

    [Fact]
    public void A_date_is_left_out_and_the_section_words_stay()
    {
        Assert.True(Section.SetEquals(QuestionAnswerer.HeadingWords("Laporan pelaksanaan quick win: 29 Januari 2027")));
        Assert.False(Section.SetEquals(QuestionAnswerer.HeadingWords("Laporan pelaksanaan quick win bimtek")));
    }
}
