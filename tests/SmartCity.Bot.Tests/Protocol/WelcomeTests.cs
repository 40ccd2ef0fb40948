using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Protocol;

public sealed class WelcomeTests : IAsyncLifetime
{
    private BotServer _bot = null!;
    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();
    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Welcomes_a_user_who_joins_but_not_the_bot_itself()
    {
        var replies = await _bot.AskAsync(Activities.MembersAdded());
        var welcome = Assert.Single(replies);
        Assert.Contains("Gerakan Menuju Smart City", welcome.Text);
        Assert.NotEmpty(welcome.SuggestedActions!.Actions!);

        var botOnly = Activities.MembersAdded() with { MembersAdded = [new ChannelAccount { Id = "bot-id" }] };
        Assert.Empty(await _bot.AskAsync(botOnly));
    }

    [Theory]
    [InlineData("bantuan")]
    [InlineData("Help")]
    [InlineData("menu")]
    public async Task Help_words_show_the_menu(string text)
    {
        var reply = Assert.Single(await _bot.AskAsync(text));
        Assert.Contains("Saya bisa membantu", reply.Text);
        Assert.Equal("user-1", reply.Recipient!.Id);
        Assert.Equal("bot-id", reply.From!.Id);
    }
}
