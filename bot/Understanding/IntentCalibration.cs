namespace SmartCity.Bot.Understanding;

/// <summary>One training example read with itself left out: its intent, the reading, and how sure that reading was.</summary>
/// <param name="Ratio">Runner-up score over the top score (0 with no runner-up).</param>
/// <param name="Evidence">Share of the example's words the read intent's other examples use (<see cref="IntentVocabulary"/>).</param>
public sealed record OutOfFoldReading(string Intent, string Got, string? RunnerUp, double TopScore, double Ratio, double? Evidence)
{
    public bool Correct => Got == Intent;
}

/// <summary>
/// Thresholds taken from the training examples themselves, each read with itself left out (out of fold), so they
/// follow the examples staff write instead of constants tuned by hand:
/// <list type="bullet">
/// <item><see cref="EvidenceFloor"/>: a reading whose intent's examples use less of the message than nearly every
/// correct out-of-fold reading did (<see cref="FloorQuantile"/>) is not trusted — the message goes to the documents,
/// which decline what they do not know.</item>
/// <item><see cref="CloseRatio"/>: a runner-up this close to the top (score ratio) marks the band where, out of fold,
/// the runner-up is the right intent about as often as the top one (<see cref="RunnerUpShare"/>): a coin toss
/// worth one short question. Below it the top reading is clearly the better bet and nothing is asked.</item>
/// </list>
/// </summary>
/// <param name="Pinned">Whether the two thresholds come from calibration.json (<see cref="PinnedCalibration"/>) instead of these readings.</param>
public sealed record IntentCalibration(double EvidenceFloor, double CloseRatio, IReadOnlyList<OutOfFoldReading> Readings, bool Pinned = false)
{
    /// <summary>The thresholds of this training's readings (what <see cref="From"/> found), whether or not pinned ones are used.</summary>
    public (double EvidenceFloor, double CloseRatio) Live { get; init; }

    public const double FloorQuantile = 0.01;
    public const double RunnerUpShare = 0.9;
    public const int SampleSize = 2000;
    // Bands need enough readings to say anything; with fewer (a test's handful of examples) no floor, and the ratio
    // the router used before it was calibrated.
    public const double UncalibratedCloseRatio = 0.9;
    private const int MinBand = 20;

    public static IntentCalibration From(IntentClassifier classifier, IntentVocabulary vocabulary, IReadOnlyList<(string Intent, string Masked)> examples)
    {
        // Every example up to SampleSize, else an even spread of them: start-up stays bounded as staff add examples.
        // (Half the examples moved the close ratio from 0.85 to 0.74: the band edge needs all of them for now.)
        var stride = Math.Max(1, (int)Math.Ceiling(examples.Count / (double)SampleSize));
        var readings = new List<OutOfFoldReading>(examples.Count / stride + 1);
        for (var doc = 0; doc < examples.Count; doc += stride)
        {
            var (intent, masked) = examples[doc];
            var ranked = classifier.ClassifyLeftOut(doc);
            if (ranked.Count == 0)
            {
                readings.Add(new OutOfFoldReading(intent, Recognition.None, null, 0, 0, null));
                continue;
            }
            var ratio = ranked.Count > 1 ? ranked[1].Score / ranked[0].Score : 0;
            readings.Add(new OutOfFoldReading(intent, ranked[0].Intent, ranked.Count > 1 ? ranked[1].Intent : null, ranked[0].Score, ratio,
                vocabulary.Evidence(ranked[0].Intent, masked, doc)));
        }
        var (floor, close) = (Floor(readings), Close(readings));
        return new IntentCalibration(floor, close, readings) { Live = (floor, close) };
    }

    private static double Floor(List<OutOfFoldReading> readings)
    {
        var evidence = readings.Where(r => r.Correct && r.Evidence is not null).Select(r => r.Evidence!.Value).Order().ToList();
        return evidence.Count < MinBand ? 0 : evidence[(int)Math.Floor(FloorQuantile * (evidence.Count - 1))];
    }

    /// <summary>The lowest ratio from which on (ratio and above) the runner-up is right at least <see cref="RunnerUpShare"/> as often as the top.</summary>
    private static double Close(List<OutOfFoldReading> readings)
    {
        var byRatio = readings.Where(r => r.RunnerUp is not null).OrderByDescending(r => r.Ratio).ToList();
        if (byRatio.Count < MinBand) return UncalibratedCloseRatio;
        var (close, top, runnerUp) = (1.0, 0, 0);
        for (var i = 0; i < byRatio.Count; i++)
        {
            if (byRatio[i].Correct) top++;
            if (byRatio[i].RunnerUp == byRatio[i].Intent) runnerUp++;
            if (i + 1 >= MinBand && runnerUp >= RunnerUpShare * top) close = byRatio[i].Ratio;
        }
        return close;
    }
}
