namespace SmartCity.Bot.Tests.Infrastructure;

/// <summary>
/// The bot behind the real /api/messages with the repository's knowledge/ read into memory (no index on disk) and the
/// real calendar: what a test of an answer's wording needs. One user turn is read back as text.
/// </summary>
public abstract class BotWithKnowledge : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(new Dictionary<string, string?>
    {
        ["Knowledge:Path"] = RepoPaths.Knowledge,
        ["Knowledge:IndexPath"] = Path.Combine(Path.GetTempPath(), "smartcity-no-index-" + Guid.NewGuid().ToString("N")),
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    protected async Task<string> Say(string text, string conversation, string user = "citizen-1") =>
        Activities.Read(await _bot.AskAsync(text, conversation, user));
}
