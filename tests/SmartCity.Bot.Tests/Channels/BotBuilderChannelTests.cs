using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Channels;

/// <summary>Microsoft's botbuilder/botframework-connector JS packages act as the channel (tests/e2e/channel-test.mjs).</summary>
public sealed class BotBuilderChannelTests : IAsyncLifetime
{
    private BotServer _bot = null!;
    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();
    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Replies_reach_the_botbuilder_channel_service_routes_in_serviceUrl_mode()
    {
        Prerequisites.RequireE2ePackages();
        var (exitCode, output) = await Prerequisites.RunNodeAsync("channel-test.mjs", _bot.BaseAddress.ToString());
        Assert.True(exitCode == 0, output);
        Assert.Contains("\"ok\":true", output);
        Assert.Contains("card submit data.text understood", output);
    }
}
