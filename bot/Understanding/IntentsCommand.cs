using System.Diagnostics;
using SmartCity.Bot.Cli;

namespace SmartCity.Bot.Understanding;

/// <summary>Per-intent accuracy on the held-out examples, a confusion table and the recognizer's cost.</summary>
public sealed record IntentReport(
    IReadOnlyList<(string Intent, int Correct, int Total)> PerIntent,
    IReadOnlyDictionary<(string Expected, string Got), int> Confusion,
    IReadOnlyList<(IntentExample Example, string Got)> Misses,
    TimeSpan Training,
    double MicrosecondsPerMessage)
{
    public int Correct => PerIntent.Sum(p => p.Correct);
    public int Total => PerIntent.Sum(p => p.Total);

    /// <summary>Recognizes every held-out example (examples kept apart from the training files).</summary>
    public static IntentReport Run(Recognizer recognizer, IReadOnlyList<IntentExample> heldOut)
    {
        var watch = Stopwatch.StartNew();
        recognizer.Warm();
        var training = recognizer.TrainingTime > TimeSpan.Zero ? recognizer.TrainingTime : watch.Elapsed;
        var results = heldOut.Select(example => (Example: example, Got: recognizer.Recognize(example.Text).TopIntent)).ToList();
        // Timed on a second pass: the first one paid the JIT, which start-up pays once.
        // CPU time rather than wall time: on a busy machine the wall clock mostly measures waiting for a core.
        // Warm-up rounds first: tiered JIT recompiles hot methods on background threads, which CPU time would count.
        for (var round = 0; round < 20; round++)
            foreach (var example in heldOut) recognizer.Recognize(example.Text);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        const int Rounds = 10;
        for (var round = 0; round < Rounds; round++)
            foreach (var example in heldOut) recognizer.Recognize(example.Text);
        var perMessage = heldOut.Count > 0 ? (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / (Rounds * heldOut.Count) : 0;
        var perIntent = results.GroupBy(r => r.Example.Intent).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(r => Matches(g.Key, r.Got)), g.Count())).ToList();
        var confusion = results.GroupBy(r => (r.Example.Intent, r.Got)).ToDictionary(g => g.Key, g => g.Count());
        return new IntentReport(perIntent, confusion, results.Where(r => !Matches(r.Example.Intent, r.Got)).ToList(), training, perMessage);
    }

    /// <summary>
    /// An out-of-scope example read as no intent at all (too little evidence for any) is read right: neither opens a
    /// dialog, and the documents decline what they do not hold.
    /// </summary>
    public static bool Matches(string expected, string got) =>
        got == expected || (expected == IntentNames.OutOfScope && got == Recognition.None);
}

/// <summary>`intents [FILE.lu] [--verbose]`: how well the recognizer reads the held-out examples in knowledge/understanding/eval.</summary>
/// <param name="folder">knowledge/understanding: the training examples, calibration.json, and eval/ (held-out examples).</param>
public sealed class IntentsCommand(Recognizer recognizer, string folder) : ICliCommand
{
    private string EvalFolder => Path.Combine(folder, "eval");

    public string Name => "intents";
    public string Description => "Akurasi pengenal maksud per maksud pada contoh uji knowledge/understanding/eval, dengan tabel kebingungan; intents FILE.lu menilai berkas .lu lain (mis. probe penyetelan); intents \"kalimat\" [--why] menampilkan maksud dan entitas satu pesan (--why: contoh latihan terdekat); intents --stability [--k N] [--trials N] [--add] FILE.lu… melatih ulang tanpa N contoh acak (--add: dengan N baris probe) dan menghitung bacaan yang berubah.";

