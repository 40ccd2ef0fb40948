using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// What the conversation knows (the recognizer's entities, the memory) steers which passage answers a question that
/// leaves it out: a year to the passage about that year, a region to the passage naming it, a pillar to its section.
/// Hints never make an answer more sure than the question's own words do.
/// </summary>
public sealed class KnowledgeHintsTests
{
    private static readonly Passage[] Yearly =
    [
        Passage(0, "Lomba taman 2029", "Lomba taman 2029 diikuti 12 kelurahan; juaranya Kelurahan Sukamaju."),
        Passage(1, "Lomba taman 2030", "Lomba taman 2030 diikuti 15 kelurahan; juaranya Kelurahan Mekarsari."),
        Passage(2, "Lomba taman pilar lingkungan", "Kategori lingkungan pada lomba taman menilai pohon peneduh dan kompos."),
        Passage(3, "Lomba taman pilar ekonomi", "Kategori ekonomi pada lomba taman menilai kios warga dan pasar kaget."),
    ];

    [Fact]
    public void A_year_hint_prefers_the_passage_about_that_year()
    {
        using var index = BuildWithFillers(Yearly);
        var answerer = new QuestionAnswerer(index);
        Assert.Equal("uji.md#1", answerer.Answer("siapa juara lomba taman?", null, new KnowledgeHints(Year: 2030)).Best!.Passage.Id);
        Assert.Equal("uji.md#0", answerer.Answer("siapa juara lomba taman?", null, new KnowledgeHints(Year: 2029)).Best!.Passage.Id);
    }

    [Fact]
    public void A_region_hint_prefers_the_passage_naming_it()
    {
        using var index = BuildWithFillers(Yearly);
        var answerer = new QuestionAnswerer(index);
        Assert.Equal("uji.md#1", answerer.Answer("siapa juara lomba taman?", null, new KnowledgeHints(RegionName: "Kelurahan Mekarsari")).Best!.Passage.Id);
        Assert.Equal("uji.md#0", answerer.Answer("siapa juara lomba taman?", null, new KnowledgeHints(RegionName: "Kelurahan Sukamaju")).Best!.Passage.Id);
    }

    [Fact]
    public void A_pillar_hint_prefers_that_pillars_section_without_raising_confidence()
    {
        using var index = BuildWithFillers(Yearly);
        var answerer = new QuestionAnswerer(index);
        var plain = answerer.Answer("apa yang dinilai pada kategori lomba taman?");
        var hinted = answerer.Answer("apa yang dinilai pada kategori lomba taman?", null, new KnowledgeHints(Pillar: "ekonomi"));
        Assert.Equal("uji.md#3", hinted.Best!.Passage.Id);
        Assert.Equal("uji.md#2", answerer.Answer("apa yang dinilai pada kategori lomba taman?", null, new KnowledgeHints(Pillar: "lingkungan")).Best!.Passage.Id);
        Assert.True(hinted.Best.Confidence <= plain.Hits.Max(h => h.Confidence) + 1e-9);
    }

    [Fact]
    public void No_hints_answer_as_before()
    {
        using var index = BuildWithFillers(Yearly);
        var answerer = new QuestionAnswerer(index);
        Assert.Equal(answerer.Answer("juara lomba taman 2030?").Best!.Passage.Id,
            answerer.Answer("juara lomba taman 2030?", null, KnowledgeHints.None).Best!.Passage.Id);
    }
}
