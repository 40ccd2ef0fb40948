using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Timeline;

namespace SmartCity.Bot.Tests.Storage;

/// <summary>The bot itself on PostgreSQL (ConnectionStrings:Postgres): a status check survives a restart of the bot.</summary>
public sealed class PostgresBotTests
{
    [SkippableFact]
    public async Task A_status_check_runs_and_resumes_on_PostgreSQL()
    {
        var admin = TestPostgres.Require();
        var database = await TestPostgres.CreateDatabaseAsync(admin, "bot_test_");
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString };
        var clock = new FakeTimeProvider(TestCalendar.Start);
        var bot = await TestCalendar.StartBotAsync(clock, settings: settings);
        try
        {
            Assert.IsType<PostgresBotStore>(Assert.IsType<TracingBotStore>(bot.Services.GetRequiredService<IBotStore>()).Inner);
            Assert.Contains("(1/3)", Activities.Read(await bot.AskAsync("cek status kota bogor", "pg")));
            var dataDirectory = bot.DataDirectory;
            await bot.DisposeAsync();
            bot = await TestCalendar.StartBotAsync(clock, dataDirectory, settings);
            Assert.Contains("(2/3)", Activities.Read(await bot.AskAsync("sudah", "pg")));
            var status = await bot.Services.GetRequiredService<IBotStore>().GetAsync<RegionStatus>(RegionStatusService.Kind, "32.71");
            Assert.Equal("sudah", status!.Value.Answers["masterplan-disahkan"].Value);
            Assert.Single(await bot.Services.GetRequiredService<IBotStore>().ReadStreamAsync<RegionStatusAudit>(RegionStatusService.AuditStream));
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
