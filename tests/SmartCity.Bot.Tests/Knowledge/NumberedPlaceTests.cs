using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>A list labelled by a numbered noun answers the place asked, roman or arabic on either side.</summary>
public sealed class NumberedPlaceTests
{
    private static readonly string[] Phases =
        ["Fase I (2024): inventarisasi data", "Fase II (2025): integrasi aplikasi", "Fase III (2026): dasbor publik"];

    private static readonly string[] Groups =
        ["Kelompok Kerja 1 menyiapkan antrean daring;", "Kelompok Kerja 2 menyiapkan perizinan;", "Kelompok Kerja 3 menyiapkan lampu jalan."];

    [Fact]
    public void An_arabic_number_asked_meets_a_roman_label() =>
        Assert.Equal(["Fase II (2025): integrasi aplikasi"], NumberedPlace.Lines("fase 2 dasbor ngapain", Phases));

    [Fact]
    public void A_roman_number_asked_meets_an_arabic_label_after_other_words() =>
        Assert.Equal(["Kelompok Kerja 2 menyiapkan perizinan;"], NumberedPlace.Lines("kelompok ii tugasnya apa", Groups));

    [Fact]
    public void Two_places_asked_keep_both_lines() =>
        Assert.Equal(2, NumberedPlace.Lines("fase 1 dan fase 3 apa bedanya", Phases)!.Count);

    [Theory]
    [InlineData("tahap 2 apa")]            // another noun than the labels'
    [InlineData("fase pengembangan apa")]  // no number asked
    [InlineData("fase 4 apa")]             // a place the list does not have
    [InlineData("fase 2025 apa")]          // a year is no place
    public void Otherwise_the_list_stays_whole(string question) =>
        Assert.Null(NumberedPlace.Lines(question, Phases));

    [Fact]
    public void Lines_not_labelled_by_the_noun_are_no_numbered_list() =>
        Assert.Null(NumberedPlace.Lines("fase 2 apa", ["Fase II dimulai 2025", "Anggaran Rp1,9 miliar"]));

    // A regulation's article: its ayat numbered in brackets (knowledge/lexicon/bagian-berkurung.txt), points under one.
    private static readonly string[] Article =
    [
        "(1) Forum data desa dibentuk oleh camat.",
        "(2) Forum data desa beranggotakan:",
        "a. kepala desa;",
        "b. operator desa.",
        "(3) Forum data desa bersidang dua kali setahun.",
    ];

    [Fact]
    public void An_ayat_asked_is_its_bracketed_line() =>
        Assert.Equal(["(3) Forum data desa bersidang dua kali setahun."], NumberedPlace.Lines("pasal 9 ayat 3 bunyinya apa", Article));

    [Fact]
    public void An_ayat_asked_keeps_the_points_under_it() =>
        Assert.Equal(["(2) Forum data desa beranggotakan:", "a. kepala desa;", "b. operator desa."], NumberedPlace.Lines("isi pasal 9 ayat (2)", Article));

    [Fact]
    public void An_article_asked_without_an_ayat_stays_whole() =>
        Assert.Null(NumberedPlace.Lines("pasal 9 isinya apa", Article));
}
