using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Words whose stem is another word (knowledge/lexicon/tanpa-akar.txt) are searched as written only, so a question
/// about one does not meet a text about the other.
/// </summary>
public sealed class UnstemmedWordsTests
{
    [Fact]
    public void An_award_is_not_read_as_a_price()
    {
        // "penghargaan" (an award) stems to "harga" (a price): an award question met a market-price information system.
        Assert.DoesNotContain("harga", KnowledgeIndex.TermsOf("Kabupaten itu meraih penghargaan pada 2031"));
        Assert.Contains("penghargaan", KnowledgeIndex.TermsOf("Kabupaten itu meraih penghargaan pada 2031"));
        Assert.Contains("harga", KnowledgeIndex.TermsOf("sistem informasi harga pasar"));
    }
}
