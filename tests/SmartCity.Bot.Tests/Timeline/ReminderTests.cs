using Microsoft.Extensions.Time.Testing;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Tests.Timeline;

/// <summary>Deadline reminders: subscribed through /api/messages, sent proactively to a loopback connector as the test's clock moves.</summary>
public sealed class ReminderTests : IAsyncLifetime
{
    // Deadline "Masterplan disahkan kepala daerah" ends 31 March 2030 23:59:59 WIB.
    private static readonly DateTimeOffset DeadlineEnd = new(2030, 3, 31, 23, 59, 59, TimeSpan.FromHours(7));
    private readonly FakeTimeProvider _clock = new(TestCalendar.Start);
    private TestConnector _connector = null!;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await TestConnector.StartNewAsync();
        _bot = await TestCalendar.StartBotAsync(_clock);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    /// <summary>A message delivered the normal way (not expectReplies): replies go to the connector, so the bot may message later.</summary>
    private async Task SendAsync(string text, string conversation)
    {
        var response = await _bot.PostAsync(Activities.Message(text, conversation, "petugas", "emulator", _connector.ServiceUrl));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task AdvanceToAsync(DateTimeOffset moment)
    {
        var service = _bot.Services.GetRequiredService<ReminderService>();
        var runs = service.Runs;
        _clock.SetUtcNow(moment);
        Assert.True(await _connector.WaitUntilAsync(() => service.Runs > runs), "the reminder service did not run after the clock moved");
    }

    [Fact]
    public async Task Reminds_at_seven_days_and_one_day_once_each_then_stops_on_request()
    {
        await SendAsync("ingatkan saya untuk Kota Bogor", "rem");
        Assert.True(await _connector.WaitUntilAsync(() => _connector.Texts("rem").Count == 1));
        var confirmation = _connector.Texts("rem")[0];
        Assert.Contains("7 hari dan 1 hari", confirmation);
        Assert.Contains("Kota Bogor", confirmation);
        Assert.Contains("terakhir diperbarui 15 Januari 2030", confirmation);

        await AdvanceToAsync(DeadlineEnd - TimeSpan.FromDays(8)); // not yet
        Assert.Single(_connector.Texts("rem"));

        await AdvanceToAsync(DeadlineEnd - TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
        Assert.True(await _connector.WaitUntilAsync(() => _connector.Texts("rem").Count == 2));
        var week = _connector.Texts("rem")[1];
        Assert.Contains("Pengingat untuk Kota Bogor", week);
        Assert.Contains("Masterplan disahkan kepala daerah", week);
        Assert.Contains("31 Maret 2030", week);
        Assert.Contains("(dalam 6 hari)", week); // 25 March, 00:59 WIB

        await AdvanceToAsync(DeadlineEnd - TimeSpan.FromDays(5)); // same window: nothing new
        Assert.Equal(2, _connector.Texts("rem").Count);

        await AdvanceToAsync(DeadlineEnd - TimeSpan.FromHours(20));
        Assert.True(await _connector.WaitUntilAsync(() => _connector.Texts("rem").Count == 3));
        Assert.Contains("(hari ini)", _connector.Texts("rem")[2]); // 31 March, 03:59 WIB

        await SendAsync("berhenti pengingat", "rem");
        Assert.True(await _connector.WaitUntilAsync(() => _connector.Texts("rem").Count == 4));
        Assert.Contains("dihentikan", _connector.Texts("rem")[3]);
        await AdvanceToAsync(new DateTimeOffset(2030, 5, 14, 12, 0, 0, TimeSpan.FromHours(7))); // 1 day before the next deadline
        Assert.Equal(4, _connector.Texts("rem").Count);
    }

    [Fact]
    public async Task A_reminder_goes_out_once_across_instances_and_restarts()
    {
        await SendAsync("ingatkan saya untuk kabupaten garut", "multi");
        Assert.True(await _connector.WaitUntilAsync(() => _connector.Texts("multi").Count == 1));

        // A second instance on the same database, both checking at the same moment.
        var other = await TestCalendar.StartBotAsync(_clock, _bot.DataDirectory);
        try
        {
            _clock.SetUtcNow(DeadlineEnd - TimeSpan.FromDays(6));
            var sent = await Task.WhenAll(
                _bot.Services.GetRequiredService<ReminderService>().RunOnceAsync(CancellationToken.None),
                other.Services.GetRequiredService<ReminderService>().RunOnceAsync(CancellationToken.None));
            Assert.True(await _connector.WaitUntilAsync(() => _connector.Texts("multi").Count >= 2));
        }
        finally
        {
            await other.DisposeAsync();
        }
        await _bot.DisposeAsync();
        _bot = await TestCalendar.StartBotAsync(_clock, _bot.DataDirectory); // a restart
        Assert.Equal(0, await _bot.Services.GetRequiredService<ReminderService>().RunOnceAsync(CancellationToken.None));
        Assert.Equal(2, _connector.Texts("multi").Count);
        var claims = await _bot.Services.GetRequiredService<IBotStore>().ListAsync<ReminderClaim>(ReminderStore.ClaimKind);
        Assert.Equal("32.05|pengesahan|7|emulator:multi", Assert.Single(claims).Key);
    }

    [Fact]
    public async Task A_reply_only_channel_cannot_take_reminders()
    {
        var replies = await _bot.AskAsync("ingatkan saya untuk Kota Bogor", "expect");
        Assert.Contains("tidak mendukung pesan susulan", Activities.Read(replies));
        Assert.Empty(await _bot.Services.GetRequiredService<IBotStore>().ListAsync<ReminderSubscription>(ReminderStore.SubscriptionKind));
    }
}
