namespace SmartCity.Bot.Understanding;

/// <summary>One retraining: what moved against the recognizer trained on every example.</summary>
/// <param name="Changed">Probe messages whose top intent (or no intent) changed.</param>
/// <param name="CloseChanged">Probe messages whose close-call decision (would the router ask "maksud Anda yang mana") changed.</param>
/// <param name="ScoreShift">Mean absolute change of the top intent's score, over messages that kept their top intent.</param>
public sealed record StabilityTrial(int Changed, int CloseChanged, double ScoreShift, double CloseRatio, double EvidenceFloor, IntentCalibration Calibration);

/// <summary>
/// How much the recognizer moves when its examples change a little — the fragility that made one added example
/// cost answers elsewhere: retrain with <c>k</c> random examples left out (or <c>k</c> probe lines added), read the
/// probes again, count the readings and close-call decisions that changed. Seeds are fixed, so two builds compare.
/// </summary>
public static class IntentStability
{
    // The router asks only below this top score (DialogRouter.ClearScore).
    private const double ClearScore = 0.55;

    public static IReadOnlyList<StabilityTrial> Run(Recognizer trained, IReadOnlyList<IntentExample> examples,
        IReadOnlyList<IntentExample> probe, int k, int trials, bool add, PinnedCalibration? pinned)
    {
        var baseline = Baseline(trained.Retrained(examples, pinned), probe);
        var result = new List<StabilityTrial>();
        for (var seed = 1; seed <= trials; seed++)
        {
            var random = new Random(seed);
            IReadOnlyList<IntentExample> changed;
            var counted = probe;
            if (add)
            {
                // Probe lines moved into training are no longer counted: they would read as themselves.
                var moved = probe.OrderBy(_ => random.Next()).Take(k).ToHashSet();
                changed = examples.Concat(moved).ToList();
                counted = probe.Where(p => !moved.Contains(p)).ToList();
            }
            else
            {
                var dropped = Enumerable.Range(0, examples.Count).OrderBy(_ => random.Next()).Take(k).ToHashSet();
                changed = examples.Where((_, i) => !dropped.Contains(i)).ToList();
            }
            var recognizer = trained.Retrained(changed, pinned);
            var now = ReadAll(recognizer, counted);
            var before = counted.Select(p => baseline[p]).ToList();
            var kept = now.Zip(before).Where(x => x.First.Top == x.Second.Top).ToList();
            result.Add(new StabilityTrial(
                now.Zip(before).Count(x => x.First.Top != x.Second.Top),
                now.Zip(before).Count(x => x.First.Close != x.Second.Close),
                kept.Count > 0 ? kept.Average(x => Math.Abs(x.First.Score - x.Second.Score)) : 0,
                recognizer.Calibration.CloseRatio, recognizer.Calibration.EvidenceFloor, recognizer.Calibration));
        }
        return result;
    }

    /// <summary>
    /// The thresholds as the median of their out-of-fold values over <paramref name="trials"/> retrainings, each without a
    /// random <see cref="DroppedShare"/> of the examples (fixed seeds): what `intents --calibrate` pins.
    /// </summary>
    public static (double EvidenceFloor, double CloseRatio) Calibrate(Recognizer trained, IReadOnlyList<IntentExample> examples, int trials)
    {
        var k = (int)(examples.Count * DroppedShare);
        var found = Enumerable.Range(1, trials).Select(seed =>
        {
            var random = new Random(seed);
            var dropped = Enumerable.Range(0, examples.Count).OrderBy(_ => random.Next()).Take(k).ToHashSet();
            return trained.Retrained(examples.Where((_, i) => !dropped.Contains(i)).ToList(), null).Calibration.Live;
        }).ToList();
        return (Median(found.Select(f => f.EvidenceFloor)), Median(found.Select(f => f.CloseRatio)));
    }

    public const double DroppedShare = 0.05;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }


    private sealed record Reading(string Top, double Score, bool Close);

    private static Dictionary<IntentExample, Reading> Baseline(Recognizer recognizer, IReadOnlyList<IntentExample> probe) =>
        probe.Distinct().ToDictionary(p => p, p => ReadOne(recognizer, p));

    private static List<Reading> ReadAll(Recognizer recognizer, IReadOnlyList<IntentExample> probe) => probe.Select(p => ReadOne(recognizer, p)).ToList();

    private static Reading ReadOne(Recognizer recognizer, IntentExample example)
    {
        var intents = recognizer.Recognize(example.Text).Intents;
        var close = intents.Count > 1 && intents[0].Score < ClearScore && intents[1].Score >= recognizer.Calibration.CloseRatio * intents[0].Score;
        return new Reading(intents.Count > 0 ? intents[0].Intent : Recognition.None, intents.Count > 0 ? intents[0].Score : 0, close);
    }
}
