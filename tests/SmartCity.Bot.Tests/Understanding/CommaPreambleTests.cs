using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// A statement about the asker, a comma, then the question (one sentence): the clause after the comma is what is asked,
/// as it is when a full stop parts them; a clause before the comma that names what is asked of stays part of the question.
/// </summary>
public sealed class CommaPreambleTests
{
    private static Recognition Recognize(string text) => UnderstandingData.Recognizer.Recognize(text);

    [Theory]
    [InlineData("perusahaan kami ingin menawarkan sistem parkir ke daerah peserta 2021, daerah peserta 2021 siapa saja?", "daerah peserta xyear siapa saja?")]
    [InlineData("sy vendor cctv yang mau masuk ke pemda, kota peserta tahun 2018 mana aja", "kota peserta tahun xyear mana aja")]
    public void The_question_after_a_statement_and_a_comma_is_the_request(string text, string request)
    {
        var read = Recognize(text);
        Assert.True(read.Entities.RequestIsLastQuestion);
        Assert.Equal(RegionResolverNormalized(request), read.Entities.Request);
    }

    [Theory]
    [InlineData("untuk pilar smart living, contohnya apa saja?")] // the clause names what is asked of
    [InlineData("kami dari Kota Bandung, ikut tahun berapa?")]    // the place is asked of
    [InlineData("kalau tahun 2019 kami, siapa saja pesertanya?")]  // a year only before the comma is a condition
    [InlineData("kami penyedia alat pemadam kebakaran, kota mana yang inovasinya di bidang tersebut?")] // the question points back
    [InlineData("saya ingin tahu jadwal kabupaten kami, apa saja yang sudah dan yang belum")] // a wish to know is the request
    public void A_clause_naming_what_is_asked_is_no_preamble(string text) =>
        Assert.False(Recognize(text).Entities.RequestIsLastQuestion);

    private static string RegionResolverNormalized(string request) =>
        string.Join(' ', SmartCity.Bot.Regions.RegionResolver.Normalize(request).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
