using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// Who asks, by role, and where they are (issue 8): "saya wartawan di Kota X" introduces the asker from X, so a request
/// naming no place of its own is not about X; and two requests in one message, a wish first, are both seen.
/// </summary>
public sealed class RoleIntroductionTests
{
    private static Entities Entities(string text) => UnderstandingData.Entities.Recognize(text).Entities;

    [Theory]
    [InlineData("Selamat siang, saya wartawan di Kota Surabaya, mau tanya peserta tahun 2017 ada berapa daerah?")]
    [InlineData("Halo, kami startup IoT dari Kota Bandung. Siapa saja peserta 2017?")]
    [InlineData("saya seorang jurnalis dari Kota Pontianak, peserta 2024 siapa aja?")]
    public void A_role_and_a_place_word_before_the_place_introduce_the_asker(string text)
    {
        var entities = Entities(text);
        Assert.True(entities.Introduces);
        Assert.True(entities.PlacesOnlyBeforeQuestion);
    }

    /// <summary>Where the asker lives ("tinggal di", "berdomisili di", entities.json selfIntro) introduces them from that place.</summary>
    [Theory]
    [InlineData("saya tinggal di Kota Binjai, kota kami ikut smart city?")]
    [InlineData("sy berdomisili di kab sumbawa, apakah ikut gmsc")]
    public void Where_the_asker_lives_introduces_them(string text) =>
        Assert.True(Entities(text).Introduces);

    [Theory]
    // No role: what the speaker looks for is in the place.
    [InlineData("saya cari inovasi di Kota Bandung")]
    // A wish or a question between who speaks and the place: the place is asked of.
    [InlineData("saya mahasiswa mau tanya Kota Bogor ikut tahun berapa")]
    public void No_introduction_without_a_role_or_with_a_request_before_the_place(string text) =>
        Assert.False(Entities(text).Introduces);

    [Fact]
    public void A_request_naming_its_own_place_after_the_introduction_is_about_that_place() =>
        Assert.False(Entities("saya wartawan di Kota Surabaya, Kota Batu ikut tahun berapa?").PlacesOnlyBeforeQuestion);

    [Fact]
    public void A_wish_then_a_question_are_two_requests()
    {
        var halves = UnderstandingData.Entities.TwoQuestions("Kami ingin kerja sama dengan Kabupaten Demak, dan mau tanya Demak ikut tahun berapa?", wishFirst: true);
        Assert.NotNull(halves);
        Assert.True(UnderstandingData.Entities.OnlyWishes(halves.Value.First));
        Assert.False(UnderstandingData.Entities.OnlyWishes(halves.Value.Second));
    }

    [Fact]
    public void Two_questions_joined_by_sama_are_two()
    {
        Assert.NotNull(UnderstandingData.Entities.TwoQuestions("enam pilar smart city apa aja sama siapa yang menyelenggarakan programnya?"));
        // A wish alone, or a wish and a short "how?" about it, asks one thing.
        Assert.False(UnderstandingData.Entities.OnlyWishes("saya mau tanya"));
    }
}
