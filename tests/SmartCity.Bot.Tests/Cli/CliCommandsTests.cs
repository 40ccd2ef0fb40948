using System.Diagnostics;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Cli;

/// <summary>Staff commands as staff run them: the built bot as its own process, on its own SQLite file.</summary>
public sealed class CliCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("smartcity-cli-").FullName;
    private string Database => Path.Combine(_folder, "bot.db");

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>Runs `dotnet SmartCity.Bot.dll ARGS` from bot/ (bounded by a timeout, so a server that starts fails the test).</summary>
    private async Task<(int ExitCode, string Stdout, string Stderr)> RunBotAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Combine("bot"), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["Storage__SqlitePath"] = Database;
        start.Environment["Urls"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{string.Join(' ', args)}` did not exit (a server started?): {await stdout}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task A_mistyped_command_prints_an_error_with_the_list_and_exits_non_zero_instead_of_starting_the_server()
    {
        var (exitCode, stdout, stderr) = await RunBotAsync("unanswerd");
        Assert.Equal(2, exitCode);
        Assert.Contains("Perintah tidak dikenal: 'unanswerd'", stderr);
        Assert.Contains("unanswered", stderr);
        Assert.Contains("officers", stderr);
        Assert.DoesNotContain("Emulator endpoint", stdout);
    }

    [Fact]
    public async Task Officers_list_says_so_when_the_table_is_empty()
    {
        var (exitCode, stdout, stderr) = await RunBotAsync("officers", "list");
        Assert.True(exitCode == 0, stderr);
        Assert.Contains("Tabel petugas kosong", stdout);
    }

    [Fact]
    public async Task Unanswered_lists_thumbs_down_feedback_even_when_every_question_was_answered()
    {
        using (var store = new SqliteBotStore(Database))
        {
            var feedback = new AnswerFeedback(false, "p-1", "Panduan Gerakan Menuju Smart City, 2017", "contoh pertanyaan uji");
            await store.AppendAsync(new StreamRecord(KnowledgeStreams.Feedback, feedback));
            await store.AppendAsync(new StreamRecord(KnowledgeStreams.Feedback, feedback));
        }
        var (exitCode, stdout, stderr) = await RunBotAsync("unanswered");
        Assert.True(exitCode == 0, stderr);
        Assert.Contains("Belum ada pertanyaan yang tidak terjawab", stdout);
        Assert.Contains("👎", stdout);
        Assert.Contains("2× Panduan Gerakan Menuju Smart City, 2017", stdout);
    }
}
