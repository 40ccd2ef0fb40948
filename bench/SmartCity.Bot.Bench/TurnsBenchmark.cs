using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace SmartCity.Bot.Bench;

/// <summary>
/// End-to-end turns over HTTP: the built bot runs as its own process on 127.0.0.1 (as in production), and this
/// process posts activities to /api/messages with deliveryMode expectReplies — sequentially for latency, then from
/// several concurrent conversations for throughput. Prints turns/s, p50/p99 and the bot's resident memory.
/// </summary>
public static class TurnsBenchmark
{
    public static async Task RunAsync(string root, IReadOnlyList<string> questions)
    {
        var dll = Path.Combine(root, "bot", "bin", "Release", "net10.0", "SmartCity.Bot.dll");
        if (!File.Exists(dll)) { Console.WriteLine($"Turns: {dll} not built (dotnet build -c Release bot)"); return; }
        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("smartcity-bench-").FullName;
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Storage__SqlitePath"] = Path.Combine(data, "bench.db"),
                ["Logging__LogLevel__Default"] = "Warning", ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            },
        };
        using var bot = Process.Start(start)!;
        bot.ErrorDataReceived += (_, _) => { };
        bot.BeginErrorReadLine();
        var startup = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            for (var i = 0; i < 600; i++)
            {
                try { if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) break; } catch (HttpRequestException) { }
                await Task.Delay(100);
            }
            Console.WriteLine($"Bot process ready in {startup.Elapsed.TotalMilliseconds:0} ms (start-up incl. index build)");

            // Warm-up
            foreach (var q in questions) await TurnAsync(http, "warm", q);

            var sequential = new List<double>();
            for (var round = 0; round < 5; round++)
                foreach (var q in questions)
                {
                    var w = Stopwatch.StartNew();
                    await TurnAsync(http, $"seq-{round}", q);
                    sequential.Add(w.Elapsed.TotalMilliseconds);
                }
            Console.WriteLine($"Turn latency over HTTP, sequential, {sequential.Count} turns: p50 {P(sequential, 50):0.00} ms, p99 {P(sequential, 99):0.00} ms");

            const int Workers = 8;
            var total = 0;
            var all = new List<double>();
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(async w =>
            {
                var mine = new List<double>();
                for (var round = 0; round < 4; round++)
                    foreach (var q in questions)
                    {
                        var t = Stopwatch.StartNew();
                        await TurnAsync(http, $"w{w}-{round}", q);
                        mine.Add(t.Elapsed.TotalMilliseconds);
                    }
                lock (all) { all.AddRange(mine); total += mine.Count; }
            }));
            Console.WriteLine($"Throughput, {Workers} concurrent conversations: {total / watch.Elapsed.TotalSeconds:0} turns/s ({total} turns, p50 {P(all, 50):0.00} ms, p99 {P(all, 99):0.00} ms)");
            Console.WriteLine($"Bot process memory: RSS {Rss(bot.Id, "VmRSS")} , peak {Rss(bot.Id, "VmHWM")}");
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task TurnAsync(HttpClient http, string conversation, string text)
    {
        var activity = new
        {
            type = "message", id = Guid.NewGuid().ToString("N"), channelId = "emulator", serviceUrl = "http://127.0.0.1:1",
            from = new { id = "bench-user", role = "user" }, recipient = new { id = "bot" }, conversation = new { id = conversation },
            text, locale = "id-ID", deliveryMode = "expectReplies",
        };
        using var content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/messages", content);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"HTTP {(int)response.StatusCode}");
        await response.Content.ReadAsStringAsync();
    }

    private static string Rss(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? "n/a" : line[(field.Length + 1)..].Trim();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double P(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
