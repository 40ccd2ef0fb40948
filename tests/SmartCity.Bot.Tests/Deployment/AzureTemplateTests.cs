using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Deployment;

/// <summary>
/// deploymentTemplates/azure/main.bicep: compiles without warnings with the Bicep CLI (NuGet
/// Azure.Bicep.CommandLine.linux-x64) to exactly the main.json committed beside it, and every app setting it gives
/// the web app is one the bot reads.
/// </summary>
public sealed class AzureTemplateTests
{
    private static string Folder => RepoPaths.Combine("deploymentTemplates", "azure");
    private static string CompiledTemplate => File.ReadAllText(Path.Combine(Folder, "main.json"));

    /// <summary>Settings read by ASP.NET Core itself rather than by the bot's code.</summary>
    private static readonly HashSet<string> HostSettings = ["Urls"];

    [Fact]
    public async Task Bicep_compiles_without_warnings_to_the_committed_main_json()
    {
        var bicep = Path.Combine(typeof(AzureTemplateTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPackage").Value!, "tools", "bicep");
        Prerequisites.RequireFile(bicep, "dotnet restore (package Azure.Bicep.CommandLine.linux-x64)");
        // NuGet does not always keep the executable bit of a package's tool.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(bicep).HasFlag(UnixFileMode.UserExecute))
            File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo(bicep) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
        foreach (var a in new[] { "build", "main.bicep", "--stdout" }) start.ArgumentList.Add(a);
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await stderr);
        Assert.True(string.IsNullOrWhiteSpace(await stderr), "Bicep warnings: " + await stderr);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await stdout), JsonNode.Parse(CompiledTemplate)),
            "main.json is not what main.bicep compiles to: run bicep build deploymentTemplates/azure/main.bicep");
    }

    [Fact]
    public void Every_app_setting_is_one_the_bot_reads()
    {
        var settings = AppSettingNames(CompiledTemplate);
        foreach (var key in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId",
                     "APPLICATIONINSIGHTS_CONNECTION_STRING", "ConnectionStrings__Postgres", "Knowledge__Path" })
            Assert.Contains(key, settings);

        var sources = string.Join("\n", Directory.EnumerateFiles(RepoPaths.Combine("bot"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(File.ReadAllText));
        foreach (var setting in settings.Where(s => !HostSettings.Contains(s)))
            Assert.True(BotReads(setting, sources), $"The template sets {setting}, which the bot does not read");
    }

    [Fact]
    public void Secrets_come_from_Key_Vault_and_the_app_is_health_checked()
    {
        var template = CompiledTemplate;
        Assert.Contains("'/readyz'", template.Replace("\"/readyz\"", "'/readyz'"));
        foreach (var secret in new[] { "MicrosoftAppPassword", "DirectLine__Secret", "ConnectionStrings__Postgres" })
            Assert.Matches($"'name', '{secret}', 'value', format\\('@Microsoft.KeyVault\\(SecretUri=", template);
        foreach (var channel in new[] { "MsTeamsChannel", "WebChatChannel", "DirectLineChannel" }) Assert.Contains(channel, template);
        Assert.Contains("Microsoft.Insights/components", template);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", template);
        Assert.Contains("Microsoft.DBforPostgreSQL/flexibleServers", template);
        Assert.Contains("/api/messages", template);
    }

    /// <summary>Names of the web app's settings, as the compiled template writes them: createObject('name', 'X', 'value', …).</summary>
    private static IReadOnlyList<string> AppSettingNames(string template)
    {
        var settings = JsonNode.Parse(template)!["resources"]!.AsArray()
            .Single(r => (string?)r!["type"] == "Microsoft.Web/sites")!["properties"]!["siteConfig"]!["appSettings"]!.ToString();
        return Regex.Matches(settings, @"'name', '([A-Za-z0-9_]+)'").Select(m => m.Groups[1].Value).Distinct().ToList();
    }

    /// <summary>
    /// A setting "Section__Key" is read when the bot's code names the section (GetSection("Section"), "Section:Key",
    /// GetConnectionString("Key")) and the key (an options property or the literal); a top-level one when it is named.
    /// </summary>
    private static bool BotReads(string setting, string sources)
    {
        var parts = setting.Split("__");
        if (parts.Length == 1) return Regex.IsMatch(sources, $@"\b{Regex.Escape(setting)}\b");
        var (section, key) = (parts[0], parts[^1]);
        if (section == "ConnectionStrings") return sources.Contains($"GetConnectionString(\"{key}\")");
        var sectionNamed = sources.Contains($"\"{section}\"") || sources.Contains($"\"{section}:");
        var keyNamed = Regex.IsMatch(sources, $@"\b{Regex.Escape(key)}\b");
        return sectionNamed && keyNamed;
    }
}
