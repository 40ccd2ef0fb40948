using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// bilangan-angka.txt is read once into one word↔figure map that the figure-as-word synonyms, the ordinals written in
/// figures and the numbered parts all read; a word or figure listed twice keeps every line.
/// </summary>
public sealed class NumberWordsTests
{
    [Fact]
    public void Every_well_formed_line_is_kept_in_order_and_looked_up_both_ways()
    {
        var numbers = NumberWords.Parse(["tiga => 3", "dua belas => 12", "rusak", "lima => ", "Tiga => 33", "telu => 3"]);
        Assert.Equal(["tiga", "dua belas", "Tiga", "telu"], numbers.Entries.Select(e => e.Words));
        Assert.Equal([3, 33], numbers.ValuesOf("TIGA"));
        Assert.Equal(["tiga", "telu"], numbers.WordsFor(3));
        // A phrase is no one-word number: it is read only as a whole line.
        Assert.Empty(numbers.ValuesOf("dua belas"));
        Assert.Empty(numbers.WordsFor(12));
    }

    [Fact]
    public void The_repository_lexicon_serves_ordinals_parts_and_figures_from_one_map()
    {
        var lexicon = Lexicon.Current;
        Assert.Equal([3], lexicon.Numbers.ValuesOf("tiga"));
        Assert.Equal("ketiga", OrdinalBinding.OrdinalOf("ke-3"));
        Assert.Equal(3, NumberedPart.NumberOf("ketiga", lexicon));
        Assert.Equal(3, NumberedPart.NumberOf("tiga", lexicon));
        Assert.True(lexicon.Synonyms.TryGet("12", out var twelve));
        Assert.Contains("dua belas", twelve);
    }
}
