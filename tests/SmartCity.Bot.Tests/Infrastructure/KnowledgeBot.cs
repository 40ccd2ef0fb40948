namespace SmartCity.Bot.Tests.Infrastructure;

/// <summary>
/// The bot behind the real /api/messages reading a knowledge folder into memory (no index on disk): the set-up every
/// test of answers shares. As a class fixture (IClassFixture&lt;KnowledgeBot&gt;) it is one bot over the repository's
/// knowledge/ for all the tests of a class that ask many questions; <see cref="StartAsync"/> starts one for a single test
/// or over a folder of its own.
/// </summary>
public sealed class KnowledgeBot : IAsyncLifetime
{
    public BotServer Bot { get; private set; } = null!;

    public async Task InitializeAsync() => Bot = await StartAsync();

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    /// <summary>A bot over <paramref name="knowledgeFolder"/> (the repository's knowledge/ by default), its index kept in memory.</summary>
    public static Task<BotServer> StartAsync(string? knowledgeFolder = null) => BotServer.StartAsync(new Dictionary<string, string?>
    {
        ["Knowledge:Path"] = knowledgeFolder ?? RepoPaths.Knowledge,
        // No index there: the documents are read into memory at start.
        ["Knowledge:IndexPath"] = knowledgeFolder is null
            ? Path.Combine(Path.GetTempPath(), "smartcity-no-index-" + Guid.NewGuid().ToString("N"))
            : Path.Combine(knowledgeFolder, "no-index"),
    });
}
