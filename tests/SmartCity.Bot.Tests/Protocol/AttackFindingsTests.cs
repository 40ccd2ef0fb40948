using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Protocol.Auth;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Protocol;

/// <summary>The attack findings of issue 10, each replayed through the real HTTP endpoints as a client would.</summary>
public sealed class AttackFindingsTests
{
    private static async Task<(string ConversationId, string Token)> WebChatTokenAsync(BotServer bot, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        var response = await bot.Http.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!);
    }

    private static Task<HttpResponseMessage> SendAsync(BotServer bot, HttpMethod method, string path, string token, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return bot.Http.SendAsync(request);
    }

    private static async Task<(string Id, string Token)> DirectLineConversationAsync(BotServer bot)
    {
        var (id, token) = await WebChatTokenAsync(bot);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(bot, HttpMethod.Post, "/v3/directline/conversations", token, "{}")).StatusCode);
        return (id, token);
    }

    // 1. Client activities are cut at the ingress; the transcript is bounded per activity and per conversation.
    [Fact]
    public async Task Direct_Line_keeps_only_what_the_bot_reads_and_bounds_the_transcript_in_bytes()
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxTranscriptBytes"] = "32768" });
        var (id, token) = await DirectLineConversationAsync(bot);

        var huge = JsonSerializer.Serialize(new
        {
            type = "message", text = "halo",
            channelData = new { clientActivityID = "big", padding = new string('x', 200 * 1024) },
        });
        var refused = await SendAsync(bot, HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token, huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);

        for (var i = 0; i < 20; i++)
        {
            var padded = JsonSerializer.Serialize(new
            {
                type = "message", text = "halo", locale = "id-ID",
                channelData = new { clientActivityID = $"c{i}", padding = new string('x', 20 * 1024) },
                entities = Enumerable.Range(0, 30).Select(n => new { type = "padding", data = new string('y', 500) }),
                extra = new string('z', 8 * 1024),
                attachments = new[] { new { contentType = "text/plain", content = new string('w', 8 * 1024) } },
            });
            var response = await SendAsync(bot, HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token, padded);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        var transcript = await (await SendAsync(bot, HttpMethod.Get, $"/v3/directline/conversations/{id}/activities", token)).Content.ReadAsStringAsync();
        Assert.True(Encoding.UTF8.GetByteCount(transcript) < 40 * 1024, $"transcript of {Encoding.UTF8.GetByteCount(transcript)} bytes");
        var activities = JsonDocument.Parse(transcript).RootElement.GetProperty("activities").EnumerateArray().ToList();
        var echo = activities.Last(a => a.GetProperty("from").GetProperty("role").GetString() == "user");
        Assert.Equal("c19", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString()); // Web Chat still matches its echo
        Assert.False(echo.GetProperty("channelData").TryGetProperty("padding", out _));
        Assert.False(echo.TryGetProperty("extra", out _));
        Assert.False(echo.TryGetProperty("attachments", out _));
        Assert.True(!echo.TryGetProperty("entities", out var entities) || entities.GetArrayLength() <= 4);
    }

    // 2. Client strings reach the log only escaped and truncated; malformed identifiers are refused before that.
    [Fact]
    public async Task A_forged_log_line_or_a_huge_channel_id_does_not_reach_the_log()
    {
        var logs = new CapturedLogs();
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" },
            configure: b => b.Logging.AddProvider(logs));

        var forged = Activities.Message("halo") with { ChannelId = "emulator\ncrit: Database dropped by admin" };
        Assert.Equal(HttpStatusCode.BadRequest, (await bot.PostAsync(forged, bearer: "Bearer x.y.z")).StatusCode);
        var separator = Activities.Message("halo") with { ChannelId = "emulator\u2028crit: palsu" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.PostAsync(separator, bearer: "Bearer x.y.z")).StatusCode);
        for (var i = 0; i < 20; i++)
        {
            var huge = Activities.Message("halo") with { ChannelId = new string('a', 255_000) };
            Assert.Equal(HttpStatusCode.BadRequest, (await bot.PostAsync(huge, bearer: "Bearer x.y.z")).StatusCode);
        }

        Assert.DoesNotContain(logs.Text.Split('\n'), line => line.StartsWith("crit", StringComparison.Ordinal));
        Assert.DoesNotContain('\u2028', logs.Text);
        Assert.Contains(logs.Lines, l => l.Contains("401 for channel emulator\\u2028crit: palsu"));
        Assert.True(logs.Text.Length < 20_000, $"{logs.Text.Length} characters of log");
    }

    // 3. The unanswered-question log is capped per conversation and in total; the staff command prints control characters escaped.
    [Fact]
    public async Task The_unanswered_log_is_capped_and_the_staff_command_escapes_control_characters()
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Streams:unanswered:MaxRecords"] = "8",
            ["Storage:Streams:unanswered:MaxPerPartition"] = "3",
        });
        for (var c = 0; c < 4; c++)
            for (var i = 0; i < 6; i++)
                await bot.AskAsync($"qwzx plorf vrunk {c} {i}", $"flood-{c}");
        var store = bot.Services.GetRequiredService<IBotStore>();
        var kept = await store.ReadStreamAsync<UnansweredQuestion>(KnowledgeStreams.Unanswered, 1000);
        Assert.Equal(8, kept.Count);
        Assert.All(kept.GroupBy(k => k.Value.Question.Split(' ')[3]), g => Assert.True(g.Count() <= 3));

        // Gibberish the bot declines (no intent has evidence for it, so no dialog takes it), carrying terminal control characters.
        await bot.AskAsync("zzkv \u001b[2J\u001b[31mmerah\u0007\rtimpa", "escape");
        var command = bot.Services.GetServices<SmartCity.Bot.Cli.ICliCommand>().Single(c => c.Name == "unanswered");
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try { Assert.Equal(0, await command.RunAsync(["1"], bot.Services, CancellationToken.None)); }
        finally { Console.SetOut(original); }
        var printed = output.ToString();
        Assert.Contains("\\u001b[2J\\u001b[31mmerah\\u0007\\u000dtimpa", printed);
        Assert.DoesNotContain('\u001b', printed);
        Assert.DoesNotContain('\r', printed.Replace(Environment.NewLine, "\n"));
    }

    // 4. The new-conversation rate limit sees the client behind a known proxy, and only behind a known proxy.
    [Fact]
    public async Task The_rate_limit_counts_the_forwarded_client_of_a_known_proxy_and_says_when_to_retry()
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:NewConversationsPerMinute"] = "2",
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        });
        for (var i = 0; i < 2; i++) await WebChatTokenAsync(bot, "203.0.113.7");
        using var third = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        third.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var limited = await bot.Http.SendAsync(third);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After missing");
        Assert.Contains("coba lagi", await limited.Content.ReadAsStringAsync());

        using var other = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        other.Headers.Add("X-Forwarded-For", "203.0.113.8");
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task A_forwarded_address_from_an_unknown_proxy_is_not_believed()
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:NewConversationsPerMinute"] = "2",
            ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8",
        });
        for (var i = 0; i < 2; i++) await WebChatTokenAsync(bot, $"198.51.100.{i}");
        using var spoofed = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        spoofed.Headers.Add("X-Forwarded-For", "198.51.100.99");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await bot.Http.SendAsync(spoofed)).StatusCode);
    }

    // 5. The text limit applies to the text the bot reads, value.text included, on both endpoints.
    [Fact]
    public async Task The_text_limit_covers_value_text_on_Direct_Line_and_on_api_messages()
    {
        await using var bot = await BotServer.StartAsync();
        var (id, token) = await DirectLineConversationAsync(bot);
        var viaValue = JsonSerializer.Serialize(new { type = "message", value = new { text = new string('a', 4001) } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await SendAsync(bot, HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token, viaValue)).StatusCode);
        var hugeValue = JsonSerializer.Serialize(new { type = "message", value = new { text = new string('a', 114 * 1024) } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await SendAsync(bot, HttpMethod.Post, $"/v3/directline/conversations/{id}/activities", token, hugeValue)).StatusCode);

        var submit = Activities.Message("") with { Text = null, Value = JsonSerializer.SerializeToElement(new { text = new string('b', 114 * 1024) }) };
        var replies = await bot.AskAsync(submit);
        Assert.Contains("terlalu panjang", Activities.Read(replies));
        Assert.Contains("4000", Activities.Read(replies));
    }

    // 6. NUL in text is harmless; in an identifier it is refused with 400 (SQLite here; PostgreSQL in StoreFaultTests).
    [Fact]
    public async Task NUL_in_text_is_answered_and_NUL_in_an_identifier_is_a_400()
    {
        await using var bot = await BotServer.StartAsync();
        Assert.NotEmpty(Activities.Read(await bot.AskAsync("apa itu smart\0 city?", "nul-conv")));
        foreach (var bad in new[]
                 {
                     Activities.Message("halo", conversationId: "a\0b"),
                     Activities.Message("halo", userId: "u\0"),
                 })
        {
            var response = await bot.PostAsync(bad with { DeliveryMode = DeliveryModes.ExpectReplies });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("karakter kontrol", await response.Content.ReadAsStringAsync());
        }
    }

    // 8. Development mode refuses to listen beyond loopback unless the README's setting allows it.
    [Fact]
    public async Task Development_mode_refuses_to_start_on_a_non_loopback_address()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotServer.StartAsync(new Dictionary<string, string?> { ["Urls"] = "http://0.0.0.0:0" }));
        Assert.Contains(DevelopmentModeGuard.Setting, error.ToString());
    }

    [Theory]
    [InlineData("http://localhost:3978", true)]
    [InlineData("http://127.0.0.1:0", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://0.0.0.0:80", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://+:80", false)]
    [InlineData("https://bot.example.go.id", false)]
    [InlineData("http://[::]:80", false)]
    public void Loopback_addresses_are_told_apart_from_every_other(string address, bool loopback) =>
        Assert.Equal(loopback, DevelopmentModeGuard.IsLoopback(address));

    [Fact]
    public void Ports_settings_count_as_every_interface()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://localhost:3978", ["http_ports"] = "8080",
        }).Build();
        Assert.Equal(["http://localhost:3978", "http://*:8080"], DevelopmentModeGuard.ConfiguredAddresses(configuration));
    }

    // 9. Minor: 400 bodies without .NET internals, a BOM is accepted, the page carries security headers.
    [Fact]
    public async Task Errors_name_no_dotnet_types_a_BOM_is_accepted_and_the_page_has_security_headers()
    {
        await using var bot = await BotServer.StartAsync();
        var response = await bot.PostRawAsync("""{"type":"message","conversation":{"id":5},"from":{"id":"u"}}""");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON tidak valid", body);
        foreach (var internals in new[] { "System.", "SmartCity", "JsonElement", "String", "could not be converted" })
            Assert.DoesNotContain(internals, body);

        var withBom = "\uFEFF" + ProtocolJson.Serialize(Activities.Message("bantuan", "bom") with { DeliveryMode = DeliveryModes.ExpectReplies });
        Assert.Equal(HttpStatusCode.OK, (await bot.PostRawAsync(withBom)).StatusCode);

        var page = await bot.Http.GetAsync("/");
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("SAMEORIGIN", page.Headers.GetValues("X-Frame-Options").Single());
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("nosniff", (await bot.Http.GetAsync("/webchat/page.js")).Headers.GetValues("X-Content-Type-Options").Single());
    }
}
