using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// Whether two named places took part (together, in the same year) is a participation question
/// (knowledge/lexicon/ikut-serta.txt), not a request to work with them: a request word (kata-permintaan.txt) or the
/// speaker's own wish makes it a request again.
/// </summary>
public sealed class TakingPartQuestionTests
{
    [Theory]
    [InlineData("kota tegal ama kabupaten tegal ikutnya barengan tidak", 2)]
    [InlineData("kabupaten bogor dan kota bogor gabung bareng", 2)]
    [InlineData("kota depok sama kota bekasi jadi peserta di tahun yang sama", 2)]
    public void Taking_part_said_of_two_places_is_that_question(string normalized, int places) =>
        Assert.True(TakingPartQuestion.AsksOfPlaces(normalized, places));

    [Theory]
    [InlineData("saya mau kolaborasi bareng kota bogor dan kabupaten bogor", 2)]
    [InlineData("bisa kerja sama bareng kota bogor dan kota depok ikut", 2)]
    [InlineData("kami ingin ikut bareng kota madiun dan kota kediri", 2)]
    [InlineData("kota madiun ikut bareng tidak", 1)]
    public void A_request_a_wish_or_one_place_is_not_that_question(string normalized, int places) =>
        Assert.False(TakingPartQuestion.AsksOfPlaces(normalized, places));
}
