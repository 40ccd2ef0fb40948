using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Timeline;

namespace SmartCity.Bot.Tests.Storage;

/// <summary>
/// Finding 7: a crash after the status write and before the conversation-state write must not make the user's own
/// saved answer look like someone else's change.
/// </summary>
public sealed class OwnWriteRecognitionTests
{
    [Fact]
    public async Task After_a_crash_between_the_status_write_and_the_state_write_the_users_own_answer_is_not_another_users()
    {
        var clock = new FakeTimeProvider(TestCalendar.Start);
        await using var bot = await TestCalendar.StartBotAsync(clock);
        var store = bot.Services.GetRequiredService<IBotStore>();
        const string key = "emulator:crash";

        Assert.Contains("(1/3)", Activities.Read(await bot.AskAsync("cek status kota bogor", "crash")));
        var before = await store.GetAsync<Dictionary<string, JsonElement>>(TurnPipeline.ConversationKind, key);
        Assert.Contains("Tercatat", Activities.Read(await bot.AskAsync("sudah", "crash")));

        // The world as a crash leaves it: the status (and its audit) committed, the conversation state still the old one.
        var after = await store.GetAsync<Dictionary<string, JsonElement>>(TurnPipeline.ConversationKind, key);
        await store.PutAsync(TurnPipeline.ConversationKind, key, before!.Value, after!.Version);

        // The user, asked the same question again, answers again: recorded, not "changed by another user".
        var again = Activities.Read(await bot.AskAsync("belum", "crash"));
        Assert.DoesNotContain("pengguna lain", again);
        Assert.Contains("Tercatat", again);
        Assert.Contains("(2/3)", again);
        var status = await store.GetAsync<RegionStatus>(RegionStatusService.Kind, "32.71");
        Assert.Equal("belum", status!.Value.Answers["masterplan-disahkan"].Value);
        Assert.Equal(2, (await store.ReadStreamAsync<RegionStatusAudit>(RegionStatusService.AuditStream)).Count);
    }

    [Fact]
    public async Task A_change_by_another_conversation_is_still_reported_as_another_users()
    {
        var clock = new FakeTimeProvider(TestCalendar.Start);
        await using var bot = await TestCalendar.StartBotAsync(clock);
        Assert.Contains("(1/3)", Activities.Read(await bot.AskAsync("cek status kota bogor", "mine")));
        Assert.Contains("(1/3)", Activities.Read(await bot.AskAsync("cek status kota bogor", "theirs", "someone-else")));
        Assert.Contains("Tercatat", Activities.Read(await bot.AskAsync("sudah", "theirs", "someone-else")));
        Assert.Contains("pengguna lain", Activities.Read(await bot.AskAsync("belum", "mine")));
    }
}
