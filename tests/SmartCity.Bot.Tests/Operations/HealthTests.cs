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
