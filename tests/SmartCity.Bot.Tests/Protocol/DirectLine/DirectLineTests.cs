using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Protocol.DirectLine;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Protocol.DirectLine;

/// <summary>The local Direct Line 3.0 endpoint as DirectLineJS uses it (reference §5).</summary>
public sealed class DirectLineTests : IAsyncLifetime
{
    private BotServer _bot = null!;
    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "12" });
    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private sealed record Session(string ConversationId, string Token, string UserId);

    private async Task<Session> TokenAsync()
    {
        var response = await _bot.Http.PostAsync("/api/webchat/token", null);
        var json = await Json(response, HttpStatusCode.OK);
        Assert.True(json.GetProperty("expires_in").GetInt32() > 0);
        return new Session(json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!, json.GetProperty("userId").GetString()!);
    }

    private async Task<JsonElement> StartAsync(Session session, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var request = Request(HttpMethod.Post, "/v3/directline/conversations", session.Token, """{"user":{},"locale":"id-ID"}""");
        return await Json(await _bot.Http.SendAsync(request), expected);
    }

    private async Task<HttpResponseMessage> PostAsync(Session session, string activityJson, string? conversationId = null, string? token = null)
    {
        using var request = Request(HttpMethod.Post, $"/v3/directline/conversations/{conversationId ?? session.ConversationId}/activities", token ?? session.Token, activityJson);
        return await _bot.Http.SendAsync(request);
    }

    private async Task<JsonElement> ActivitiesAsync(Session session, string? watermark = null)
    {
        using var request = Request(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities?watermark={watermark}", session.Token);
        return await Json(await _bot.Http.SendAsync(request), HttpStatusCode.OK);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? bearer, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return request;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Message(string text, string clientActivityId = "c1") => JsonSerializer.Serialize(new
    {
        type = "message", text, locale = "id-ID",
        from = new { id = "someone-else", name = "Pengguna", role = "user" },
        channelData = new { clientActivityID = clientActivityId },
    });

    [Fact]
    public async Task Start_post_and_poll_echo_the_user_and_deliver_the_bots_reply_with_a_watermark()
    {
        var session = await TokenAsync();
        var started = await StartAsync(session);
        Assert.Equal(session.ConversationId, started.GetProperty("conversationId").GetString());
        Assert.StartsWith("ws://", started.GetProperty("streamUrl").GetString());
        await StartAsync(session, HttpStatusCode.OK); // the token's conversation already exists: 200, not a new one

        var empty = await ActivitiesAsync(session);
        Assert.Equal(0, empty.GetProperty("activities").GetArrayLength()); // conversationUpdate is not shown to clients
        Assert.Equal("0", empty.GetProperty("watermark").GetString());

        var posted = await Json(await PostAsync(session, Message("bantuan", "client-42")), HttpStatusCode.OK);
        var id = posted.GetProperty("id").GetString()!;
        Assert.StartsWith(session.ConversationId + "|", id);

        var all = await ActivitiesAsync(session);
        var activities = all.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(2, activities.Count);
        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("client-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(session.UserId, echo.GetProperty("from").GetProperty("id").GetString()); // the token's user, not the claimed one
        var reply = activities[1];
        Assert.Equal("bot", reply.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Contains("Saya bisa membantu", reply.GetProperty("text").GetString());
        Assert.True(reply.GetProperty("timestamp").GetDateTimeOffset() > echo.GetProperty("timestamp").GetDateTimeOffset());
        Assert.False(reply.TryGetProperty("serviceUrl", out _));

        var watermark = all.GetProperty("watermark").GetString();
        Assert.Equal("2", watermark);
        Assert.Equal(0, (await ActivitiesAsync(session, watermark)).GetProperty("activities").GetArrayLength());
        Assert.Single((await ActivitiesAsync(session, "1")).GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task The_webchat_join_event_gets_the_welcome()
    {
        var session = await TokenAsync();
        await StartAsync(session);
        await Json(await PostAsync(session, """{"type":"event","name":"webchat/join","from":{"id":"x","role":"user"}}"""), HttpStatusCode.OK);
        var texts = (await ActivitiesAsync(session)).GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "message").Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Contains(texts, t => t!.Contains("Gerakan Menuju Smart City"));
    }

    [Fact]
    public async Task A_token_opens_only_its_own_conversation()
    {
        var mine = await TokenAsync();
        var theirs = await TokenAsync();
        await StartAsync(mine);
        await StartAsync(theirs);
        await Json(await PostAsync(theirs, Message("bantuan")), HttpStatusCode.OK);

        using var read = Request(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await _bot.Http.SendAsync(read)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(mine, Message("halo"), conversationId: theirs.ConversationId)).StatusCode);

        using var noAuth = Request(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.Http.SendAsync(noAuth)).StatusCode);

        var tampered = mine.Token[..^4] + (mine.Token.EndsWith("AAAA") ? "BBBB" : "AAAA");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(mine, Message("halo"), token: tampered)).StatusCode);
    }

    [Fact]
    public async Task Refresh_gives_a_new_token_for_the_same_conversation_and_expired_tokens_are_refused()
    {
        var session = await TokenAsync();
        await StartAsync(session);
        using var refresh = Request(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token);
        var refreshed = await Json(await _bot.Http.SendAsync(refresh), HttpStatusCode.OK);
        Assert.Equal(session.ConversationId, refreshed.GetProperty("conversationId").GetString());
        var newToken = refreshed.GetProperty("token").GetString()!;
        await Json(await PostAsync(session, Message("bantuan"), token: newToken), HttpStatusCode.OK);

        var tokens = _bot.Services.GetRequiredService<DirectLineTokens>();
        var expired = new DirectLineTokens(Microsoft.Extensions.Options.Options.Create(new DirectLineOptions { TokenSigningKey = "another-key" }),
            _bot.Services.GetRequiredService<SmartCity.Bot.Storage.IBotStore>(), new ShiftedClock(TimeSpan.FromHours(-2)));
        Assert.Null(tokens.Validate(expired.Issue(session.ConversationId, session.UserId).Token)); // other key and long expired
        Assert.NotNull(tokens.Validate(newToken));
    }

    [Fact]
    public async Task Overlong_messages_are_413_and_new_conversations_are_rate_limited_per_client()
    {
        var session = await TokenAsync();
        await StartAsync(session);
        var tooLong = await PostAsync(session, JsonSerializer.Serialize(new { type = "message", text = new string('a', 5000) }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLong.StatusCode);

        await using var limited = await BotServer.StartAsync(new Dictionary<string, string?> { ["DirectLine:NewConversationsPerMinute"] = "3" });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await limited.Http.PostAsync("/api/webchat/token", null)).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
    }

    [Fact]
    public async Task Transcripts_are_bounded()
    {
        var session = await TokenAsync();
        await StartAsync(session);
        for (var i = 0; i < 10; i++) await Json(await PostAsync(session, Message("bantuan", $"c{i}")), HttpStatusCode.OK);
        var all = await ActivitiesAsync(session);
        Assert.Equal(12, all.GetProperty("activities").GetArrayLength()); // the configured cap
        Assert.Equal("20", all.GetProperty("watermark").GetString()); // the watermark still counts everything
    }

    [Fact]
    public async Task The_WebSocket_stream_pushes_the_echo_and_the_reply()
    {
        var session = await TokenAsync();
        var streamUrl = new Uri((await StartAsync(session)).GetProperty("streamUrl").GetString()!);
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(streamUrl, timeout.Token);
        await Json(await PostAsync(session, Message("bantuan")), HttpStatusCode.OK);

        var seen = new List<JsonElement>();
        var buffer = new byte[64 * 1024];
        while (seen.Count(a => a.GetProperty("type").GetString() == "message") < 2)
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                frame.Write(buffer, 0, result.Count);
            } while (!result.EndOfMessage);
            if (frame.Length == 0) continue; // keep-alive
            var set = JsonDocument.Parse(frame.ToArray()).RootElement.Clone();
            seen.AddRange(set.GetProperty("activities").EnumerateArray());
        }
        Assert.Equal("user", seen[0].GetProperty("from").GetProperty("role").GetString());
        Assert.Contains(seen, a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.GetProperty("text").GetString()!.Contains("Saya bisa membantu"));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "selesai", CancellationToken.None);
    }

    [Fact]
    public async Task A_stream_with_another_conversations_token_is_refused()
    {
        var mine = await TokenAsync();
        var theirs = await TokenAsync();
        await StartAsync(theirs);
        using var socket = new ClientWebSocket();
        var url = new Uri(_bot.BaseAddress, $"/v3/directline/conversations/{theirs.ConversationId}/stream?t={Uri.EscapeDataString(mine.Token)}");
        var ws = new UriBuilder(url) { Scheme = "ws" }.Uri;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(ws, CancellationToken.None));
    }

    [Theory]
    [InlineData("http://localhost:5173", true)]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("https://evil.example", false)]
    public async Task Preflight_allows_loopback_origins_in_development(string origin, bool allowed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        var response = await _bot.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Contains(origin));
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}

