using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A rank or a score asked ("peringkat berapa", "urutan ke berapa", "nilainya berapa") is answered only by a line
/// stating one (<see cref="AskedDetail"/>, kind "peringkat"); a clause setting something aside after the question
/// ("… ? bukan surat undangannya") is not what is asked (<see cref="QuestionCues.WithoutSetAside"/>).
/// </summary>
public sealed class RankAndSetAsideTests
{
    [Theory]
    [InlineData("kapan lomba kanal aduan digelar? bukan surat undangannya", "kapan lomba kanal aduan digelar")]
    [InlineData("lomba kanal aduan 2019 di mana, bukan yg 2018 ya", "lomba kanal aduan 2019 di mana")]
    [InlineData("lomba kanal aduan kapan? bukan?", null)] // a bare "bukan?" confirms, it sets nothing aside
    [InlineData("daerah yang bukan peserta lomba kanal aduan apa saja", null)] // a denial inside the question
    [InlineData("lomba kanal aduan 2019, bukan kapan digelar tapi di mana", null)] // the clause asks on
    [InlineData("lomba kanal aduan, bukan surat undangannya", null)] // nothing asked before it
    public void A_clause_setting_something_aside_is_not_asked(string question, string? expected) =>
        Assert.Equal(expected, QuestionCues.WithoutSetAside(InformalIndonesian.Normalize(question)));

    private static readonly Passage[] Contest =
    [
        Passage(0, "Lomba kanal aduan 2019: pemenang", "Pemenang lomba kanal aduan 2019 adalah Kota Lumajang, Kota Batu, dan Kabupaten Malang."),
        Passage(1, "Seleksi lomba kanal aduan 2018", "Kabupaten Malang menempati peringkat ke-7 dari 40 kelurahan pada seleksi lomba kanal aduan 2018."),
    ];

    private static readonly ConfidenceModel Model = ConfidenceModel.Default with { UnstatedAnyCoverage = ["peringkat"] };

    [Theory]
    [InlineData("kota batu peringkat berapa di lomba kanal aduan 2019")]
    [InlineData("kota batu urutan ke berapa di lomba kanal aduan 2019")]
    [InlineData("nilai kota batu di lomba kanal aduan 2019 berapa")]
    public void A_rank_is_not_answered_by_the_list_of_winners(string question)
    {
        using var index = BuildWithFillers(Contest);
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(index, model: Model).Answer(question).Kind);
    }

    [Fact]
    public void A_rank_is_answered_by_a_line_stating_it()
    {
        using var index = BuildWithFillers(Contest);
        var answer = new QuestionAnswerer(index, model: Model).Answer("kabupaten malang peringkat berapa di seleksi lomba kanal aduan 2018");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("ke-7", answer.Answer!.Body);
    }

    [Fact]
    public void The_section_stating_the_rank_answers_before_the_one_about_the_selection()
    {
        // The criteria section shares more of the question ("seleksi", "peringkat" of performance) but states no rank.
        using var index = BuildWithFillers(
            Passage(0, "Kriteria seleksi lomba kanal aduan 2018", "Pada seleksi lomba kanal aduan 2018, kelurahan lebih dulu disaring berdasarkan anggaran dan peringkat kinerja pemerintah. Kabupaten Malang menjelaskan tiga aspek seleksi lomba kanal aduan: struktur, infrastruktur, dan suprastruktur."),
            Passage(1, "Penilaian kanal aduan 2018 di Kabupaten Malang", "Kabupaten Malang dinilai pada 5 Maret 2018 dan menempati peringkat ke-7 dari 40 daerah terpilih."));
        var answer = new QuestionAnswerer(index, model: Model).Answer("waktu seleksi lomba kanal aduan kabupaten malang peringkat berapa");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("ke-7", answer.Answer!.Body);
    }

    [Theory]
    [InlineData("berapa peringkat kota batu", true)]
    [InlineData("urutan ke berapa kota batu", true)]
    [InlineData("pemenang lomba urutannya gimana", false)] // no "berapa": the order of a list, not a rank
    [InlineData("berapa daerah yang dinilai", false)] // "dinilai" is no score asked
    [InlineData("bobot nilai inovasi di lomba itu berapa persen", false)] // a unit after "berapa" is what is asked
    [InlineData("berapa daerah yang nilainya di atas 80", false)] // "berapa" counts the regions
    public void A_rank_is_asked_by_a_rank_word_with_berapa(string question, bool asked)
    {
        using var index = BuildWithFillers(Contest);
        Assert.Equal(asked, AskedDetail.Of(index.Analyze(question)).Any(d => d.Name == "peringkat"));
    }

    [Theory]
    [InlineData("Kabupaten Malang menempati peringkat ke-7 dari 40 kelurahan.", true)]
    [InlineData("Skor akhirnya 3,5 dari 4.", true)] // a word or two may stand between
    [InlineData("Skor Kota Batu 85 pada penilaian itu.", true)]
    [InlineData("Kota Batu berada di urutan pertama.", true)]
    [InlineData("Dimensi smart living mendapat nilai tertinggi, yaitu 82.", true)] // a clause mark between
    [InlineData("Pemenang dinilai pada 2019 oleh 20 asesor.", false)] // "dinilai" is no rank word
    [InlineData("Urutan kegiatan 2018 dimulai dari MoU.", false)] // a year is no rank
    public void A_rank_is_stated_by_its_word_with_a_figure_or_an_ordinal(string line, bool stated)
    {
        using var index = BuildWithFillers(Contest);
        var rank = AskedDetail.Of(index.Analyze("peringkat berapa kota batu")).Single(d => d.Name == "peringkat");
        Assert.Equal(stated, rank.StatedIn(line));
    }
}
