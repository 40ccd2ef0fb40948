using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A bot over a copy of knowledge/ with a probe folder's documents (DOCX, PDF, HTML, Markdown, plain text) dropped in, as staff
/// would add them, with no code change; questions are asked through /api/messages and judged like the eval sets.
/// Each probe says how many questions it has and the floor it measured; the two facts below run for every probe.
/// </summary>
public abstract class NewDocumentProbe(string probeFolder, ITestOutputHelper output) : IAsyncLifetime
{
    protected string Probe { get; } = Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", probeFolder);
    private BotServer _bot = null!;
    private string _folder = null!;

    /// <summary>How many questions the probe's questions.jsonl holds (written before the engine was changed).</summary>
    protected abstract int QuestionCount { get; }

    /// <summary>The number answered as measured through the bot: the test fails when fewer are.</summary>
    protected abstract int Floor { get; }

    [Fact]
    public async Task Questions_about_three_new_documents_are_answered_through_the_bot()
    {
        var questions = Judge.Load(Path.Combine(Probe, "questions.jsonl"));
        Assert.Equal(QuestionCount, questions.Count);
        var passed = await PassedAsync(questions, "probe");
        Assert.True(passed >= Floor, $"new-document questions answered {passed}/{QuestionCount}");
    }

    [Fact]
    public async Task No_dev_answer_is_lost_when_the_documents_are_added()
    {
        var questions = Judge.Load(RepoPaths.DevQuestions);
        var passed = await PassedAsync(questions, "dev");
        Assert.Equal(questions.Count, passed);
    }

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("smartcity-probe-").FullName;
        CopyFolder(RepoPaths.Knowledge, _folder);
        foreach (var file in Directory.EnumerateFiles(Probe).Where(f => Path.GetExtension(f) is ".docx" or ".pdf" or ".html" or ".md" or ".txt"))
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        _bot = await KnowledgeBot.StartAsync(_folder);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>Asks every question in a fresh conversation; prints each failure and the total.</summary>
    protected async Task<int> PassedAsync(IReadOnlyList<EvalQuestion> questions, string prefix)
    {
        var passed = 0;
        foreach (var q in questions)
        {
            var text = Activities.Read(await _bot.AskAsync(q.Question, conversationId: $"{prefix}-{q.Id}-{Guid.NewGuid():N}", userId: $"user-{q.Id}"));
            if (Judge.Passes(q, text)) passed++;
            else output.WriteLine($"FAIL {q.Id} {q.Question}\n  < {text.ReplaceLineEndings(" ")}");
        }
        output.WriteLine($"{prefix}: {passed}/{questions.Count}");
        return passed;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
