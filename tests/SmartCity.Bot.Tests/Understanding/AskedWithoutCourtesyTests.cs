using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// What a message asks, as every dialog weighs it (Entities.Asked): its request after a self-introduction (or the whole
/// message), normalized and without greetings or courtesy (basa-basi.txt). One reading, where the region dialogs' two
/// checks (OffTopic) each stripped the greeting their own way, one of them before normalizing.
/// </summary>
public sealed class AskedWithoutCourtesyTests
{
    private static Entities Entities(string text) => UnderstandingData.Recognizer.Recognize(text).Entities;

    [Theory]
    [InlineData("Halo, apakah Kota Malang termasuk peserta?", "halo")]
    [InlineData("Selamat siang admin, Kabupaten Banyuwangi masuk tahun berapa?", "selamat")]
    [InlineData("permisi, mau nanya kota madiun ikut gak", "permisi")]
    public void A_greeting_is_no_word_of_what_is_asked(string text, string greeting)
    {
        var asked = Entities(text).Asked;
        Assert.DoesNotContain(greeting, asked.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("xregion", asked);
    }

    [Fact]
    public void After_a_self_introduction_only_the_request_is_asked()
    {
        var entities = Entities("Pagi, kami dari Diskominfo Kabupaten Sleman, tenggat laporan tahap berikutnya kapan ya?");
        Assert.NotNull(entities.Request);
        Assert.DoesNotContain("diskominfo", entities.Asked);
        Assert.Contains("kapan", entities.Asked);
    }

    [Theory]
    // Who asks and where from, then only that they want to ask about the programme: nothing is asked yet.
    [InlineData("siang, saya kabid anggaran bappeda kota madiun, mau tanya soal smart city")]
    [InlineData("permisi, kami operator kab. sleman, ingin bertanya seputar gmsc")]
    public void An_introduction_alone_asks_nothing(string text)
    {
        var entities = Entities(text);
        Assert.NotNull(entities.IntroductionOnly);
        Assert.Equal("", entities.Asked);
    }

    [Theory]
    [InlineData("Selamat Pagi, berapa peserta tahun 2019?")]
    [InlineData("selamat pagi berapa peserta tahun 2019?")]
    public void The_courtesy_goes_whatever_its_case_and_the_rest_is_read_normalized(string text)
    {
        var asked = QuestionPreamble.WithoutCourtesy(text);
        Assert.DoesNotContain("pagi", asked);
        Assert.Contains("berapa peserta tahun 2019", asked);
    }
}
