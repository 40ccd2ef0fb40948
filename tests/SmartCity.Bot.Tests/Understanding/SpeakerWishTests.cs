using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>The asker's own wish (knowledge/lexicon/penanya.txt + keinginan.txt), not a wish to ask (pembuka-tanya.txt).</summary>
public sealed class SpeakerWishTests
{
    [Theory]
    [InlineData("kami ingin bekerja sama dengan pemda peserta bagaimana caranya")]
    [InlineData("perusahaan kami berminat bermitra dengan pemerintah kabupaten")]
    [InlineData("saya dari lembaga riset dan tertarik menjalin kemitraan gimana prosedurnya")]
    public void A_speaker_word_then_a_wish_states_a_wish(string normalized) => Assert.True(SpeakerWish.In(normalized));

    [Theory]
    [InlineData("saya ingin tahu bagaimana cara daerah ikut program ini")]
    [InlineData("kami mau tanya bagaimana pemda bekerja sama dengan swasta")]
    [InlineData("bagaimana cara menjalin kerja sama dengan pemda")]
    [InlineData("mereka ingin bekerja sama dengan pemda")]
    public void A_wish_to_ask_or_no_speaker_is_no_wish(string normalized) => Assert.False(SpeakerWish.In(normalized));
}
