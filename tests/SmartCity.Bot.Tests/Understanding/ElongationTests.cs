using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>Stretched chat words are read as the word; addresses, roman numerals and English doubles stay.</summary>
public sealed class ElongationTests
{
    [Theory]
    [InlineData("pilarnya apaaa", "pilarnya apa")]
    [InlineData("tahun berapaa sihh", "tahun berapa sih")]
    [InlineData("kpnnn acaranya??", "kpn acaranya??")]
    [InlineData("bagaimanaaa caranyaa, mimin", "bagaimana caranya, mimin")]
    [InlineData("oke dongg 😀", "oke dong 😀")]
    public void A_stretched_word_is_the_word(string typed, string read) => Assert.Equal(read, Elongation.Collapse(typed));

    [Theory]
    [InlineData("email saya budii@contoh.co.id")]
    [InlineData("lihat www.contoh.go.id")]
    [InlineData("tahap iii dan tahap ii")]
    [InlineData("free wifi and call center")]
    [InlineData("maaf, saat ini")]
    public void Addresses_numerals_and_ordinary_words_stay(string typed) => Assert.Equal(typed, Elongation.Collapse(typed));
}
