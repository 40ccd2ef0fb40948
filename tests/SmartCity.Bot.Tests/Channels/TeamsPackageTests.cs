using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Channels;

public sealed class TeamsPackageTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "deploymentTemplates", "teams");

    [Fact]
    public void Manifest_declares_the_bot_in_all_three_scopes_on_a_matching_schema()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")));
        var root = manifest.RootElement;
        var version = root.GetProperty("manifestVersion").GetString()!;
        Assert.EndsWith($"/v{version}/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString());
        foreach (var required in new[] { "version", "id", "developer", "name", "description", "icons", "accentColor" })
            Assert.True(root.TryGetProperty(required, out _), required);
        Assert.True(root.GetProperty("name").GetProperty("short").GetString()!.Length <= 30);
        Assert.True(root.GetProperty("description").GetProperty("short").GetString()!.Length <= 80);
        var bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Manifest_and_the_packaged_copy_validate_against_the_official_schema_offline()
    {
        Prerequisites.RequireFile(Path.Combine(Prerequisites.E2eDirectory, "node_modules", "@microsoft", "app-manifest", "package.json"), "npm ci --prefix tests/e2e");
        var (exitCode, output) = await Prerequisites.RunNodeAsync("validate-teams-manifest.mjs", Path.Combine(Folder, "manifest.json"));
        Assert.True(exitCode == 0, output);

        // The schema is not a formality: the title Teams once refused (over 32 characters) fails it.
        var broken = Path.Combine(Directory.CreateTempSubdirectory("smartcity-teams-").FullName, "manifest.json");
        var text = File.ReadAllText(Path.Combine(Folder, "manifest.json"));
        File.WriteAllText(broken, text.Replace("\"title\": \"bantuan\"", "\"title\": \"" + new string('x', 33) + "\""));
        (exitCode, output) = await Prerequisites.RunNodeAsync("validate-teams-manifest.mjs", broken);
        Assert.True(exitCode == 1, output);
        Assert.Contains("commands/0/title", output);
    }

    [Fact]
    public void Manifest_is_Indonesian_first_and_its_commands_lead_with_what_Teams_shows()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")));
        Assert.Equal("id-ID", manifest.RootElement.GetProperty("localizationInfo").GetProperty("defaultLanguageTag").GetString());
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icons_have_the_sizes_Teams_requires(string file, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        Assert.Equal("\x89PNG", System.Text.Encoding.Latin1.GetString(bytes, 0, 4));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        Assert.Equal(6, bytes[25]); // RGBA: the outline needs transparency
    }

    [Fact]
    public async Task The_package_script_fills_the_app_id_and_zips_the_three_files_at_the_root()
    {
        const string appId = "11111111-2222-3333-4444-555555555555";
        var start = new System.Diagnostics.ProcessStartInfo("bash", [Path.Combine(Folder, "package.sh"), appId, "1.2.3"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, output);
        using var zip = ZipFile.OpenRead(Path.Combine(Folder, "build", "smartcity-bot-teams.zip"));
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        Assert.Equal(appId, manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal("1.2.3", manifest.RootElement.GetProperty("version").GetString());

        // What Teams receives is what the schema accepts.
        var packaged = Path.Combine(Directory.CreateTempSubdirectory("smartcity-teams-").FullName, "manifest.json");
        zip.GetEntry("manifest.json")!.ExtractToFile(packaged);
        var (exitCode, validation) = await Prerequisites.RunNodeAsync("validate-teams-manifest.mjs", packaged);
        Assert.True(exitCode == 0, validation);
    }
}
