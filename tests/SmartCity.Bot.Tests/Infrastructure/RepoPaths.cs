namespace SmartCity.Bot.Tests.Infrastructure;

/// <summary>Finds the repository root (where SmartCity.Bot.sln is) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The programme documents: Knowledge__Path when set (to try documents being written elsewhere), else the repo's knowledge/.</summary>
    public static string Knowledge => Environment.GetEnvironmentVariable("Knowledge__Path") is { Length: > 0 } path ? path : Path.Combine(Root, "knowledge");

    public static string DevQuestions => Path.Combine(Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "dev-questions.jsonl");

    private static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "SmartCity.Bot.sln"))) return d.FullName;
        throw new InvalidOperationException("SmartCity.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
