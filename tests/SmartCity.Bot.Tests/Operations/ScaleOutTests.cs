using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Storage;
using SmartCity.Bot.Tests.Timeline;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Tests.Operations;

/// <summary>
/// Two bot instances (each a real Kestrel on its own loopback port) on one real PostgreSQL, as behind a load
/// balancer: whichever instance a request lands on, the conversation carries on and nothing is done twice or lost.
/// </summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(TestCalendar.Start);
    private string _admin = null!;
    private string _database = null!;
    private BotServer _a = null!;
    private BotServer _b = null!;

    public async Task InitializeAsync()
    {
        _admin = TestPostgres.Require();
        _database = await TestPostgres.CreateDatabaseAsync(_admin, "scale_");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ConnectionString,
            ["DirectLine:StreamPollInterval"] = "00:00:00.2",
        };
        // Started together, as instances of one deployment are: the schema migrations must not race.
        var started = await Task.WhenAll(TestCalendar.StartBotAsync(_clock, settings: settings), TestCalendar.StartBotAsync(_clock, settings: settings));
        (_a, _b) = (started[0], started[1]);
        Assert.NotEqual(_a.BaseAddress.Port, _b.BaseAddress.Port);
    }

    public async Task DisposeAsync()
    {
        if (_a is not null) await _a.DisposeAsync();
        if (_b is not null) await _b.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_database is null) return;
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection).ExecuteNonQueryAsync();
    }

    [SkippableFact]
    public async Task A_status_check_begun_on_one_instance_continues_on_the_other()
    {
        Assert.Contains("(1/3)", Activities.Read(await _a.AskAsync("cek status kota bogor", "lb-status")));
        Assert.Contains("(2/3)", Activities.Read(await _b.AskAsync("sudah", "lb-status")));
        Assert.Contains("(3/3)", Activities.Read(await _a.AskAsync("belum", "lb-status")));
        var status = await _b.Services.GetRequiredService<IBotStore>().GetAsync<RegionStatus>(RegionStatusService.Kind, "32.71");
        Assert.Equal("sudah", status!.Value.Answers["masterplan-disahkan"].Value);
        Assert.Equal("belum", status.Value.Answers["quick-win-berjalan"].Value);
    }

    private sealed record Counter(int Value);

    [SkippableFact]
    public async Task Concurrent_updates_from_both_instances_lose_nothing()
    {
        // Both instances' stores read-modify-write one document with optimistic concurrency, each change audited in
        // the same transaction: every change that was acknowledged is in the document and in the audit stream.
        async Task<int> IncrementAsync(IBotStore store, int times)
        {
            var conflicts = 0;
            for (var i = 0; i < times; i++)
                for (var attempt = 0; ; attempt++)
                {
                    Assert.True(attempt < 500, "an update never got through");
                    var current = await store.GetAsync<Counter>("scale-test", "counter");
                    var next = new Counter((current?.Value.Value ?? 0) + 1);
                    try
                    {
                        await store.PutAsync("scale-test", "counter", next, current?.Version, [new StreamRecord("scale-test-audit", next)]);
                        break;
                    }
                    catch (ConcurrencyConflictException) { conflicts++; }
                }
            return conflicts;
        }
        var storeA = _a.Services.GetRequiredService<IBotStore>();
        var storeB = _b.Services.GetRequiredService<IBotStore>();
        await Task.WhenAll(IncrementAsync(storeA, 30), IncrementAsync(storeB, 30), IncrementAsync(storeA, 30), IncrementAsync(storeB, 30));

        Assert.Equal(120, (await storeA.GetAsync<Counter>("scale-test", "counter"))!.Value.Value);
        var audit = await storeB.ReadStreamAsync<Counter>("scale-test-audit", limit: 1000);
        Assert.Equal(Enumerable.Range(1, 120), audit.Select(r => r.Value.Value).Order());
    }

    [SkippableFact]
    public async Task Two_officers_answering_on_different_instances_keep_both_answers()
    {
        Assert.Contains("(1/3)", Activities.Read(await _a.AskAsync("cek status kabupaten garut", "officer-1", "officer-1")));
        Assert.Contains("(1/3)", Activities.Read(await _b.AskAsync("cek status kabupaten garut", "officer-2", "officer-2")));
        var replies = await Task.WhenAll(_a.AskAsync("sudah", "officer-1", "officer-1"), _b.AskAsync("belum", "officer-2", "officer-2"));
        var status = await _a.Services.GetRequiredService<IBotStore>().GetAsync<RegionStatus>(RegionStatusService.Kind, "32.05");
        var audit = (await _b.Services.GetRequiredService<IBotStore>().ReadStreamAsync<RegionStatusAudit>(RegionStatusService.AuditStream))
            .Where(r => r.Value.RegionCode == "32.05" && r.Value.Field == "masterplan-disahkan").ToList();
        // Each officer either saw the answer saved (and it is audited) or was told it was not saved and asked again;
        // the stored value is the last audited one.
        var saved = replies.Count(r => Activities.Read(r).Contains("(2/3)"));
        Assert.True(saved >= 1);
        Assert.Equal(saved, audit.Count);
        Assert.Equal(audit[0].Value.New, status!.Value.Answers["masterplan-disahkan"].Value);
    }

    [SkippableFact]
    public async Task A_reminder_goes_out_once_when_both_instances_check()
    {
        await using var connector = await TestConnector.StartNewAsync();
        var subscribe = await _a.PostAsync(Activities.Message("ingatkan saya untuk kota bogor", "lb-remind", "petugas", "emulator", connector.ServiceUrl));
        Assert.True(subscribe.IsSuccessStatusCode);
        Assert.True(await connector.WaitUntilAsync(() => connector.Texts("lb-remind").Count == 1));

        _clock.SetUtcNow(new DateTimeOffset(2030, 3, 31, 23, 59, 59, TimeSpan.FromHours(7)) - TimeSpan.FromDays(6));
        // Both instances' background services also wake up when the clock moves: four checks race for one reminder.
        var sent = await Task.WhenAll(
            _a.Services.GetRequiredService<ReminderService>().RunOnceAsync(CancellationToken.None),
            _b.Services.GetRequiredService<ReminderService>().RunOnceAsync(CancellationToken.None));
        Assert.True(sent.Sum() <= 1);
        Assert.True(await connector.WaitUntilAsync(() => connector.Texts("lb-remind").Count >= 2));
        var again = await Task.WhenAll(
            _a.Services.GetRequiredService<ReminderService>().RunOnceAsync(CancellationToken.None),
            _b.Services.GetRequiredService<ReminderService>().RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, again.Sum());
        Assert.Equal(2, connector.Texts("lb-remind").Count);
    }

    [SkippableFact]
    public async Task A_channel_retry_landing_on_the_other_instance_is_not_answered_twice()
    {
        await using var connector = await TestConnector.StartNewAsync();
        var activity = Activities.Message("bantuan", "lb-retry", "user-retry", "emulator", connector.ServiceUrl);
        Assert.True((await _a.PostAsync(activity)).IsSuccessStatusCode);
        var answered = connector.Texts("lb-retry").Count;
        Assert.True(answered > 0);
        Assert.True((await _b.PostAsync(activity)).IsSuccessStatusCode); // the same activity id, retried on the other instance
        Assert.True((await _a.PostAsync(activity)).IsSuccessStatusCode);
        Assert.Equal(answered, connector.Texts("lb-retry").Count);
        Assert.True((await _b.PostAsync(activity with { Id = Guid.NewGuid().ToString("N") })).IsSuccessStatusCode); // a new one is answered
        Assert.True(connector.Texts("lb-retry").Count > answered);
    }

    [SkippableFact]
    public async Task A_web_chat_conversation_keeps_working_when_its_requests_alternate_between_instances()
    {
        var token = await Json(await _a.Http.PostAsync("/api/webchat/token", null));
        var conversationId = token.GetProperty("conversationId").GetString()!;
        var bearer = token.GetProperty("token").GetString()!;

        await Json(await Send(_b, HttpMethod.Post, "/v3/directline/conversations", bearer, """{"locale":"id-ID"}"""), HttpStatusCode.Created);
        var posted = await Json(await Send(_a, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", bearer,
            """{"type":"message","text":"bantuan","from":{"id":"ignored"},"locale":"id-ID"}"""));
        Assert.StartsWith(conversationId + "|", posted.GetProperty("id").GetString());

        // Read on B what A appended (the user's echo and the bot's reply), then the other way round.
        var first = await Json(await Send(_b, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", bearer));
        var activities = first.GetProperty("activities").EnumerateArray().ToList();
        Assert.Contains(activities, a => a.GetProperty("type").GetString() == "message" && a.GetProperty("from").GetProperty("id").GetString()!.StartsWith("dl_"));
        Assert.Contains(activities, a => a.GetProperty("type").GetString() == "message" && a.GetProperty("from").GetProperty("id").GetString() == "smartcity-bot");
        var watermark = first.GetProperty("watermark").GetString();

        // A stream opened on A sees what a post on B produces.
        var reconnect = await Json(await Send(_a, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark={watermark}", bearer));
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await socket.ConnectAsync(new Uri(reconnect.GetProperty("streamUrl").GetString()!), timeout.Token);
        var second = await Json(await Send(_b, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", bearer,
            """{"type":"message","text":"cek status kota bogor","from":{"id":"ignored"},"locale":"id-ID"}"""));
        var secondId = second.GetProperty("id").GetString()!;
        var buffer = new byte[256 * 1024];
        var answeredOnStream = false;
        for (var frame = 0; frame < 200 && !answeredOnStream; frame++)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close) break;
            if (result.Count == 0) continue; // keep-alive
            using var set = JsonDocument.Parse(buffer.AsMemory(0, result.Count));
            answeredOnStream = set.RootElement.GetProperty("activities").EnumerateArray().Any(a => IsBotReplyTo(a, secondId));
        }
        Assert.True(answeredOnStream, "the reply produced on B never reached the stream opened on A");

        var refreshed = await Json(await Send(_b, HttpMethod.Post, "/v3/directline/tokens/refresh", bearer));
        var next = await Json(await Send(_a, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", refreshed.GetProperty("token").GetString()!));
        Assert.Contains(next.GetProperty("activities").EnumerateArray(), a => IsBotReplyTo(a, secondId));
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    private static bool IsBotReplyTo(JsonElement activity, string id) =>
        activity.GetProperty("type").GetString() == "message" && activity.GetProperty("from").GetProperty("id").GetString() == "smartcity-bot" &&
        activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == id;

    private static Task<HttpResponseMessage> Send(BotServer bot, HttpMethod method, string path, string bearer, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return bot.Http.SendAsync(request);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
