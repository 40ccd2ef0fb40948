namespace SmartCity.Bot.Tests.Infrastructure;

/// <summary>
/// The bot behind the real /api/messages with the repository's knowledge/ read into memory (no index on disk) and the
/// real calendar: what a test of an answer's wording needs. One user turn is read back as text.
/// </summary>
public abstract class BotWithKnowledge : IAsyncLifetime
{
    /// <summary>The running bot, for a test that asks through its services or reads the raw reply.</summary>
    protected BotServer Bot { get; private set; } = null!;

    // A fresh bot for each test: these tests read what one conversation or user leaves behind.
    public async Task InitializeAsync() => Bot = await KnowledgeBot.StartAsync();

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    protected async Task<string> Say(string text, string conversation, string user = "citizen-1") =>
        Activities.Read(await Bot.AskAsync(text, conversation, user));
}
