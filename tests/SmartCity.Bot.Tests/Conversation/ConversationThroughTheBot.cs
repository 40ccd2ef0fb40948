using Microsoft.Extensions.Time.Testing;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Timeline;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// What the conversation tests share: the bot on the test calendar's clock behind the real /api/messages, and one
/// user turn read back as text.
/// </summary>
public abstract class ConversationThroughTheBot : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(TestCalendar.Start);
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await TestCalendar.StartBotAsync(_clock);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    protected async Task<string> Say(string text, string conversation, string user) =>
        Activities.Read(await _bot.AskAsync(text, conversation, user));
}
