using Microsoft.Extensions.Time.Testing;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Timeline;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// The setup the checklist tests share: a bot on the test calendar and clock, started afresh for every test (so the
/// region statuses one test records are never another's), a turn said in a conversation, and a region's stored status.
/// </summary>
public abstract class StatusCheckBot : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(TestCalendar.Start);

    protected BotServer Bot { get; private set; } = null!;

    public async Task InitializeAsync() => Bot = await TestCalendar.StartBotAsync(_clock);

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    /// <summary>The bot's reply text to <paramref name="text"/> said in <paramref name="conversation"/>.</summary>
    protected async Task<string> Say(string text, string conversation, string user = "staf-1") =>
        Activities.Read(await Bot.AskAsync(text, conversation, user));

    /// <summary>The status stored for the region with this code (the test fails when none is).</summary>
    protected async Task<RegionStatus> StatusOf(string code) =>
        (await Bot.Services.GetRequiredService<IBotStore>().GetAsync<RegionStatus>(RegionStatusService.Kind, code))!.Value;
}
