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
            .Select(g => (g.Key, g.Count(r => r.Got == g.Key), g.Count())).ToList();
        var confusion = results.GroupBy(r => (r.Example.Intent, r.Got)).ToDictionary(g => g.Key, g => g.Count());
        return new IntentReport(perIntent, confusion, results.Where(r => r.Got != r.Example.Intent).ToList(), training, perMessage);
    }
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
}
