using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

// Cost of one turn through the real /api/messages, in this process (not a test, not the bench): allocated bytes
// (GC.GetTotalAllocatedBytes, deterministic enough to compare builds on a busy machine) and CPU time per turn over a
// fixed workload — the bench's wrk turns (a fresh conversation per request, expectReplies, the dev-set questions).
// Both include the HTTP client's share, the same for every build compared.
// usage: dotnet bench/SmartCity.Bot.TurnCost/bin/Release/net10.0/SmartCity.Bot.TurnCost.dll [memo|nomemo|halo|parts] [TURNS] [CONNECTIONS] [REPEATS]
// parts: after the warm-up, what each step a remembered question turn runs outside the answer memo allocates and costs,
// called one at a time over the same questions and their replies (PerTurnParts).
internal static class TurnCost
{
    public static async Task Main(string[] args)
    {
        var mode = args.ElementAtOrDefault(0) ?? "memo";
        var turns = int.Parse(args.ElementAtOrDefault(1) ?? "4000");
        var connections = int.Parse(args.ElementAtOrDefault(2) ?? "4");
        var repeats = int.Parse(args.ElementAtOrDefault(3) ?? "3");
        var root = FindRoot();
        string[] questions = mode == "halo" ? ["halo"] : File.ReadLines(Path.Combine(root, "tests", "SmartCity.Bot.Tests", "Knowledge", "dev-questions.jsonl"))
            .Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()!).ToArray();

        var data = Directory.CreateTempSubdirectory("smartcity-turncost-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(data, "bot.db"),
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (mode == "nomemo") settings["Knowledge:MemoEntries"] = "0";
        var app = global::Program.Build([], b =>
        {
            b.WebHost.UseUrls("http://127.0.0.1:0");
            b.Environment.EnvironmentName = "Production";
            b.Configuration.AddInMemoryCollection(settings);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = new Uri(address) };

        var counter = 0;
        async Task RunAsync(int count, string tag)
        {
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
            {
                while (Interlocked.Increment(ref next) < count)
                {
                    var n = Interlocked.Increment(ref counter);
                    var id = $"{tag}-{n}";
                    var body = "{\"type\":\"message\",\"id\":\"" + id + "\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:1\"," +
                               "\"from\":{\"id\":\"user-" + id + "\",\"role\":\"user\"},\"recipient\":{\"id\":\"bot\"},\"conversation\":{\"id\":\"conv-" + id + "\"}," +
                               "\"locale\":\"id-ID\",\"deliveryMode\":\"expectReplies\",\"text\":" + JsonSerializer.Serialize(questions[n % questions.Length]) + "}";
                    using var content = new StringContent(body, Encoding.UTF8, "application/json");
                    using var response = await http.PostAsync("/api/messages", content);
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"HTTP {(int)response.StatusCode}");
                }
            }));
        }

        await RunAsync(Math.Max(3000, turns), "warm");
        if (mode == "parts")
        {
            await PerTurnParts.RunAsync(app.Services, http, questions, repeats);
            await app.StopAsync();
            Directory.Delete(data, recursive: true);
            return;
        }
        // TURNCOST_TYPES=1: which types the measured turns allocate (the runtime's allocation samples, one per ≈ 100 KB).
        using var types = Environment.GetEnvironmentVariable("TURNCOST_TYPES") == "1" ? new AllocatedTypes() : null;
        Thread.Sleep(1000);
        for (var r = 0; r < repeats; r++)
        {
            GC.Collect();
            var bytes = GC.GetTotalAllocatedBytes(true);
            var gen0 = GC.CollectionCount(0);
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jitTime = System.Runtime.JitInfo.GetCompilationTime();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await RunAsync(turns, $"run{r}");
            var elapsed = watch.Elapsed;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / turns;
            var kb = (GC.GetTotalAllocatedBytes(true) - bytes) / 1024.0 / turns;
            Console.WriteLine($"{mode} run {r}: {kb:0.00} KB allocated per turn, {cpuMs:0.000} ms CPU per turn, {turns / elapsed.TotalSeconds:0}/s, gen0 {GC.CollectionCount(0) - gen0}, " +
                              $"{System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods jitted ({(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:0} ms)");
        }
        types?.Print();
        await app.StopAsync();
        Directory.Delete(data, recursive: true);
    }

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "SmartCity.Bot.sln"))) return d.FullName;
        throw new DirectoryNotFoundException("SmartCity.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}

internal sealed class AllocatedTypes : System.Diagnostics.Tracing.EventListener
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount")]);
        _bytes.AddOrUpdate(type, amount, (_, b) => b + amount);
    }

    public void Print()
    {
        var total = _bytes.Values.Sum();
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(40))
            Console.WriteLine($"  {100.0 * bytes / total,5:0.0} % {type}");
    }
}
