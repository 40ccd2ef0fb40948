using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Understanding;
using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// The tuning probes: intent-probe.lu (utterances written fresh for issue 8) and intent-probe-2.lu (221 utterances
/// weighted toward the intents that get confused, written before the examples they are scored against were added;
/// first contact 185/221). Never trained on. Floors are what the recognizer scored when they were set, so a loss fails.
/// </summary>
public sealed class IntentProbeTests(ITestOutputHelper output)
{
    private static readonly string ProbeFile = RepoPaths.Combine("tests", "SmartCity.Bot.Tests", "Understanding", "intent-probe.lu");
    private static readonly string SecondProbeFile = RepoPaths.Combine("tests", "SmartCity.Bot.Tests", "Understanding", "intent-probe-2.lu");
    private static readonly string ThirdProbeFile = RepoPaths.Combine("tests", "SmartCity.Bot.Tests", "Understanding", "intent-probe-3.lu");
    private static readonly string FourthProbeFile = RepoPaths.Combine("tests", "SmartCity.Bot.Tests", "Understanding", "intent-probe-4.lu");
    private static readonly string FifthProbeFile = RepoPaths.Combine("tests", "SmartCity.Bot.Tests", "Understanding", "intent-probe-5.lu");
    private static readonly string SixthProbeFile = RepoPaths.Combine("tests", "SmartCity.Bot.Tests", "Understanding", "intent-probe-6.lu");

    // The four intents issue 8 found weak carry 12 utterances each; the others 5.
    private static readonly string[] Focus = [IntentNames.CollaborationStatus, IntentNames.OutOfScope, IntentNames.RegionShowcase, IntentNames.ProgrammeQuestion];

    [Fact]
    public void Every_intent_reads_its_probe_utterances_at_the_measured_floor()
    {
        var probe = LuFile.Load(ProbeFile).ToList();
        var training = UnderstandingData.Recognizer.Examples.Select(e => e.Text.ToLowerInvariant()).ToHashSet();
        Assert.DoesNotContain(probe, e => training.Contains(e.Text.ToLowerInvariant())); // a probe is not training data
        var report = IntentReport.Run(UnderstandingData.Recognizer, probe);
        foreach (var (intent, correct, total) in report.PerIntent) output.WriteLine($"{intent}: {correct}/{total}");
        foreach (var (example, got) in report.Misses) output.WriteLine($"MISS [{example.Intent} → {got}] {example.Text}");

        Assert.Equal(UnderstandingData.Recognizer.Intents.Count, report.PerIntent.Count); // every intent is probed
        Assert.True(report.Correct >= 124, $"probe {report.Correct}/{report.Total} < 124/128");
        Assert.All(report.PerIntent, p =>
        {
            var floor = Focus.Contains(p.Intent) ? 11 : 4;
            Assert.True(p.Correct >= floor, $"{p.Intent}: {p.Correct}/{p.Total} < {floor}");
        });
    }

    /// <summary>
    /// Third probe (intents7): 224 utterances, confusable pairs and near-nonsense (labelled OutOfScope: no intent, or
    /// out of scope, is right). First contact 188/224 (nonsense 9/28); measured 203/224 (nonsense 26/28) after the
    /// calibrated evidence floor.
    /// </summary>
    [Fact]
    public void Every_intent_reads_the_third_probe_at_the_measured_floor()
    {
        var report = IntentReport.Run(UnderstandingData.Recognizer, LuFile.Load(ThirdProbeFile).ToList());
        foreach (var (intent, correct, total) in report.PerIntent) output.WriteLine($"{intent}: {correct}/{total}");
        foreach (var (example, got) in report.Misses) output.WriteLine($"MISS [{example.Intent} → {got}] {example.Text}");

        Assert.Equal(UnderstandingData.Recognizer.Intents.Count, report.PerIntent.Count);
        Assert.True(report.Correct >= 200, $"probe 3 {report.Correct}/{report.Total} < 200/224");
        var nonsense = report.PerIntent.Single(p => p.Intent == IntentNames.OutOfScope);
        Assert.True(nonsense.Correct >= 25, $"nonsense read as a dialog intent: {nonsense.Correct}/{nonsense.Total} < 25");
        // Contact (fourteenth landing) reads 2/8 of this probe's lines at first contact: its examples name few ways of
        // reaching someone (telephone, hotline, office address). Six such examples lifted it to 3/8 but cost five
        // tuning-set answers, so they were left out; held at its measured figure until it has better examples.
        Assert.All(report.PerIntent, p => Assert.True(p.Correct >= (p.Intent == IntentNames.Contact ? 2 : p.Total * 6 / 10), $"{p.Intent}: {p.Correct}/{p.Total} below its floor"));
    }

    /// <summary>
    /// Fourth probe (intent16): 213 whole sentences with preambles, chat spellings and English, several intents' words
    /// in one where one wins. First contact 174/213, unchanged by the pinned thresholds.
    /// </summary>
    [Fact]
    public void Every_intent_reads_the_fourth_probe_at_the_measured_floor()
    {
        var report = IntentReport.Run(UnderstandingData.Recognizer, LuFile.Load(FourthProbeFile).ToList());
        foreach (var (example, got) in report.Misses) output.WriteLine($"MISS [{example.Intent} → {got}] {example.Text}");

        Assert.Equal(UnderstandingData.Recognizer.Intents.Count, report.PerIntent.Count);
        Assert.True(report.Correct >= 174, $"probe 4 {report.Correct}/{report.Total} < 174/213");
    }

