using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A figure in a question ("12 kecamatan", from ten up) also seeks the count written in words ("dua belas kecamatan"), from
/// bilangan-angka.txt read the other way; "satu" (mostly "salah satu") is left out, and the documents stay unexpanded.
/// </summary>
public sealed class FiguresAsWordsTests
{
    [Fact]
    public void Counts_of_the_count_list_are_read_from_figure_to_word()
    {
        var lines = Lexicon.FiguresAsWords(NumberWords.Parse(["satu => 1", "tiga => 3", "sepuluh => 10", "dua belas => 12", "# catatan => 9", "rusak"]), ["dua", "tiga", "sepuluh"]).ToList();
        // "tiga" is left out: a small figure is mostly a place ("tahap 3"), its word an incidental count.
        Assert.Equal(["10 => sepuluh", "12 => dua belas"], lines);
    }

    [Fact]
    public void The_repository_lexicon_lets_a_figure_meet_its_word_one_way()
    {
        var synonyms = Lexicon.Current.Synonyms;
        Assert.True(synonyms.TryGet("11", out var eleven));
        Assert.Contains("sebelas", eleven);
        Assert.True(synonyms.TryGet("sebelas", out var word));
        Assert.Contains("11", word);
        Assert.False(synonyms.TryGet("2", out _));
    }

    [Fact]
    public void A_figure_in_a_question_finds_the_section_counting_in_words()
    {
        using var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(0, "Sebelas kecamatan percontohan", "Kecamatan percontohan program ini: Alas, Batu, Cempaka, Dukuh, Empang, Fajar, Gading, Hulu, Ilir, Jati, Kenari."),
            MadeUpPassages.Passage(1, "Syarat kecamatan percontohan", "Kecamatan percontohan dipilih dari usulan kabupaten dan dinilai tim program."));
        Assert.Equal("uji.md#0", index.Search(index.Analyze("11 kecamatan percontohan mana saja"))[0].Passage.Id);
    }
}
