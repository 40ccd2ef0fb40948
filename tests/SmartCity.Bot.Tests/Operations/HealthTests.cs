using System.Net;
using System.Text.Json;
using SmartCity.Bot.Operations;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Operations;

/// <summary>/healthz says the process is alive; /readyz says whether it can answer (index with passages, store reachable), with the reason.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Ready_once_the_index_is_loaded_and_the_store_answers()
    {
        await using var bot = await BotServer.StartAsync();
        var body = await WaitForKnowledgeCheckAsync(bot);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
        Assert.Matches(@"^\d+ passages$", body.GetProperty("checks").GetProperty("knowledge").GetProperty("description").GetString());
        var alive = await bot.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task An_empty_knowledge_folder_is_alive_but_not_ready_and_says_why()
    {
        var empty = Directory.CreateTempSubdirectory("smartcity-empty-knowledge-").FullName;
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = empty,
            ["Regions:DataDirectory"] = RepoPaths.Combine("knowledge", "data"),
        });
        var body = await WaitForKnowledgeCheckAsync(bot);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Contains("0 passages", body.GetProperty("checks").GetProperty("knowledge").GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.Http.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("/healthz")).StatusCode);
    }

    [Theory]
    [InlineData("sinonim.txt", "kota cerdas => smart city => kota pintar", "sinonim.txt")]
    [InlineData("informal.txt", "gmn", "informal.txt: expected 'santai => baku'")]
    [InlineData("informal.txt", "gmn => gimana", "informal.txt: 'gmn' is mapped twice")]
    public async Task A_slip_in_a_lexicon_file_is_not_ready_and_readiness_names_the_file(string file, string line, string reason)
    {
        var knowledge = Directory.CreateTempSubdirectory("smartcity-slip-knowledge-").FullName;
        CopyFolder(RepoPaths.Knowledge, knowledge);
        var lexicon = Path.Combine(knowledge, "lexicon", file);
        File.AppendAllText(lexicon, "\n" + line + "\n");
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = knowledge });
        var body = await WaitForKnowledgeCheckAsync(bot);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Contains(reason, body.GetProperty("checks").GetProperty("knowledge").GetProperty("description").GetString());
        // The user is told politely, never a 500.
        Assert.Contains("coba lagi", Activities.Read(await bot.AskAsync("apa itu quick win", "slip-" + file)));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(dir.Replace(from, to));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to), overwrite: true);
    }

    [Fact]
    public void Wrong_settings_stop_the_bot_naming_the_key()
    {
        Assert.Contains("MicrosoftAppTenantId", BuildFails(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "x" }));
        Assert.Contains("MicrosoftAppType 'SingelTenant'", BuildFails(new() { ["MicrosoftAppType"] = "SingelTenant", ["MicrosoftAppId"] = "app" }));
        Assert.Contains("MicrosoftAppPassword", BuildFails(new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppId"] = "app", ["MicrosoftAppTenantId"] = "t", ["MicrosoftAppPassword"] = "x" }));
        Assert.Contains("Knowledge:Path", BuildFails(new() { ["Knowledge:Path"] = "/nonexistent/knowledge-folder" }));
        Assert.Contains("ConnectionStrings:Postgres", BuildFails(new() { ["ConnectionStrings:Postgres"] = "Host=db;Bogus Keyword=1" }));
        Assert.Contains("Knowledge:ReloadInterval", BuildFails(new() { ["Knowledge:ReloadInterval"] = "soon" }));
    }

    private static string BuildFails(Dictionary<string, string?> settings)
    {
        var e = Assert.Throws<InvalidSettingsException>(() => Program.Build([], b => b.Configuration.AddInMemoryCollection(settings)));
        return e.Message;
    }

    /// <summary>Reads /readyz until the knowledge check has run on a loaded index and the recognizer is trained (warm-up runs in the background).</summary>
    private static async Task<JsonElement> WaitForKnowledgeCheckAsync(BotServer bot)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            var body = JsonDocument.Parse(await (await bot.Http.GetAsync("/readyz")).Content.ReadAsStringAsync()).RootElement;
            // Start-up work runs side by side (the index builds while the recognizer trains): both must have finished.
            var checks = body.GetProperty("checks");
            if (checks.GetProperty("knowledge").GetProperty("description").GetString() is { } d && !d.Contains("not loaded")
                && checks.GetProperty("recognizer").GetProperty("description").GetString() is { } r && !r.Contains("not trained"))
                return body;
            await Task.Delay(100);
        }
        throw new TimeoutException("the knowledge index was never loaded or the recognizer never trained");
    }
}
