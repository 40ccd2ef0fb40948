using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// Whether two named places took part (together, in the same year) is a participation question the recognizer marks
/// (<see cref="Entities.AsksWhetherPlacesTookPart"/>: knowledge/lexicon/ikut-serta.txt), not a request to work with
/// them: a request word (kata-permintaan.txt), the speaker's own wish, or one place only leaves it unmarked.
/// </summary>
public sealed class TakingPartEntityTests
{
    private static Entities Read(string text) => UnderstandingData.Recognizer.Recognize(text).Entities;

    [Theory]
    [InlineData("kota tegal ama kabupaten tegal ikutnya barengan tidak")]
    [InlineData("Kabupaten Bogor dan Kota Bogor gabung bareng?")]
    [InlineData("kota depok sama kota bekasi jadi peserta di tahun yang sama")]
    public void Taking_part_said_of_two_places_is_that_question(string text) =>
        Assert.True(Read(text).AsksWhetherPlacesTookPart);

    [Theory]
    [InlineData("saya mau kolaborasi bareng kota bogor dan kabupaten bogor")]
    [InlineData("bisa kerja sama bareng kota bogor dan kota depok ikut")]
    [InlineData("kami ingin ikut bareng kota madiun dan kota kediri")]
    [InlineData("kota madiun ikut bareng tidak")]
    public void A_request_a_wish_or_one_place_is_not_that_question(string text) =>
        Assert.False(Read(text).AsksWhetherPlacesTookPart);
}
