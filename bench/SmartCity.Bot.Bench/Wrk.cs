using System.Diagnostics;
using System.Text.Json;

namespace SmartCity.Bot.Bench;

/// <summary>One wrk run's figures (bench/wrk/turns.lua prints them).</summary>
public sealed record WrkResult(long Requests, double Seconds, double P50Ms, double P99Ms, double MaxMs, long Non2xx, long SocketErrors)
{
    public double PerSecond => Requests / Seconds;

    /// <summary>The server's CPU time per request during the run: a figure other load on the machine barely moves.</summary>
    public double CpuMsPerTurn { get; init; } = double.NaN;
}

/// <summary>Runs wrk (Debian package `wrk`) with bench/wrk/turns.lua: a fresh conversation per request, expectReplies.</summary>
public sealed class Wrk(string root)
{
    private readonly string _script = Path.Combine(root, "bench", "wrk", "turns.lua");
    private int _runs;

    public static bool IsInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "wrk")));

    public async Task<WrkResult> RunAsync(ServerProcess server, IReadOnlyList<string> texts, int connections, TimeSpan duration)
    {
        var cpuBefore = server.CpuTime();
        var result = await RunAsync(server.MessagesUrl, texts, connections, duration);
        return result with { CpuMsPerTurn = (server.CpuTime() - cpuBefore).TotalMilliseconds / Math.Max(1, result.Requests) };
    }

    public async Task<WrkResult> RunAsync(string url, IReadOnlyList<string> texts, int connections, TimeSpan duration)
    {
        var textsFile = Path.GetTempFileName();
        await File.WriteAllLinesAsync(textsFile, texts.Select(t => JsonSerializer.Serialize(t)));
        try
        {
            var threads = Math.Min(connections, 2);
            var tag = $"r{Environment.ProcessId}-{Interlocked.Increment(ref _runs)}";
            var start = new ProcessStartInfo("wrk",
                ["-t", threads.ToString(), "-c", connections.ToString(), "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "10s",
                 "-s", _script, url, "--", textsFile, tag])
            { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var line = (await stdout).Split('\n').FirstOrDefault(l => l.StartsWith("WRK ", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"wrk printed no result: {await stdout} {await stderr}");
            var f = line[4..].Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => long.Parse(p[1]));
            return new WrkResult(f["requests"], f["duration_us"] / 1e6, f["p50_us"] / 1e3, f["p99_us"] / 1e3, f["max_us"] / 1e3,
                f["non2xx"], f["socket_errors"]);
        }
        finally
        {
            File.Delete(textsFile);
        }
    }
}
