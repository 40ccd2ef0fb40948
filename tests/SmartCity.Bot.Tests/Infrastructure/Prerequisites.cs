using System.Diagnostics;

namespace SmartCity.Bot.Tests.Infrastructure;

/// <summary>
/// Tools the channel tests run (node, npm packages, Chromium). They are installed by scripts/install-prereqs.sh;
/// a missing one fails the test with the command that installs it (never a silent skip, in CI or out).
/// </summary>
public static class Prerequisites
{
    public static string E2eDirectory => RepoPaths.Combine("tests", "e2e");

    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static void RequireFile(string path, string installHint) =>
        Assert.True(File.Exists(path), $"Prasyarat tidak ada: {path}. Pasang dengan: {installHint} (atau jalankan ./test.sh).");

    public static void RequireE2ePackages() =>
        RequireFile(Path.Combine(E2eDirectory, "node_modules", "botbuilder", "package.json"), "npm ci --prefix tests/e2e");

    /// <summary>Runs node with a script under tests/e2e; returns exit code and output (bounded by a timeout).</summary>
    public static async Task<(int ExitCode, string Output)> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = E2eDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e) { throw new InvalidOperationException("Prasyarat tidak ada: node (apt-get install nodejs npm). " + e.Message); }
        using var _ = process;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw new TimeoutException("node " + string.Join(' ', arguments) + " did not finish"); }
        return (process.ExitCode, await stdout + await stderr);
    }

}
