using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace SmartCity.Bot.Bench;

/// <summary>A server under test in its own process on 127.0.0.1 (the bot, or a reference), killed on dispose.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Action? _cleanup;

    private ServerProcess(string name, Process process, int port, Action? cleanup)
    {
        Name = name;
        _process = process;
        Port = port;
        _cleanup = cleanup;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Name { get; }
    public int Port { get; }
    public HttpClient Http { get; }
    public string MessagesUrl => $"http://127.0.0.1:{Port}/api/messages";
    public Stopwatch SinceStart { get; } = Stopwatch.StartNew();

    /// <summary>Starts <paramref name="file"/> with the arguments; "{port}" in them is replaced by a free loopback port.</summary>
    public static ServerProcess Start(string name, string file, IEnumerable<string> arguments,
        IDictionary<string, string>? environment = null, string? workingDirectory = null, Action? cleanup = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(file, arguments.Select(a => a.Replace("{port}", port.ToString())))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        // Drained so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(name, process, port, cleanup);
    }

    /// <summary>Posts one expectReplies turn until the server answers 200 with a reply; returns that reply's text.</summary>
    public async Task<string> FirstReplyAsync(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}");
            try { return await TurnAsync(text, $"probe-{Guid.NewGuid():N}"); }
            catch (HttpRequestException) when (deadline.Elapsed < timeout) { await Task.Delay(10); }
        }
    }

    public async Task<string> TurnAsync(string text, string conversation)
    {
        var activity = new
        {
            type = "message", id = Guid.NewGuid().ToString("N"), channelId = "emulator", serviceUrl = "http://127.0.0.1:1",
            from = new { id = $"user-{conversation}", role = "user" }, recipient = new { id = "bot" }, conversation = new { id = conversation },
            text, locale = "id-ID", deliveryMode = "expectReplies",
        };
        using var content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync("/api/messages", content);
        if (response.StatusCode != HttpStatusCode.OK) throw new HttpRequestException($"{Name}: HTTP {(int)response.StatusCode}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var replies = json.RootElement.GetProperty("activities");
        if (replies.GetArrayLength() == 0) throw new HttpRequestException($"{Name}: no reply");
        var last = replies[replies.GetArrayLength() - 1];
        return last.TryGetProperty("text", out var t) && t.GetString() is { Length: > 0 } s ? s
            : last.TryGetProperty("attachments", out _) ? "(card)" : throw new HttpRequestException($"{Name}: empty reply");
    }

    /// <summary>Resident set size in MB (Linux /proc).</summary>
    public double RssMb(string field = "VmRSS")
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0]) / 1024;
    }

    /// <summary>CPU time the process has used so far (user + system), from /proc.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0); // utime, stime in clock ticks (USER_HZ = 100)
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _cleanup?.Invoke();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
