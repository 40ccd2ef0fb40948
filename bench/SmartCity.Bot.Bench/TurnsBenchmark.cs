namespace SmartCity.Bot.Bench;

/// <summary>
/// Turns over HTTP, side by side in one run: the bot (its own process, as in production) against two references it
/// starts itself — an echo bot on Microsoft's botbuilder JS SDK (bench/echo-bot) and a bare ASP.NET Core endpoint
/// (bench/SmartCity.Bot.Bench.Bare). Load comes from wrk (bench/wrk/turns.lua): a fresh conversation per request,
/// deliveryMode expectReplies, at 64 connections and at 1. Then a soak and the bot's RSS; cold start to first answer.
/// "CPU ms" is the server process's CPU time per turn (from /proc), which other load on a shared machine barely moves.
/// BENCH_SECONDS (10) sets each run's length, BENCH_WARM_SECONDS (15) each warm-up's, BENCH_SOAK_SECONDS (60) the soak's.
/// </summary>
public static class TurnsBenchmark
{
    private const string Halo = "halo";

    public static async Task RunAsync(string root, IReadOnlyList<string> questions)
    {
        var builtDll = Path.Combine(root, "bot", "bin", "Release", "net10.0", "SmartCity.Bot.dll");
        var bareDll = Path.Combine(root, "bench", "SmartCity.Bot.Bench.Bare", "bin", "Release", "net10.0", "SmartCity.Bot.Bench.Bare.dll");
        var echoDir = Path.Combine(root, "bench", "echo-bot");
        if (!Wrk.IsInstalled()) { Console.WriteLine("Turns: wrk not installed (bench/prerequisites.sh)"); return; }
        if (!File.Exists(builtDll) || !File.Exists(bareDll)) { Console.WriteLine("Turns: run with -c Release so bot and bare endpoint are built"); return; }
        // The bot runs as deployed: published ReadyToRun, as the Dockerfile does (start-up without most of the JIT).
        var botDll = await PublishAsync(root) ?? builtDll;
        Console.WriteLine($"  bot: {(botDll == builtDll ? "the Release build (publishing ReadyToRun failed)" : "published ReadyToRun (as the Dockerfile)")}");
        if (!Directory.Exists(Path.Combine(echoDir, "node_modules", "botbuilder"))) { Console.WriteLine("Turns: npm ci --prefix bench/echo-bot (bench/prerequisites.sh)"); return; }

        var run = TimeSpan.FromSeconds(Seconds("BENCH_SECONDS", 10));
        var soak = TimeSpan.FromSeconds(Seconds("BENCH_SOAK_SECONDS", 60));
        // Long enough for tiered JIT to reach its optimised code on a busy machine (5 s left the first run far below the soak).
        var warm = TimeSpan.FromSeconds(Seconds("BENCH_WARM_SECONDS", 15));
        var wrk = new Wrk(root);
        Console.WriteLine($"\nTurns over HTTP (wrk, {run.TotalSeconds:0} s per run, a fresh conversation per request, expectReplies; {Environment.ProcessorCount} cores, load average {LoadAverage()})");

        var (coldIndexed, coldIndexedCpu) = await ColdStartWithPrebuiltIndexAsync(botDll, questions[0]);
        double coldStartMs, coldStartCpuMs, rssAfterWarm, rssAfterSoak, peakRss;
        WrkResult q64, q1, h64, h1, soaked;
        var data = Directory.CreateTempSubdirectory("smartcity-bench-").FullName;
        await using (var bot = ServerProcess.Start("bot", "dotnet", [botDll, "--urls", "http://127.0.0.1:{port}"],
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Storage__SqlitePath"] = Path.Combine(data, "bench.db") },
            cleanup: () => Directory.Delete(data, recursive: true)))
        {
            var first = await bot.FirstReplyAsync(questions[0], TimeSpan.FromSeconds(60));
            coldStartMs = bot.SinceStart.Elapsed.TotalMilliseconds;
            coldStartCpuMs = bot.CpuTime().TotalMilliseconds;
            Console.WriteLine($"  bot first answer: {Shorten(first)}");
            await wrk.RunAsync(bot, questions, 64, warm);
            rssAfterWarm = bot.RssMb();
            q64 = await wrk.RunAsync(bot, questions, 64, run);
            q1 = await wrk.RunAsync(bot, questions, 1, run);
            h64 = await wrk.RunAsync(bot, [Halo], 64, run);
            h1 = await wrk.RunAsync(bot, [Halo], 1, run);
            soaked = await wrk.RunAsync(bot, questions, 64, soak);
            rssAfterSoak = bot.RssMb();
            peakRss = bot.RssMb("VmHWM");
        }

        // The same questions with the answer memo off: every answer computed afresh, as for a question never asked before.
        WrkResult m64, m1;
        var memoData = Directory.CreateTempSubdirectory("smartcity-bench-memo-").FullName;
        await using (var bot = ServerProcess.Start("bot-memo-off", "dotnet", [botDll, "--urls", "http://127.0.0.1:{port}"],
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Storage__SqlitePath"] = Path.Combine(memoData, "bench.db"), ["Knowledge__MemoEntries"] = "0" },
            cleanup: () => Directory.Delete(memoData, recursive: true)))
        {
            await bot.FirstReplyAsync(questions[0], TimeSpan.FromSeconds(60));
            await wrk.RunAsync(bot, questions, 64, warm);
            m64 = await wrk.RunAsync(bot, questions, 64, run);
            m1 = await wrk.RunAsync(bot, questions, 1, run);
        }

        WrkResult e64, e1, b64, b1;
        await using (var echo = ServerProcess.Start("echo", "node", [Path.Combine(echoDir, "echo-bot.mjs"), "{port}"], workingDirectory: echoDir))
        {
            await echo.FirstReplyAsync(Halo, TimeSpan.FromSeconds(30));
            await wrk.RunAsync(echo, questions, 64, warm);
            e64 = await wrk.RunAsync(echo, questions, 64, run);
            e1 = await wrk.RunAsync(echo, questions, 1, run);
        }
        await using (var bare = ServerProcess.Start("bare", "dotnet", [bareDll, "--urls", "http://127.0.0.1:{port}"]))
        {
            await bare.FirstReplyAsync(Halo, TimeSpan.FromSeconds(30));
            await wrk.RunAsync(bare, questions, 64, warm);
            b64 = await wrk.RunAsync(bare, questions, 64, run);
            b1 = await wrk.RunAsync(bare, questions, 1, run);
        }

        Console.WriteLine();
        Console.WriteLine($"  {"",-34} {"64 connections",37}   {"1 connection",37}");
        Console.WriteLine($"  {"",-34} {"turns/s",9} {"p50 ms",8} {"p99 ms",9} {"CPU ms",8}   {"turns/s",9} {"p50 ms",8} {"p99 ms",9} {"CPU ms",8}");
        Row("bot, programme question", q64, q1);
        Row("bot, question, answer memo off", m64, m1);
        Row("bot, \"halo\"", h64, h1);
        Row("echo bot (botbuilder JS 4.23.3)", e64, e1);
        Row("bare ASP.NET Core endpoint", b64, b1);
        Console.WriteLine();
        Console.WriteLine($"  bot ÷ echo: {q64.PerSecond / e64.PerSecond:0.00}× at 64 connections, {q1.PerSecond / e1.PerSecond:0.00}× at 1    target ≥ 4×");
        Console.WriteLine($"  bot ÷ bare: {q64.PerSecond / b64.PerSecond:P0} at 64 connections, {q1.PerSecond / b1.PerSecond:P0} at 1    target ≥ 20 %");
        Console.WriteLine($"  by server CPU per turn (less sensitive to other load on the machine): bot ÷ echo {e64.CpuMsPerTurn / q64.CpuMsPerTurn:0.00}×, " +
                          $"bot ÷ bare {b64.CpuMsPerTurn / q64.CpuMsPerTurn:P0} (64 connections)");
        Console.WriteLine($"  answer memo off (every answer computed): bot ÷ echo {m64.PerSecond / e64.PerSecond:0.00}× at 64 connections, {m1.PerSecond / e1.PerSecond:0.00}× at 1; " +
                          $"bot ÷ bare {m64.PerSecond / b64.PerSecond:P0}; CPU {m64.CpuMsPerTurn:0.000} ms per turn");
        Console.WriteLine($"  bot p99: {q64.P99Ms:0.0} ms at 64 connections (target < 50), {q1.P99Ms:0.0} ms at 1 (target < 10)");
        Console.WriteLine($"  bot soak: {soaked.Requests} turns in {soaked.Seconds:0} s ({soaked.PerSecond:0}/s, p99 {soaked.P99Ms:0.0} ms), " +
                          $"RSS {rssAfterWarm:0} MB after warm-up → {rssAfterSoak:0} MB after the soak (peak {peakRss:0} MB)    target < 250 MB");
        Console.WriteLine($"  bot cold start to first answer: {coldStartMs:0} ms ({coldStartCpuMs:0} ms CPU), index built at start; " +
                          $"{coldIndexed:0} ms ({coldIndexedCpu:0} ms CPU) with the index prebuilt by `-- index`    target < 2000 ms");
        var failures = new[] { q64, q1, m64, m1, h64, h1, soaked, e64, e1, b64, b1 }.Sum(r => r.Non2xx + r.SocketErrors);
        if (failures > 0) Console.WriteLine($"  WARNING: {failures} non-2xx responses or socket errors during the runs");
    }

