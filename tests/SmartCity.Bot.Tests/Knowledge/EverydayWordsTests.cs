using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Everyday words people use instead of the programme's terms (knowledge/lexicon/sinonim.txt, one way to the
/// documents' terms): on made-up passages, a question in the everyday word finds the passage written in the term,
/// and a word that is everyday only inside a phrase ("kota pintar") is not widened on its own.
/// </summary>
public sealed class EverydayWordsTests
{
    private static KnowledgeIndex Build(params Passage[] passages) => MadeUpPassages.BuildWithFillers(passages);

    [Fact]
    public void A_fast_result_programme_meets_the_quick_win_passage()
    {
        using var index = Build(
            Passage(0, "Program kecamatan 2030", "Program kecamatan disusun bersama warga dan berjalan sampai 2030."),
            Passage(1, "Quick win halte", "Quick win halte dijalankan lebih dulu agar warga segera merasakannya."));
        Assert.Equal("uji.md#1", index.Search("program cepat halte itu apa")[0].Passage.Id);
    }

    [Fact]
    public void A_yardstick_meets_the_indicators()
    {
        using var index = Build(
            Passage(0, "Penilaian halte 2030", "Halte dinilai pada 2030 oleh tim dari dinas."),
            Passage(1, "Indikator halte 2030: waktu tunggu dan kebersihan", "Halte 2030 diukur dengan waktu tunggu dan kebersihan."));
        Assert.Equal("uji.md#1", index.Search("halte 2030 pakai patokan apa")[0].Passage.Id);
    }

    [Fact]
    public void Twin_names_and_south_east_asia_meet_the_documents_words()
    {
        using var index = Build(
            Passage(0, "Nama kecamatan yang mirip", "Kecamatan Baru Utara dan Baru Selatan ikut pada tahun berbeda."),
            Passage(1, "ASEAN halte network", "Tiga kecamatan menjadi pilot ASEAN halte network."));
        Assert.Equal("uji.md#0", index.Search("kecamatan yang namanya kembar")[0].Passage.Id);
        Assert.Equal("uji.md#1", index.Search("jaringan halte asia tenggara")[0].Passage.Id);
    }

    /// <summary>
    /// A reader's frame ("saya dengar kabarnya …": knowledge/lexicon/kata-fungsi.txt) is not searched, so the
    /// question it frames covers the passage as well as the bare question does.
    /// </summary>
    [Fact]
    public void The_news_a_reader_cites_does_not_thin_the_question()
    {
        using var index = Build(
            Passage(0, "Jumlah halte 2030: 40 atau 44", "Dinas menyebut 40 halte pada 2030, laporan lain menyebut 44 halte."),
            Passage(1, "Warna halte 2030", "Halte 2030 dicat hijau."));
        var answerer = new QuestionAnswerer(index);
        var bare = answerer.Answer("jumlah halte 2030 ada 40 atau 44, mana yang benar?");
        var framed = answerer.Answer("saya dengar kabarnya jumlah halte 2030 ada 40, artikel lain 44, mana yang benar?");
        Assert.Equal("uji.md#0", framed.Best?.Passage.Id);
        Assert.True(framed.Features?.Coverage >= bare.Features?.Coverage - 0.05, $"{framed.Features?.Coverage} < {bare.Features?.Coverage}");
    }

    [Fact]
    public void Clever_alone_is_not_widened_to_the_programme_term()
    {
        Assert.Contains("cerdas", Tokens("kota pintar"));
        Assert.DoesNotContain("cerdas", Tokens("kartu pintar"));
    }

    private static List<string> Tokens(string text)
    {
        using var index = Build(Passage(0, "Halte", "Halte kota cerdas dengan kartu."));
        return index.Analyze(text).Terms.SelectMany(t => t.Options).SelectMany(o => o).SelectMany(a => a).ToList();
    }
}
