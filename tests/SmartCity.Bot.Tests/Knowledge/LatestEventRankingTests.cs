using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// "X terakhir" asks for the latest X when the documents tell of X over several years and never write "terakhir" after
/// it (made-up passages): the section headed by the newest year answers, not one that happens to write "terakhir";
/// "tahap terakhir", which the documents write, stays the last place of a sequence.
/// </summary>
public sealed class LatestEventRankingTests
{
    private static readonly Passage[] Signings =
    [
        Passage(0, "Penandatanganan piagam 2021", "Piagam kerja sama ditandatangani 12 Maret 2021 oleh 30 kepala daerah."),
        Passage(1, "Penandatanganan piagam 2023", "Piagam kerja sama ditandatangani 9 Mei 2023 oleh 12 kepala daerah."),
        Passage(2, "Pelatihan empat tahap", "Pelatihan berlangsung empat tahap; tahap terakhir ditutup dengan ikrar bersama setelah piagam ditandatangani."),
    ];

    [Fact]
    public void The_latest_of_a_recurring_event_is_the_section_headed_by_the_newest_year()
    {
        using var index = BuildWithFillers(Signings);
        var question = index.Analyze("piagam terakhir ditandatangani kapan");
        Assert.True(question.Terms.Single(t => t.Words == "terakhir").Latest);
        Assert.Equal("uji.md#1", index.Search(question)[0].Passage.Id);
    }

    [Fact]
    public void A_last_place_the_documents_write_keeps_its_word()
    {
        using var index = BuildWithFillers(Signings);
        var question = index.Analyze("tahap terakhir pelatihan ditutup dengan apa");
        Assert.False(question.Terms.Single(t => t.Words == "terakhir").Latest);
        Assert.Equal("uji.md#2", index.Search(question)[0].Passage.Id);
    }

    [Fact]
    public void A_summary_reaching_the_newest_year_stays_first_against_an_older_section()
    {
        // Candidates 0 (a summary naming years up to 2025), 1 (headed 2018), 2 (headed 2025, covering too little).
        var coverage = new[] { 0.8, 0.8, 0.3 };
        var headed = new[] { 0, 2018, 2025 };
        Assert.Equal(0, KnowledgeIndex.LatestFirst([0, 1, 2], 0, i => coverage[i], i => headed[i], firstYear: 2025));
        // A section headed by the year the summary reaches is about that year's event.
        var closer = new[] { 0, 2025, 2018 };
        Assert.Equal(1, KnowledgeIndex.LatestFirst([0, 1, 2], 0, i => coverage[i], i => closer[i], firstYear: 2025));
    }
}
