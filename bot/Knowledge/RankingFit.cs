namespace SmartCity.Bot.Knowledge;

/// <summary>One of Lucene's candidates for a question, as the re-ranking sees it, and whether its text answers the question.</summary>
/// <param name="Score">BM25.</param>
/// <param name="Coverage">Its coverage of the question (added to the coverage floor).</param>
/// <param name="Factors">The factors of the multiplier, in the order of <see cref="RankingWeights.Names"/>.</param>
public sealed record RankingCandidate(float Score, double Coverage, double[] Factors, bool Right);

/// <summary>
/// A question's candidates in Lucene's order, with what reorders the first beyond the rank (computed once, they do
/// not depend on the weights): <c>Overtakes[a, b]</c>, candidate b answers more of the question than a put first;
/// <c>NeedsCarrier[a]</c>, a put first lacks the figure asked for; <c>Carries[a, b]</c>, b holds it instead.
/// </summary>
public sealed record RankingCase(string Id, IReadOnlyList<RankingCandidate> Candidates, bool[,] Overtakes, bool[] NeedsCarrier, bool[,] Carries)
{
    /// <summary>The candidate <see cref="KnowledgeIndex.Search"/> put first under the installed weights (to check the replay).</summary>
    public int SearchTop { get; init; } = -1;

    /// <summary>The candidate the index puts first under these weights (as <see cref="KnowledgeIndex.Search"/> does).</summary>
    public int Top(double floor, double[] weights)
    {
        var n = Candidates.Count;
        if (n == 0) return -1;
        var ranks = new double[n];
        for (var i = 0; i < n; i++)
            ranks[i] = Candidates[i].Score * (floor + Candidates[i].Coverage) * RankingWeights.Multiplier(weights, Candidates[i].Factors);
        // Stable, like OrderByDescending: equal ranks keep Lucene's order.
        var order = Enumerable.Range(0, n).OrderByDescending(i => ranks[i]).ToArray();
        var first = order[0];
        for (var step = 0; step < 3; step++)
        {
            var better = -1;
            foreach (var i in order)
                if (i != first && Overtakes[first, i]) { better = i; break; }
            if (better < 0) break;
            first = better;
        }
        if (NeedsCarrier[first])
            foreach (var i in order)
                if (i != first && Carries[first, i]) { first = i; break; }
        if (OrderShares is { } shares) first = KnowledgeIndex.OrderFirst(order, first, i => shares[i]);
        if (HeadingYears is { } headed && NewestYears is { } newest)
            first = KnowledgeIndex.LatestFirst(order, first, i => Candidates[i].Coverage, i => headed[i], newest[first]);
        return StartHeadingYears is { } started && OldestYears is { } oldest
            ? KnowledgeIndex.EarliestFirst(order, first, i => Candidates[i].Coverage, i => started[i], oldest[first]) : first;
    }

    /// <summary>Each candidate's oldest heading year when it states a beginning, for a question asking the programme's start (null when the rule does not apply).</summary>
    public int[]? StartHeadingYears { get; init; }

    /// <summary>Each candidate's oldest year (its heading's, else its text's), for a question asking the programme's start (null when the rule does not apply).</summary>
    public int[]? OldestYears { get; init; }

    /// <summary>Each candidate's newest heading year, for a question asking the latest (null when the rule does not apply).</summary>
    public int[]? HeadingYears { get; init; }

    /// <summary>Each candidate's newest year (its heading's, else its text's), for a question asking the latest (null when the rule does not apply).</summary>
    public int[]? NewestYears { get; init; }

    /// <summary>Each candidate's share of the step an order question names in one of its clauses (null when the rule does not apply).</summary>
    public double[]? OrderShares { get; init; }

    public bool RightUnder(double floor, double[] weights) => Top(floor, weights) is var top && top >= 0 && Candidates[top].Right;
}

/// <summary>
/// Fits the re-ranking's weights on cached candidates: coordinate search over a grid per weight, a few passes, the
/// objective the number of questions whose first candidate answers them. A weight moves only on a strict gain, to
/// the best grid value closest to where it was: what the data cannot tell apart stays as it was set.
/// </summary>
public static class RankingFit
{
    private static readonly double[] Grid = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.5, 2.0, 3.0];
    // A penalty multiplies by 1 − weight: it must stay above 0.
    private static readonly double[] PenaltyGrid = [0, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    private static readonly double[] FloorGrid = [0.05, 0.1, 0.15, 0.25, 0.35, 0.5, 0.75, 1.0, 1.5];

    public const int Seed = 9;

    /// <summary>
    /// The fit whose least gain per move (1, 2, 3, 5) does best on a check half of the questions, fitted on the other
    /// half (seed <see cref="Seed"/>, the installed weights kept on a tie), then refitted on all of them.
    /// </summary>
    public static (RankingWeights Weights, int MinGain, string Halves) FitChecked(IReadOnlyList<RankingCase> cases, RankingWeights start)
    {
        var random = new Random(Seed);
        var order = cases.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => (Case: c, Key: random.Next())).OrderBy(x => x.Key).Select(x => x.Case).ToList();
        var fit = order.Take(order.Count / 2).ToList();
        var check = order.Skip(order.Count / 2).ToList();
        var (gain, right, notes) = (0, Right(check, start), new List<string> { $"terpasang {Right(check, start)}/{check.Count}" });
        foreach (var minGain in new[] { 1, 2, 3, 5 })
        {
            var count = Right(check, Fit(fit, start, minGain: minGain));
            notes.Add($"selisih ≥ {minGain}: {count}/{check.Count}");
            if (count > right) (gain, right) = (minGain, count);
        }
        return (gain == 0 ? start : Fit(cases, start, minGain: gain), gain, string.Join(", ", notes));
    }

    public static int Right(IReadOnlyList<RankingCase> cases, RankingWeights weights)
    {
        var w = weights.Factors();
        return cases.Count(c => c.RightUnder(weights.CoverageFloor, w));
    }

    /// <param name="minGain">Questions a move must gain: above 1, a weight moves only on a gain the data shows more than once.</param>
    public static RankingWeights Fit(IReadOnlyList<RankingCase> cases, RankingWeights start, int passes = 3, int minGain = 1)
    {
        var floor = start.CoverageFloor;
        var w = start.Factors();
        var best = cases.Count(c => c.RightUnder(floor, w));
        for (var pass = 0; pass < passes; pass++)
        {
            var moved = false;
            for (var k = -1; k < w.Length; k++)
            {
                var grid = k < 0 ? FloorGrid : RankingWeights.Names[k].EndsWith("penalty", StringComparison.Ordinal) ? PenaltyGrid : Grid;
                var current = k < 0 ? floor : w[k];
                var (value, right) = (current, best);
                foreach (var v in grid.OrderBy(v => Math.Abs(v - current)))
                {
                    var f = k < 0 ? v : floor;
                    var trial = (double[])w.Clone();
                    if (k >= 0) trial[k] = v;
                    var count = cases.Count(c => c.RightUnder(f, trial));
                    if (count > right) (value, right) = (v, count);
                }
                if (right < best + minGain) continue;
                if (k < 0) floor = value; else w[k] = value;
                best = right;
                moved = true;
            }
            if (!moved) break;
        }
        return start.WithFactors(w) with { CoverageFloor = floor };
    }
}