    public Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (args.Contains("--stability")) return Task.FromResult(Stability(args));
        if (args.Contains("--calibrate")) return Task.FromResult(Calibrate(args));
        var positional = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        // A path to a .lu file scores that file (a tuning probe) instead of the held-out folder.
        var scoredFile = positional is not null && positional.EndsWith(".lu", StringComparison.OrdinalIgnoreCase) && File.Exists(positional) ? positional : null;
        if (scoredFile is null && positional is { } text)
        {
            // One message: its ranked intents and entities (why did the bot read it so?).
            var recognition = recognizer.Recognize(text);
            foreach (var intent in recognition.Intents) Console.WriteLine($"  {intent.Intent,-22} {intent.Score:F3}");
            // Why a message may read as no intent: each intent's evidence against the calibrated floor.
            if (args.Contains("--why"))
                foreach (var intent in recognizer.Intents)
                    Console.WriteLine($"  bukti {intent,-22} {recognizer.Evidence(intent, recognition.Entities.Regions.Masked):F2} (ambang {recognizer.Calibration.EvidenceFloor:F2})");
            Console.WriteLine($"  entitas: {recognition.Entities with { Regions = recognition.Entities.Regions }}");
            if (args.Contains("--why"))
                foreach (var (example, score) in recognizer.Nearest(text, 8)) Console.WriteLine($"  {score,6:F2} [{example.Intent}] {example.Text}");
            return Task.FromResult(0);
        }
        var heldOut = scoredFile is not null ? LuFile.Load(scoredFile).ToList() : LuFile.LoadFolder(EvalFolder);
        if (heldOut.Count == 0)
        {
            Console.Error.WriteLine($"Tidak ada contoh uji (*.lu) di {scoredFile ?? EvalFolder}");
            return Task.FromResult(2);
        }
        var report = IntentReport.Run(recognizer, heldOut);
        Console.WriteLine($"Pelatihan: {recognizer.Examples.Count} contoh, {recognizer.Intents.Count} maksud, {report.Training.TotalMilliseconds:F0} ms; " +
                          $"pengenalan {report.MicrosecondsPerMessage:F0} µs CPU per pesan " +
                          $"(total entitas {recognizer.Spent.Entities.TotalMilliseconds:F0} ms, klasifikasi {recognizer.Spent.Classifier.TotalMilliseconds:F0} ms)");
        var calibration = recognizer.Calibration;
        var readings = calibration.Readings;
        Console.WriteLine($"Kalibrasi di luar lipatan (tiap contoh latihan dibaca tanpa dirinya): {readings.Count(r => r.Correct)}/{readings.Count} benar; " +
                          $"ambang bukti {calibration.EvidenceFloor:F2} (kuantil {IntentCalibration.FloorQuantile:P0} bacaan benar), " +
                          $"rasio hampir seri {calibration.CloseRatio:F2} (dari sini runner-up benar ≥ {IntentCalibration.RunnerUpShare:F2} kali sesering maksud teratas)" +
                          (calibration.Pinned ? $"; dipatok di {PinnedCalibration.FileName}, pelatihan ini sendiri {calibration.Live.EvidenceFloor:F2} / {calibration.Live.CloseRatio:F2}" : ""));
        if (args.Contains("--calibration")) PrintCalibration(readings);
        Console.WriteLine();
        foreach (var (intent, correct, total) in report.PerIntent)
            Console.WriteLine($"  {intent,-22} {correct,3}/{total,-3} {(double)correct / total,7:P1}");
        Console.WriteLine($"  {"TOTAL",-22} {report.Correct,3}/{report.Total,-3} {(double)report.Correct / report.Total,7:P1}");
        Console.WriteLine();
        var intents = report.PerIntent.Select(p => p.Intent).ToList();
        var got = intents.Concat(report.Confusion.Keys.Select(k => k.Got)).Distinct().ToList();
        Console.WriteLine("Tabel kebingungan (baris: maksud sebenarnya, kolom: hasil; kolom berurutan seperti baris):");
        Console.WriteLine($"  {"",-22} " + string.Join(" ", got.Select((_, i) => $"{i + 1,3}")));
        for (var r = 0; r < intents.Count; r++)
            Console.WriteLine($"  {r + 1,2} {intents[r],-19} " + string.Join(" ", got.Select(g => $"{report.Confusion.GetValueOrDefault((intents[r], g)),3}")));
        if (got.Count > intents.Count)
            Console.WriteLine("  kolom tambahan: " + string.Join(", ", got.Skip(intents.Count).Select((g, i) => $"{intents.Count + i + 1}={g}")));
        if (args.Contains("--verbose"))
        {
            Console.WriteLine();
            foreach (var (example, wrong) in report.Misses) Console.WriteLine($"  SALAH [{example.Intent} → {wrong}] {example.Text}");
        }
        return Task.FromResult(0);
    }

    /// <summary>`intents --calibrate [--trials N] [--write]`: derive the pinned thresholds (calibration.json) from retrainings.</summary>
    private int Calibrate(string[] args)
    {
        var trials = Array.IndexOf(args, "--trials") is var at and >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var n) ? n : 16;
        var (floor, close) = IntentStability.Calibrate(recognizer, recognizer.Examples, trials);
        var pinned = new PinnedCalibration(Math.Round(floor, 3), Math.Round(close, 3), recognizer.Examples.Count,
            $"intents --calibrate: median over {trials} retrainings, each without a random {IntentStability.DroppedShare:P0} of the examples");
        Console.WriteLine($"Ambang bukti {pinned.EvidenceFloor:F3}, rasio hampir seri {pinned.CloseRatio:F3} ({pinned.Derived}); " +
                          $"sekarang dipakai {recognizer.Calibration.EvidenceFloor:F3}, {recognizer.Calibration.CloseRatio:F3}");
        if (args.Contains("--write"))
        {
            pinned.Save(folder);
            Console.WriteLine($"Ditulis ke {Path.Combine(folder, PinnedCalibration.FileName)}");
        }
        return 0;
    }

    /// <summary>`intents --stability`: retrain with k examples left out (or k probe lines added), count what moved.</summary>
    private int Stability(string[] args)
    {
        int Option(string name, int fallback) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var v) ? v : fallback;
        var (k, trials, add) = (Option("--k", 10), Option("--trials", 8), args.Contains("--add"));
        var files = args.Where(a => a.EndsWith(".lu", StringComparison.OrdinalIgnoreCase) && File.Exists(a)).ToList();
        var probe = files.SelectMany(LuFile.Load).ToList();
        if (probe.Count == 0)
        {
            Console.Error.WriteLine("intents --stability FILE.lu…: berkas probe tidak ditemukan");
            return 2;
        }
        var watch = Stopwatch.StartNew();
        var runs = IntentStability.Run(recognizer, recognizer.Examples, probe, k, trials, add, args.Contains("--live") ? null : PinnedCalibration.Load(folder));
        Console.WriteLine($"Stabilitas: {trials} kali latih ulang {(add ? "dengan" : "tanpa")} {k} contoh acak, {probe.Count} pesan probe ({watch.Elapsed.TotalSeconds:F0} s)");
        foreach (var (run, i) in runs.Select((r, i) => (r, i + 1)))
            Console.WriteLine($"  #{i}: bacaan berubah {run.Changed,3}, keputusan hampir-seri berubah {run.CloseChanged,3}, geser skor {run.ScoreShift:F3}, rasio {run.CloseRatio:F2}, ambang {run.EvidenceFloor:F2}");
        Console.WriteLine($"  rata-rata: bacaan berubah {runs.Average(r => r.Changed):F1}, hampir-seri berubah {runs.Average(r => r.CloseChanged):F1}, " +
                          $"geser skor {runs.Average(r => r.ScoreShift):F3}, rasio {runs.Min(r => r.CloseRatio):F2}–{runs.Max(r => r.CloseRatio):F2}, " +
                          $"ambang {runs.Min(r => r.EvidenceFloor):F2}–{runs.Max(r => r.EvidenceFloor):F2}");
        // The out-of-fold readings of every retraining, for studying the thresholds offline.
        if (Array.IndexOf(args, "--dump") is var dump and >= 0 && dump + 1 < args.Length)
            foreach (var (run, i) in runs.Select((r, i) => (r, i + 1)).Prepend((runs[0] with { Calibration = recognizer.Calibration }, 0)))
                File.WriteAllLines(Path.Combine(args[dump + 1], $"readings-{i}.tsv"),
                    run.Calibration.Readings.Select(r => $"{r.Intent}\t{r.Got}\t{r.RunnerUp}\t{r.TopScore:R}\t{r.Ratio:R}\t{r.Evidence:R}"));
        return 0;
    }

    // Out-of-fold accuracy by band: how the thresholds were found (training examples only).
    private static void PrintCalibration(IReadOnlyList<OutOfFoldReading> readings)
    {
        foreach (var (name, value) in new (string, Func<OutOfFoldReading, double>)[] { ("bukti", r => r.Evidence ?? 1), ("rasio", r => r.Ratio), ("skor", r => r.TopScore) })
            for (var low = 0.0; low < 1.0; low += 0.1)
            {
                var band = readings.Where(r => value(r) >= low && (value(r) < low + 0.1 || (low >= 0.9 && value(r) >= 1))).ToList();
                if (band.Count > 0) Console.WriteLine($"  {name} {low:F1}–{low + 0.1:F1}: {band.Count(r => r.Correct),4}/{band.Count,-4} benar, runner-up benar {band.Count(r => r.RunnerUp == r.Intent),4}");
            }
    }
}
