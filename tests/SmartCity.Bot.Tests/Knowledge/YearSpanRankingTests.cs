using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// One year against a span of years (factor year_in_span in ranking.json): "2022 pesertanya berapa" is that year's own
/// section, not a total over 2019–2022 whose heading holds the year; "sampai akhir 2021 totalnya berapa" (the year closes
/// a span, knowledge/lexicon/penanda-hingga.txt) and "selama ini" are a summary over the years, not one year's section.
/// Alone (<see cref="LexiconCollection"/>): tests put other weights in use, which the whole process shares.
/// </summary>
[Collection(nameof(LexiconCollection))]
public sealed class YearSpanRankingTests
{
    private const string OneYear = "Peserta lomba robot 2022: 40 sekolah";
    private const string Total = "Total peserta lomba robot 2019–2022: 150 sekolah";
    private const string Earlier = "Peserta lomba robot 2021: total 45 sekolah";

    private static readonly Passage[] Lomba =
    [
        Passage(0, OneYear, "Lomba robot 2022 diikuti 40 sekolah dari seluruh provinsi."),
        Passage(1, Total, "Total peserta lomba robot 2019–2022 adalah 150 sekolah: 30 sekolah (2019), 35 sekolah (2020), 45 sekolah (2021), dan 40 sekolah (2022)."),
        Passage(2, Earlier, "Lomba robot 2021 diikuti total 45 sekolah peserta, sekolah negeri dan swasta."),
    ];

    [Fact]
    public void One_year_asked_is_answered_by_its_own_section_not_by_the_span_total()
    {
        using var index = BuildWithFillers(Lomba);
        Assert.Equal(OneYear, index.Search("lomba robot tahun 2022 pesertanya ada berapa")[0].Passage.Heading);
    }

    [Fact]
    public void A_year_closing_a_span_asks_the_total_up_to_it()
    {
        using var index = BuildWithFillers(Lomba);
        Assert.Equal(Total, index.Search("sampai akhir 2021 total peserta lomba robot ada berapa")[0].Passage.Heading);
    }

    [Fact]
    public void Without_the_factor_the_one_year_section_answers_the_total_up_to_it()
    {
        using var index = BuildWithFillers(Lomba);
        var question = new AblationQuestion("hingga", index.Analyze("sampai akhir 2021 total peserta lomba robot ada berapa"), p => p.Heading == Total);
        Assert.Equal([true], RankingAblation.FirstRight(index, [question], RankingWeights.Default));
        Assert.Equal([false], RankingAblation.FirstRight(index, [question], RankingWeights.Default with { YearInSpan = 0, Span = 0 }));
    }

    [Fact]
    public void A_span_asked_is_answered_by_the_span()
    {
        using var index = BuildWithFillers(Lomba);
        Assert.Equal(Total, index.Search("peserta lomba robot 2019-2022 totalnya berapa")[0].Passage.Heading);
    }
}
