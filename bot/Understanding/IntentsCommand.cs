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
        got == expected || (expected == OutOfScopeIntent && got == Recognition.None);

    public const string OutOfScopeIntent = "OutOfScope";
}

/// <summary>`intents [FILE.lu] [--verbose]`: how well the recognizer reads the held-out examples in knowledge/understanding/eval.</summary>
public sealed class IntentsCommand(Recognizer recognizer, string evalFolder) : ICliCommand
{
    public string Name => "intents";
    public string Description => "Akurasi pengenal maksud per maksud pada contoh uji knowledge/understanding/eval, dengan tabel kebingungan; intents FILE.lu menilai berkas .lu lain (mis. probe penyetelan); intents \"kalimat\" [--why] menampilkan maksud dan entitas satu pesan (--why: contoh latihan terdekat).";

    public Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken)
    {
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
        var heldOut = scoredFile is not null ? LuFile.Load(scoredFile).ToList() : LuFile.LoadFolder(evalFolder);
        if (heldOut.Count == 0)
        {
            Console.Error.WriteLine($"Tidak ada contoh uji (*.lu) di {scoredFile ?? evalFolder}");
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
                          $"rasio hampir seri {calibration.CloseRatio:F2} (dari sini runner-up benar ≥ {IntentCalibration.RunnerUpShare:F2} kali sesering maksud teratas)");
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
