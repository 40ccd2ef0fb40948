using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A question carrying the user's own guess ("kapan …, 2018 kan?", "who …, the governor?") is answered as the question
/// before the guess (<see cref="QuestionCues.GuessedHead"/>); a contact asked ("nomor telepon …", "link zoom …") is
/// answered only by a line stating one (<see cref="AskedDetail"/>, kind "kontak").
/// </summary>
public sealed class GuessAndContactTests
{
    [Theory]
    [InlineData("kapan festival kanal aduan digelar, tahun 2018 kan?", "kapan festival kanal aduan digelar")]
    [InlineData("who opened the festival, the governor?", "who opened the festival")]
    [InlineData("siapa yang membuka festival? cuma panitia ya?", "siapa yang membuka festival")]
    [InlineData("berapa kelurahan ikut festival, like 50?", "berapa kelurahan ikut festival")]
    [InlineData("siapa yang membuka festival, dan kapan digelar?", null)] // a second question, not a guess
    [InlineData("festival kanal aduan digelar di lumajang kan?", null)] // no question before the guess
    [InlineData("siapa pemenang festival, 2019 ya?", null)] // a year after a question not asking a date: a condition
    [InlineData("apa itu festival kanal aduan", null)]
    public void The_question_before_the_users_guess_is_read_alone(string question, string? expected) =>
        Assert.Equal(expected, QuestionCues.GuessedHead(InformalIndonesian.Normalize(question)));

    private static readonly Passage[] Fair =
    [
        Passage(0, "Festival kanal aduan 2019 di Kota Lumajang", "Festival kanal aduan digelar pada 12 Juli 2019 di Kota Lumajang dan dibuka oleh panitia daerah. Pesertanya 40 kelurahan."),
        Passage(1, "Layanan pengaduan kanal aduan", "Warga dapat menyampaikan pengaduan melalui kanal aduan kelurahan, lalu petugas kelurahan menindaklanjutinya."),
    ];

    private static readonly ConfidenceModel Model = ConfidenceModel.Default with { UnstatedAnyCoverage = ["kontak"] };

    [Fact]
    public void A_guess_after_the_question_does_not_keep_its_answer_back()
    {
        using var index = BuildWithFillers(Fair);
        var answer = new QuestionAnswerer(index, model: Model).Answer("kapan festival kanal aduan digelar, bulan agustus kan?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("12 Juli 2019", answer.Answer!.Body);
    }

    [Fact]
    public void A_contact_is_answered_only_by_a_line_stating_one()
    {
        using var without = BuildWithFillers(Fair);
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(without, model: Model).Answer("nomor telepon layanan pengaduan kanal aduan kelurahan").Kind);
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(without, model: Model).Answer("link pendaftaran festival kanal aduan 2019 apa").Kind);
        using var with = BuildWithFillers([Passage(0, "Layanan pengaduan kanal aduan", "Warga dapat menyampaikan pengaduan kanal aduan kelurahan melalui nomor telepon 0341-881234 atau https://aduan.example.go.id.")]);
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(with, model: Model).Answer("nomor telepon layanan pengaduan kanal aduan kelurahan").Kind);
    }
}