    /// <summary>
    /// Fifth probe (intent18): 213 whole openings — greeting, who, where, maybe what — implicit requests, thanks or cancel
    /// with more in the message, English openings. First contact 150/213 (StatusCheck 24/40, Help 4/24); measured 158/213 (StatusCheck 24/40, Help 10/24) after the changes; floors a little under.
    /// </summary>
    [Fact]
    public void Every_intent_reads_the_fifth_probe_at_the_measured_floor()
    {
        var report = IntentReport.Run(UnderstandingData.Recognizer, LuFile.Load(FifthProbeFile).ToList());
        foreach (var (example, got) in report.Misses) output.WriteLine($"MISS [{example.Intent} → {got}] {example.Text}");

        Assert.True(report.Correct >= 156, $"probe 5 {report.Correct}/{report.Total} < 156/213");
        var status = report.PerIntent.Single(p => p.Intent == IntentNames.StatusCheck);
        Assert.True(status.Correct >= 23, $"officers' openings read as the status check: {status.Correct}/{status.Total}");
        var help = report.PerIntent.Single(p => p.Intent == IntentNames.Help);
        Assert.True(help.Correct >= 9, $"who asks, asking nothing yet, read as help: {help.Correct}/{help.Total}");
    }

    /// <summary>
    /// Sixth probe (intent19): 230 messages with a purpose, a reason and a place, two requests in one, short replies
    /// mid-dialog (pointers alone labelled None). First contact 181/230 (None 1/6); measured 186/230 (None 5/6) after the
    /// changes; floors a little under. Its whole sentences share common four-word runs ("kerja sama dengan kabupaten")
    /// with examples older than it, so it is held to no copied line; the examples intent19 added share no run with it.
    /// </summary>
    [Fact]
    public void Every_intent_reads_the_sixth_probe_at_the_measured_floor()
    {
        var probe = LuFile.Load(SixthProbeFile).ToList();
        var training = UnderstandingData.Recognizer.Examples.Select(e => e.Text.Trim().ToLowerInvariant()).ToHashSet();
        Assert.DoesNotContain(probe, e => training.Contains(e.Text.Trim().ToLowerInvariant())); // a probe is not training data
        var report = IntentReport.Run(UnderstandingData.Recognizer, probe);
        foreach (var (example, got) in report.Misses) output.WriteLine($"MISS [{example.Intent} → {got}] {example.Text}");

        Assert.True(report.Correct >= 184, $"probe 6 {report.Correct}/{report.Total} < 184/230");
        var pointers = report.PerIntent.Single(p => p.Intent == Recognition.None);
        Assert.True(pointers.Correct >= 5, $"a pointer alone read as an intent: {pointers.Correct}/{pointers.Total}");
    }

    [Fact]
    public void The_calibration_comes_from_the_examples_and_separates_nonsense_from_requests()
    {
        var recognizer = UnderstandingData.Recognizer;
        var calibration = recognizer.Calibration;
        Assert.InRange(calibration.EvidenceFloor, 0.05, 0.5);
        Assert.InRange(calibration.CloseRatio, 0.3, 1.0);
        Assert.True(calibration.Readings.Count(r => r.Correct) > calibration.Readings.Count / 2);
        // Keyboard mash has no evidence for any intent; a plain request has plenty for its own.
        Assert.All(recognizer.Intents, i => Assert.True(recognizer.Evidence(i, "vbnq zxlrt wqop") is < 0.05));
        Assert.True(recognizer.Evidence(IntentNames.ReminderOn, "tolong ingatkan saya sebelum tenggat") > calibration.EvidenceFloor);
    }

    [Theory]
    [InlineData("The_second_probe")]
    [InlineData("The_third_probe")]
    [InlineData("The_fifth_probe")]
    public void A_probe_shares_no_four_word_run_with_training(string which)
    {
        // A close variant of a probe line in training (not only a copy) would make the probe measure memory.
        var file = which switch { "The_third_probe" => ThirdProbeFile, "The_fifth_probe" => FifthProbeFile, _ => SecondProbeFile };
        var training = UnderstandingData.Recognizer.Examples.SelectMany(e => Runs(e.Text)).ToHashSet(StringComparer.Ordinal);
        var lines = UnderstandingData.Recognizer.Examples.Select(e => e.Text.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var copied = LuFile.Load(file).Where(e => lines.Contains(e.Text.Trim().ToLowerInvariant()) || Runs(e.Text).Any(training.Contains)).ToList();
        Assert.True(copied.Count == 0, "probe lines close to training: " + string.Join(" | ", copied.Select(e => e.Text)));
    }

    [Fact]
    public void Every_intent_reads_the_second_probe_at_the_measured_floor()
    {
        var report = IntentReport.Run(UnderstandingData.Recognizer, LuFile.Load(SecondProbeFile).ToList());
        foreach (var (intent, correct, total) in report.PerIntent) output.WriteLine($"{intent}: {correct}/{total}");
        foreach (var (example, got) in report.Misses) output.WriteLine($"MISS [{example.Intent} → {got}] {example.Text}");

        Assert.Equal(UnderstandingData.Recognizer.Intents.Count, report.PerIntent.Count); // every intent is probed
        Assert.True(report.Correct >= 204, $"probe 2 {report.Correct}/{report.Total} < 204/221");
        // Measured when set: 8/10 at worst (FeedbackNotHelpful, Greeting, StatusCheck), RegionShowcase 14/16.
        Assert.All(report.PerIntent, p => Assert.True(p.Correct >= p.Total * 3 / 4, $"{p.Intent}: {p.Correct}/{p.Total} < 75 %"));
    }

    private const int RunLength = 4;

    private static string[] Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), @"\w+").Select(m => m.Value).ToArray();

    private static IEnumerable<string> Runs(string text)
    {
        var words = Words(text);
        for (var i = 0; i + RunLength <= words.Length; i++) yield return string.Join(' ', words, i, RunLength);
    }
}
