using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Two ways a staff document's section is passed over for one that only shares the document's words (the probe's
/// deck; made-up passages): a deck writing its years only in the bullets, one per page, is answered for a year by that year's page,
/// not by its cover; a region the question names leads from a general section to the region's own document.
/// </summary>
public sealed class YearInTextAndNamedRegionRankingTests
{
    private static Passage Slide(int n, string heading, string body) =>
        new($"paparan.pdf#{n}", "paparan.pdf", "Capaian Layanan Kota Sukamaju", "paparan", [heading], body, ["paparan uji"]);

    [Fact]
    public void A_year_written_only_in_a_slide_leads_to_that_slide()
    {
        // The probe's deck among the programme's own documents: its cover is headed by the deck's title and names no year.
        const string deck = "paparan-capaian-smart-city-kota-palu.pdf";
        var slides = DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-19", deck), deck)!.Passages;
        using var index = KnowledgeIndex.Build([.. DocumentLoader.LoadFolder(RepoPaths.Knowledge).SelectMany(d => d.Passages), .. slides]);
        var asked = index.WithHints(index.Analyze("capaian smart city palu 2025"), new KnowledgeHints(RegionName: "Kota Palu"));
        var question = new AblationQuestion("tahun", asked, p => p.Heading == "Integrasi dan Perluasan");
        Assert.Equal([true], RankingAblation.FirstRight(index, [question], RankingWeights.Default));
        Assert.Equal([false], RankingAblation.FirstRight(index, [question], RankingWeights.Default with { Off = ["dominance_year"] }));
    }

    private static readonly Passage[] Decree =
    [
        Passage(0, "Penetapan rencana induk dengan peraturan kepala daerah",
            "Rencana induk kota cerdas ditetapkan dengan peraturan wali kota atau peraturan bupati. Contohnya Kota Mekarsari menetapkan rencana induk "
            + "dengan peraturan wali kota nomor 7. Rencana induk yang ditetapkan menjadi acuan perangkat daerah, dan penetapan rencana induk diumumkan."),
        Slide(1, "Profil Singkat", "Rencana induk 2024-2033 ditetapkan dengan peraturan wali kota nomor 9. Dewan kota diketuai Wali Kota Sukamaju."),
    ];

    [Fact]
    public void A_region_named_in_the_question_leads_to_its_own_document()
    {
        using var index = BuildWithFillers(Decree);
        var asked = index.WithHints(index.Analyze("rencana induk sukamaju ditetapkan peraturan wali kota nomor berapa"), new KnowledgeHints(RegionName: "Kota Sukamaju"));
        var question = new AblationQuestion("daerah", asked, p => p.Id == "paparan.pdf#1");
        Assert.Equal([true], RankingAblation.FirstRight(index, [question], RankingWeights.Default));
        Assert.Equal([false], RankingAblation.FirstRight(index, [question], RankingWeights.Default with { Off = ["dominance_region"] }));
    }
}
