using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Operations;

/// <summary>
/// What an operator does: `dotnet publish`, then start the output from some other directory. The published build
/// carries knowledge/ and finds it beside the program, answers a question, reports ready; a wrong setting stops it
/// with a message naming the key. The Dockerfile copies exactly this layout (no Docker engine runs here).
/// </summary>
public sealed class PublishedBuildTests : IClassFixture<PublishedBuildTests.Published>
{
    private readonly Published _published;

    public PublishedBuildTests(Published published) => _published = published;

    /// <summary>One publish (of the build the tests run against) shared by the tests of this class.</summary>
    public sealed class Published : IDisposable
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("smartcity-publish-").FullName;

        public Published()
        {
            var (exit, output) = Run("dotnet", RepoPaths.Root, ["publish", "bot", "-c", "Release", "--no-build", "-o", Folder]);
            Assert.True(exit == 0, "dotnet publish failed:\n" + output);
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }

    [Fact]
    public async Task The_published_output_started_elsewhere_answers_from_its_own_knowledge_and_is_ready()
    {
        foreach (var file in new[] { "SmartCity.Bot.dll", "appsettings.json", "knowledge/data/regions.csv", "knowledge/data/calendar.json", "webchat/index.html" })
            Assert.True(File.Exists(Path.Combine(_published.Folder, file)), $"{file} missing from the publish output");
        Assert.False(Directory.Exists(Path.Combine(_published.Folder, "data")), "the local data folder (database, index) must not be published");

        var elsewhere = Directory.CreateTempSubdirectory("smartcity-elsewhere-").FullName;
        var port = FreePort();
        using var bot = Start(_published.Folder, elsewhere, new() { ["Urls"] = $"http://127.0.0.1:{port}" });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        var ready = await WaitReadyAsync(http, bot.Process);
        Assert.Contains("passages", ready);

        var question = ShippedKnowledge.AHeading(Path.Combine(_published.Folder, "knowledge"));
        var body = JsonSerializer.Serialize(new
        {
            type = "message", id = "pub-1", channelId = "emulator", serviceUrl = "http://127.0.0.1:1", deliveryMode = "expectReplies",
            from = new { id = "operator" }, recipient = new { id = "bot" }, conversation = new { id = "published" }, text = question, locale = "id-ID",
        });
        var response = await http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        var replies = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, replies);
        Assert.True(ShippedKnowledge.IsSourcedAnswer(replies), $"'{question}' was not answered from the published knowledge: {replies}");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_combination_of_settings_stops_the_published_bot_naming_the_key()
    {
        using var bot = Start(_published.Folder, Directory.CreateTempSubdirectory("smartcity-elsewhere-").FullName, new()
        {
            ["Urls"] = $"http://127.0.0.1:{FreePort()}",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await bot.Process.WaitForExitAsync(timeout.Token);
        Assert.Equal(2, bot.Process.ExitCode);
        Assert.Contains("MicrosoftAppTenantId", bot.Output.ToString());
    }

    [Fact]
    public void The_Dockerfile_runs_the_published_layout_as_a_non_root_user_with_a_health_check()
    {
        var dockerfile = File.ReadAllText(RepoPaths.Combine("Dockerfile"));
        Assert.Contains("dotnet publish bot -c Release", dockerfile);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"SmartCity.Bot.dll\"]", dockerfile);
        Assert.Matches(@"(?m)^USER \$APP_UID|^USER app", dockerfile);
        Assert.Contains("HEALTHCHECK", dockerfile);
        Assert.Contains("/healthz", dockerfile);
        Assert.True(File.Exists(Path.Combine(_published.Folder, "SmartCity.Bot.dll")));
        // Every path the build stage copies from the repository exists.
        foreach (var line in dockerfile.Split('\n').Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from")))
            foreach (var source in line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
                Assert.True(File.Exists(RepoPaths.Combine(source)) || Directory.Exists(RepoPaths.Combine(source)), $"Dockerfile copies {source}, which does not exist");
        var compose = File.ReadAllText(RepoPaths.Combine("compose.yaml"));
        Assert.Contains("postgres", compose);
        Assert.Matches(@"(?s)bot-a:.*bot-b:", compose);
    }

    [SkippableFact]
    public async Task Two_published_processes_on_one_PostgreSQL_carry_one_conversation_between_them()
    {
        var admin = Storage.TestPostgres.Require();
        var database = await Storage.TestPostgres.CreateDatabaseAsync(admin, "procs_");
        try
        {
            var postgres = new Npgsql.NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
            var (portA, portB) = (FreePort(), FreePort());
            using var a = Start(_published.Folder, Directory.CreateTempSubdirectory("smartcity-a-").FullName,
                new() { ["Urls"] = $"http://127.0.0.1:{portA}", ["ConnectionStrings__Postgres"] = postgres });
            using var b = Start(_published.Folder, Directory.CreateTempSubdirectory("smartcity-b-").FullName,
                new() { ["Urls"] = $"http://127.0.0.1:{portB}", ["ConnectionStrings__Postgres"] = postgres });
            using var httpA = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{portA}"), Timeout = TimeSpan.FromSeconds(60) };
            using var httpB = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{portB}"), Timeout = TimeSpan.FromSeconds(60) };
            Assert.Contains("postgres", await WaitReadyAsync(httpA, a.Process));
            await WaitReadyAsync(httpB, b.Process);

            // A status check begun on process A continues on process B.
            Assert.Contains("(1/", await AskAsync(httpA, "cek status kota bogor", "procs-status"));
            Assert.Contains("(2/", await AskAsync(httpB, "sudah", "procs-status"));

            // A web chat conversation whose requests alternate between the processes.
            var token = JsonDocument.Parse(await (await httpA.PostAsync("/api/webchat/token", null)).Content.ReadAsStringAsync()).RootElement;
            var (conversationId, bearer) = (token.GetProperty("conversationId").GetString()!, token.GetProperty("token").GetString()!);
            Assert.Equal(HttpStatusCode.Created, (await SendAsync(httpB, HttpMethod.Post, "/v3/directline/conversations", bearer, "{}")).StatusCode);
            var posted = await SendAsync(httpA, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", bearer, """{"type":"message","text":"bantuan"}""");
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            var transcript = await (await SendAsync(httpB, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", bearer)).Content.ReadAsStringAsync();
            Assert.Contains("\"smartcity-bot\"", transcript);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new Npgsql.NpgsqlConnection(admin);
            await connection.OpenAsync();
            await new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection).ExecuteNonQueryAsync();
        }
    }

    private static async Task<string> AskAsync(HttpClient http, string text, string conversationId)
    {
        var body = JsonSerializer.Serialize(new
        {
            type = "message", id = Guid.NewGuid().ToString("N"), channelId = "emulator", serviceUrl = "http://127.0.0.1:1", deliveryMode = "expectReplies",
            from = new { id = "operator" }, recipient = new { id = "bot" }, conversation = new { id = conversationId }, text, locale = "id-ID",
        });
        var response = await http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        var replies = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, replies);
        return replies;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string bearer, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return http.SendAsync(request);
    }

    private sealed class RunningBot(Process process, StringBuilder output) : IDisposable
    {
        public Process Process { get; } = process;
        public StringBuilder Output { get; } = output;

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.Dispose();
        }
    }

    private static RunningBot Start(string publishFolder, string workingDirectory, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(publishFolder, "SmartCity.Bot.dll"));
        // Nothing of the test's own environment may point the bot at the repository.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Knowledge__", StringComparison.Ordinal) || k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
                     || k.StartsWith("Microsoft", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        start.Environment["Storage__SqlitePath"] = Path.Combine(workingDirectory, "bot.db");
        foreach (var (k, v) in environment) start.Environment[k] = v;
        var output = new StringBuilder();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new RunningBot(process, output);
    }

    private static async Task<string> WaitReadyAsync(HttpClient http, Process process)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            Assert.False(process.HasExited, "the published bot exited");
            try
            {
                var response = await http.GetAsync("/readyz");
                if (response.StatusCode == HttpStatusCode.OK) return await response.Content.ReadAsStringAsync();
            }
            catch (HttpRequestException) { /* not listening yet */ }
            await Task.Delay(250);
        }
        throw new TimeoutException("the published bot never became ready");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (int ExitCode, string Output) Run(string file, string directory, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) { process.Kill(entireProcessTree: true); return (-1, "timed out"); }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
