using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// "X mulai ada tahun berapa" asks when X began (made-up passages): the start word only frames the question when X is
/// something specific, so a section writing "mulai" about another thing does not outrank the one naming X. With
/// nothing else specific, or with a word no document has, the start word keeps its weight.
/// </summary>
public sealed class StartOfThingRankingTests
{
    private static readonly Passage[] Sections =
    [
        Passage(0, "Pemeriksaan mulai September 2020", "Mulai September 2020 petugas memeriksa laporan peserta 2016–2019."),
        Passage(1, "Angkatan 2021", "Angkatan 2021 diikuti 40 kabupaten. Pada tahun 2021 kecamatan juga ikut lewat konsep kecamatan tangguh."),
        Passage(2, "Peluncuran program", "Program diluncurkan pada 3 Maret 2016 di Palu."),
    ];

    [Fact]
    public void The_start_of_a_named_thing_is_the_section_naming_it()
    {
        using var index = BuildWithFillers(Sections);
        var question = index.Analyze("kecamatan tangguh itu mulai ada tahun berapa?");
        Assert.True(question.Terms.Single(t => t.Words == "mulai").Generic, string.Join(", ", question.Terms.Select(t => $"{t.Words}:{t.Weight:0.00}:{t.Known}:{t.Emphasis}")));
        Assert.Equal("uji.md#1", index.Search(question)[0].Passage.Id);
    }

    [Fact]
    public void With_nothing_else_specific_the_start_word_stays_the_subject()
    {
        using var index = BuildWithFillers(Sections);
        Assert.False(index.Analyze("kapan mulai?").Terms.Single(t => t.Words == "mulai").Generic);
    }

    [Fact]
    public void A_word_no_document_has_keeps_the_start_word_weighed()
    {
        using var index = BuildWithFillers(Sections);
        Assert.False(index.Analyze("kecamatan zorblax mulai tahun berapa?").Terms.Single(t => t.Words == "mulai").Generic);
    }
}
