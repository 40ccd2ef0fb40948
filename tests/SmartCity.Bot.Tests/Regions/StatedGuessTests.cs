using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// A question that states the asker's guess and asks to have it confirmed (<see cref="StatedGuess"/>, lexicon
/// penutup-dugaan.txt) is told from a plain yes/no question, which keeps "Tidak, …".
/// </summary>
public sealed class StatedGuessTests
{
    [Theory]
    [InlineData("daerah kami angkatan 2021 kan?", true)]
    [InlineData("Kota Bontang tahap pertama, betul?", true)]
    [InlineData("kita dulu gabung 2017 bener gak", true)]
    [InlineData("kami masuk angkatan kedua ya?", true)]
    [InlineData("Kota Bontang ikut 2024 ga?", false)] // a plain yes/no question: "Tidak, …"
    [InlineData("Kota Palu ikut angkatan 2019?", false)]
    [InlineData("kami angkatan berapa", false)]
    [InlineData("angkatan kami siapa saja yang dari jawa tengah", false)]
    public void A_guess_is_told_by_its_closing_words(string question, bool guessed) =>
        Assert.Equal(guessed, StatedGuess.In(question));
}
