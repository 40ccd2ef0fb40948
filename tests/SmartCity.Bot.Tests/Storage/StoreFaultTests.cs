using System.Net;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Timeline;

namespace SmartCity.Bot.Tests.Storage;

/// <summary>
/// Faults of the real PostgreSQL as the bot sees them (through a TCP relay that can drop every connection): the
/// store unavailable, then back as after a restart — the bot recovers without restart and loses no acknowledged update.
/// </summary>
public sealed class StoreFaultTests
{
    [SkippableFact]
    public async Task With_the_store_down_questions_are_answered_and_updates_say_they_were_not_saved_then_the_bot_recovers()
    {
        var admin = TestPostgres.Require();
        var database = await TestPostgres.CreateDatabaseAsync(admin, "bot_fault_");
        var target = new NpgsqlConnectionStringBuilder(admin);
        await using var relay = new TcpRelay(target.Host!, target.Port);
        var viaRelay = new NpgsqlConnectionStringBuilder(admin) { Database = database, Host = "127.0.0.1", Port = relay.Port, Timeout = 3 }.ConnectionString;
        var clock = new FakeTimeProvider(TestCalendar.Start);
        var bot = await TestCalendar.StartBotAsync(clock, settings: new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = viaRelay });
        try
        {
            Assert.Contains("(1/3)", Activities.Read(await bot.AskAsync("cek status kota bogor", "pg-fault")));
            Assert.Contains("Tercatat", Activities.Read(await bot.AskAsync("sudah", "pg-fault")));

            relay.Cut(); // the database goes away
            var question = await bot.AskAsync("apa itu smart city?", "pg-fault");
            Assert.Contains(question, a => a.Attachments is { Count: > 0 } || (a.Text ?? "").Contains("Sumber", StringComparison.Ordinal));
            var update = Activities.Read(await bot.AskAsync("belum", "pg-fault"));
            Assert.Contains("tidak ada yang tersimpan", update);
            var start = Activities.Read(await bot.AskAsync("cek status kota bogor", "pg-other"));
            Assert.Contains("tidak ada yang tersimpan", start);
            var nul = await bot.PostAsync(Activities.Message("halo", conversationId: "pg\0nul") with { DeliveryMode = "expectReplies" });
            Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);

            relay.Restore(); // back, as after a restart: every pooled connection is dead
            var resumed = Activities.Read(await bot.AskAsync("belum", "pg-fault"));
            Assert.Contains("Tercatat", resumed);
            Assert.Contains("(3/3)", resumed);
            Assert.NotEmpty(Activities.Read(await bot.AskAsync("apa itu smart\0 city?", "pg-nul-text")));

            var status = await bot.Services.GetRequiredService<IBotStore>().GetAsync<RegionStatus>(RegionStatusService.Kind, "32.71");
            Assert.Equal("sudah", status!.Value.Answers["masterplan-disahkan"].Value); // acknowledged before the fault
            Assert.Equal("belum", status.Value.Answers["quick-win-berjalan"].Value);   // acknowledged after it
            Assert.Equal(2, (await bot.Services.GetRequiredService<IBotStore>().ReadStreamAsync<RegionStatusAudit>(RegionStatusService.AuditStream)).Count);
        }
        finally
        {
            await bot.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection).ExecuteNonQueryAsync();
        }
    }
}
