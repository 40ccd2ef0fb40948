using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The answering sentence and everyday synonyms on made-up passages: a question's head word said differently from
/// the document ("biaya" for "anggaran") still picks the section about it over the one naming the program; the sentence after the best one joins when it
/// carries the reason asked; "masalah" is not cut to
/// "masa". The deeper rerank is held by the second document probe (the "kendala" section of a report).
/// </summary>
public sealed class SentenceAndSynonymTests
{
    [Fact]
    public void The_section_with_the_head_word_wins_over_the_one_naming_the_program()
    {
        using var index = BuildWithFillers(
            Passage(0, "Sensor hujan warga Lumajang", "Lima sensor hujan mengirim peringatan banjir kepada warga Lumajang lewat pesan singkat."),
            Passage(1, "Anggaran dan sumber dana", "Sensor hujan warga Lumajang memakai dana desa sebesar Rp 300 juta."));
        Assert.Equal("uji.md#1", index.Search("Biaya sensor hujan untuk warga Lumajang dari mana?")[0].Passage.Id);
        // Without the head word the program's own section stays first.
        Assert.Equal("uji.md#0", index.Search("Sensor hujan untuk warga Lumajang itu apa?")[0].Passage.Id);
    }

    [Fact]
    public void The_next_sentence_joins_when_it_gives_the_reason_asked()
    {
        using var index = BuildWithFillers(Passage(0, "Pertimbangan seleksi peserta",
            "Seleksi peserta memasukkan pertimbangan pemerataan wilayah. Tujuannya agar daerah maju tidak menumpuk di satu pulau. Daftar ini dipakai lagi tahun berikutnya."));
        var question = index.Analyze("Mengapa seleksi peserta memperhatikan pemerataan wilayah?");
        var answer = AnswerComposer.Compose(question, index.Search(question)[0], [], index);
        Assert.Contains("Tujuannya agar", answer.Body);
        Assert.DoesNotContain("tahun berikutnya", answer.Body);
    }

    [Fact]
    public void Masalah_is_kept_whole_and_meets_kendala()
    {
        using var index = BuildWithFillers(Passage(0, "Kendala jaringan", "Kendala jaringan di pulau kecil."));
        var term = index.Analyze("masalah jaringan").Terms.Single(t => t.Words == "masalah");
        var words = term.Options.SelectMany(o => o.SelectMany(p => p)).ToList();
        Assert.DoesNotContain("masa", words);
        Assert.Contains("kendala", words);
    }

    // "terakhir" (the last one) is kept whole: cut to "akhir" or set equal to "berakhir" it met "akhir tahun".
    [Fact]
    public void Terakhir_is_kept_whole_and_does_not_meet_akhir()
    {
        using var index = BuildWithFillers(Passage(0, "Pelatihan sensor", "Pelatihan sensor berlangsung tiga sesi."));
        var term = index.Analyze("sesi terakhir pelatihan").Terms.Single(t => t.Words == "terakhir");
        var words = term.Options.SelectMany(o => o.SelectMany(p => p)).ToList();
        Assert.DoesNotContain("akhir", words);
        Assert.DoesNotContain("berakhir", words);
    }
}