    /// <summary>Publishes the bot ReadyToRun for this machine into a temporary folder; null when that fails.</summary>
    private static async Task<string?> PublishAsync(string root)
    {
        var output = Path.Combine(Path.GetTempPath(), "smartcity-bench-published");
        var publish = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet",
            ["publish", Path.Combine(root, "bot"), "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
             "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", output])
            { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var log = await Task.WhenAll(publish.StandardOutput.ReadToEndAsync(), publish.StandardError.ReadToEndAsync());
        await publish.WaitForExitAsync();
        var dll = Path.Combine(output, "SmartCity.Bot.dll");
        if (publish.ExitCode == 0 && File.Exists(dll)) return dll;
        Console.WriteLine($"  publishing ReadyToRun failed (exit {publish.ExitCode}): {string.Join('\n', log).Split('\n').LastOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))}");
        return null;
    }

    /// <summary>Cold start when the deployment ran the `index` command beforehand: the bot opens the index instead of building it.</summary>
    private static async Task<(double WallMs, double CpuMs)> ColdStartWithPrebuiltIndexAsync(string botDll, string question)
    {
        var data = Directory.CreateTempSubdirectory("smartcity-bench-index-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Storage__SqlitePath"] = Path.Combine(data, "bench.db"),
            ["Knowledge__IndexPath"] = Path.Combine(data, "index"),
        };
        var build = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", [botDll, "index"])
            { RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["Knowledge__IndexPath"] = environment["Knowledge__IndexPath"] } })!;
        await Task.WhenAll(build.StandardOutput.ReadToEndAsync(), build.StandardError.ReadToEndAsync(), build.WaitForExitAsync());
        await using var bot = ServerProcess.Start("bot", "dotnet", [botDll, "--urls", "http://127.0.0.1:{port}"], environment,
            cleanup: () => Directory.Delete(data, recursive: true));
        await bot.FirstReplyAsync(question, TimeSpan.FromSeconds(60));
        return (bot.SinceStart.Elapsed.TotalMilliseconds, bot.CpuTime().TotalMilliseconds);
    }

    private static void Row(string name, WrkResult many, WrkResult one) =>
        Console.WriteLine($"  {name,-34} {many.PerSecond,9:0} {many.P50Ms,8:0.00} {many.P99Ms,9:0.00} {many.CpuMsPerTurn,8:0.000}   " +
                          $"{one.PerSecond,9:0} {one.P50Ms,8:0.00} {one.P99Ms,9:0.00} {one.CpuMsPerTurn,8:0.000}");

    private static int Seconds(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var s) && s > 0 ? s : fallback;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Shorten(string text) => text.Length <= 80 ? text.ReplaceLineEndings(" ") : text[..80].ReplaceLineEndings(" ") + "…";
}