/// <summary>Production configuration: a MicrosoftAppId is set, so Direct Line needs a configured secret.</summary>
public sealed class DirectLineProductionTests
{
    private static readonly Dictionary<string, string?> Production = new()
    {
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        ["MicrosoftAppPassword"] = "not-used-in-these-tests",
        ["DirectLine:AllowedOrigins:0"] = "https://smartcity.example.go.id",
    };

    [Fact]
    public async Task Off_without_a_secret()
    {
        await using var bot = await BotServer.StartAsync(Production);
        var token = await bot.Http.PostAsync("/api/webchat/token", null);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.Contains("DirectLine:Secret", await token.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.PostAsync("/v3/directline/tokens/generate", null)).StatusCode);
        var page = await bot.Http.GetStringAsync("/");
        Assert.Contains("webchat/page.js", page); // the page still loads and explains why chat is off
    }

    [Fact]
    public async Task With_a_secret_generate_needs_it_and_only_configured_origins_are_allowed()
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>(Production) { ["DirectLine:Secret"] = "rahasia-direct-line-uji" });
        Assert.Equal(HttpStatusCode.Forbidden, (await bot.Http.PostAsync("/v3/directline/tokens/generate", null)).StatusCode);

        using var generate = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "rahasia-direct-line-uji");
        var response = await bot.Http.SendAsync(generate);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"token\"", await response.Content.ReadAsStringAsync());

        foreach (var (origin, allowed) in new[] { ("https://smartcity.example.go.id", true), ("http://localhost:5173", false) })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            var answer = await bot.Http.SendAsync(preflight);
            Assert.Equal(allowed, answer.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }
}
