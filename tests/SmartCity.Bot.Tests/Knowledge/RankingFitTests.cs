using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

public sealed class RankingFitTests
{
    private static readonly int Factors = RankingWeights.Names.Count;

    // Two candidates: the right one scores lower by BM25 but carries the kind of fact asked (answer_type = 1).
    private static RankingCase Case(float wrongScore, float rightScore)
    {
        var typed = new double[Factors];
        typed[0] = 1;
        var candidates = new List<RankingCandidate>
        {
            new(wrongScore, 0.5, new double[Factors], false),
            new(rightScore, 0.5, typed, true),
        };
        return new RankingCase("q", candidates, new bool[2, 2], new bool[2], new bool[2, 2]);
    }

    [Fact]
    public void The_fit_recovers_a_weight_the_data_calls_for()
    {
        // The right candidate trails by up to 1.8x: answer_type must reach at least 0.8 to put every one first.
        var cases = new[] { 1.2f, 1.5f, 1.8f }.Select(ratio => Case(ratio, 1)).ToList();
        var start = RankingWeights.Default with { AnswerType = 0 };
        Assert.Equal(0, RankingFit.Right(cases, start));

        var fitted = RankingFit.Fit(cases, start);

        Assert.Equal(3, RankingFit.Right(cases, fitted));
        Assert.InRange(fitted.AnswerType, 0.8, 1.0);
        // What the data cannot tell apart stays as it was.
        Assert.Equal(start.Subject, fitted.Subject);
        Assert.Equal(start.CoverageFloor, fitted.CoverageFloor);
    }

    [Fact]
    public void The_checked_fit_keeps_the_start_when_the_check_half_gains_nothing()
    {
        // Every question already right under the start: no move gains on either half.
        var cases = Enumerable.Range(0, 10).Select(i => Case(1, 2) with { Id = $"q{i}" }).ToList();
        var (weights, minGain, _) = RankingFit.FitChecked(cases, RankingWeights.Default);
        Assert.Equal(RankingWeights.Default, weights);
        Assert.Equal(0, minGain);
    }

    [Fact]
    public void A_candidate_that_overtakes_the_first_is_put_first_whatever_the_weights()
    {
        var candidates = new List<RankingCandidate> { new(2, 0.5, new double[Factors], false), new(1, 0.5, new double[Factors], true) };
        var overtakes = new bool[2, 2];
        overtakes[0, 1] = true;
        var @case = new RankingCase("q", candidates, overtakes, new bool[2], new bool[2, 2]);
        Assert.True(@case.RightUnder(0.25, RankingWeights.Default.Factors()));
    }

    [Fact]
    public void The_repository_ranking_weights_load_with_a_note()
    {
        var weights = RankingWeights.For(RepoPaths.Knowledge);
        Assert.False(string.IsNullOrWhiteSpace(weights.Fitted));
        Assert.True(weights.CoverageFloor > 0);
        Assert.Equal(RankingWeights.Names.Count, weights.Factors().Length);
        // Penalties multiply by 1 − weight: they must leave the rank positive.
        Assert.InRange(weights.OtherYearPenalty, 0, 0.99);
        Assert.InRange(weights.PastPenalty, 0, 0.99);
    }

    [Fact]
    public void A_folder_without_ranking_weights_gets_the_defaults() =>
        Assert.Equal(RankingWeights.Default, RankingWeights.For(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));
}
