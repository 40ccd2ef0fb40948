using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Issue 9: a question asking when
/// the programme itself started (tanya-awal.txt, nothing more specific than the programme named, no year) is answered by
/// its launch in 2017, not by a later year's section whose heading happens to write "mulai" (the 2022 evaluation).
/// </summary>
public sealed class ProgrammeStartTests
{
    private static readonly Lazy<KnowledgeIndex> Index = new(() => KnowledgeIndex.Build(DocumentLoader.LoadFolder(RepoPaths.Knowledge).SelectMany(d => d.Passages)));

    [Theory]
    [InlineData("kapan programnya mulai")]
    [InlineData("kapan programnya dimulai?")]
    [InlineData("When did the programme start?")]
    // The programme named in full and "mulai" as people type it (sinonim.txt: mulai => peluncuran): the launch, not a later
    // section saying "mulai 2021".
    [InlineData("program gerakan menuju smart city mulai kapan")]
    public void The_programme_start_is_its_launch_year(string question)
    {
        var first = Index.Value.Search(question)[0].Passage;
        Assert.Contains("2017", first.Heading);
        Assert.DoesNotContain("2022", first.Heading);
    }

    [Fact]
    public void A_start_asked_of_something_named_is_not_moved_to_the_oldest_year()
    {
        // "bimtek" names what started: the rule for the programme's own start does not apply.
        var question = Index.Value.Analyze("kapan bimtek 2019 dimulai");
        Assert.Contains("2019", Index.Value.Search(question)[0].Passage.Heading);
    }

    [Fact]
    public void Of_candidates_covering_the_question_the_oldest_heading_stating_a_start_goes_first()
    {
        // Candidates 0..2 in rank order: a 2022 section first, a 2017 launch, a 2019 section; all cover the question alike.
        int[] started = [2022, 2017, 2019];
        Assert.Equal(1, KnowledgeIndex.EarliestFirst([0, 1, 2], 0, _ => 1, i => started[i], 2022));
        // One covering far less of the question stays behind, however old: the next oldest covering it goes first.
        Assert.Equal(2, KnowledgeIndex.EarliestFirst([0, 1, 2], 0, i => i == 1 ? 0.2 : 1, i => started[i], 2022));
        // None older than the first: the first stays.
        Assert.Equal(0, KnowledgeIndex.EarliestFirst([0, 1, 2], 0, _ => 1, i => started[i], 2017));
    }
}
