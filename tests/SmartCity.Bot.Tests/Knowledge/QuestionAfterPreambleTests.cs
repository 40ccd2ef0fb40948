using System.Text.RegularExpressions;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A long message that first says who is asking and why, and asks last: the words of the preamble name no subject,
/// so when the whole is not answered surely, what follows the preamble is asked alone.
/// </summary>
public sealed class QuestionAfterPreambleTests
{
    private static readonly Regex Asks = new(@"\b(apa|berapa|kapan|siapa|mana)\b");

    [Fact]
    public void The_tails_follow_clause_marks_and_asking_phrases_longest_first()
    {
        var tails = QuestionCues.ClauseTails(InformalIndonesian.Normalize("halo, aku lagi ngerjain tugas, dosennya nanya peraturan parkir kota nomor berapa?"), Asks).ToList();

        Assert.Equal(["saya lagi ngerjain tugas, dosennya bertanya peraturan parkir kota nomor berapa?", "dosennya bertanya peraturan parkir kota nomor berapa?", "peraturan parkir kota nomor berapa?"], tails);
    }

    [Fact]
    public void A_tail_that_asks_nothing_is_not_tried()
    {
        Assert.Empty(QuestionCues.ClauseTails("berapa nomor peraturan parkir kota, terima kasih", Asks));
    }

    [Fact]
    public void The_question_after_a_preamble_is_answered()
    {
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Peraturan nomor parkir", "Parkir kota diatur dengan Peraturan Wali Kota Nomor 12 Tahun 2030."),
            MadeUpPassages.Passage(2, "Saluran aduan bangku taman", "Warga melaporkan bangku taman yang rusak lewat aplikasi Taman Kita."));

        var answer = new QuestionAnswerer(index).Answer("aku lagi ngerjain skripsi soal kebijakan, dosenku nanya peraturan parkir kota nomor berapa?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("uji.md#1", answer.Best!.Passage.Id);
    }

    [Theory]
    [InlineData("tanggalnya masing2 kapan", "tanggalnya masing kapan")]
    [InlineData("tema g20 apa", "tema g20 apa")]
    public void A_reduplication_written_with_2_is_the_word(string typed, string normalized) =>
        Assert.Equal(normalized, InformalIndonesian.Normalize(typed));
}
