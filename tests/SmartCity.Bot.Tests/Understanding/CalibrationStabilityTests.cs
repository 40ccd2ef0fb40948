using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// The recognizer's thresholds do not move when a few examples change (calibration.json, `intents --calibrate`), the
/// pinned figures stay close to what the examples give now.
/// </summary>
public sealed class CalibrationStabilityTests
{
    [Fact]
    public void Pinned_thresholds_hold_when_examples_are_dropped_and_stay_near_the_live_estimate()
    {
        var recognizer = UnderstandingData.Recognizer;
        var pinned = PinnedCalibration.Load(UnderstandingData.Folder);
        Assert.NotNull(pinned);
        Assert.True(recognizer.Calibration.Pinned);
        Assert.Equal(pinned.CloseRatio, recognizer.Calibration.CloseRatio);

        var fewer = recognizer.Examples.Where((_, i) => i % 50 != 7).ToList(); // 2 % of the examples gone
        var retrained = recognizer.Retrained(fewer, pinned);
        Assert.Equal(pinned.CloseRatio, retrained.Calibration.CloseRatio);
        Assert.Equal(pinned.EvidenceFloor, retrained.Calibration.EvidenceFloor);

        // Drifted far from what the examples give now (their spread over retrainings is about ±0.03): re-run
        // `intents --calibrate --write` after changing many examples.
        var (liveFloor, liveClose) = recognizer.Calibration.Live;
        Assert.InRange(pinned.CloseRatio, liveClose - 0.08, liveClose + 0.08);
        Assert.InRange(pinned.EvidenceFloor, liveFloor - 0.05, liveFloor + 0.05);
    }

    [Fact]
    public void Stability_run_counts_no_change_when_nothing_is_left_out()
    {
        var recognizer = UnderstandingData.Recognizer;
        var probe = new[] { new IntentExample(IntentNames.ReminderOn, "tolong ingatkan saya sebelum tenggat", "t"), new IntentExample(IntentNames.Greeting, "halo min", "t") };
        var runs = IntentStability.Run(recognizer, recognizer.Examples, probe, k: 0, trials: 1, add: false, PinnedCalibration.Load(UnderstandingData.Folder));
        Assert.Equal(0, runs.Single().Changed);
        Assert.Equal(0, runs.Single().CloseChanged);
    }
}
