using System.Net;
using System.Text.Json;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Protocol;

/// <summary>/api/messages on a real Kestrel in development mode: delivery modes, replies to the connector, bad input.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotServer _bot = null!;
    private TestConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await TestConnector.StartNewAsync();
        _bot = await BotServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_response_body()
    {
        var response = await _bot.PostAsync(Activities.Message("bantuan") with { DeliveryMode = DeliveryModes.ExpectReplies });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = body.RootElement.GetProperty("activities")[0];
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.False(reply.TryGetProperty("id", out _), "bots must not set id on activities they send");
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Normal_mode_replies_through_the_connector_to_the_inbound_activity()
    {
        const string conversationId = "2a9e8c70|livechat";
        var inbound = Activities.Message("menu", conversationId, serviceUrl: _connector.ServiceUrl) with
        {
            Conversation = new ConversationAccount { Id = conversationId, Properties = new() { ["extra"] = JsonDocument.Parse("\"kept\"").RootElement } },
        };
        var response = await _bot.PostAsync(inbound);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{inbound.Id}", call.RawPath);
        Assert.True(string.IsNullOrEmpty(call.Authorization), "no token in development mode");
        var reply = ProtocolJson.Deserialize<Activity>(call.Body)!;
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(conversationId, reply.Conversation!.Id);
        Assert.Equal("kept", reply.Conversation.Properties!["extra"].GetString());
        Assert.Equal(inbound.From!.Id, reply.Recipient!.Id);
        Assert.Equal(inbound.Recipient!.Id, reply.From!.Id);
        Assert.Equal("emulator", reply.ChannelId);
    }

    [Fact]
    public async Task A_slow_answer_is_preceded_by_typing_and_replies_keep_their_order()
    {
        // A zero typing delay makes every answer "slow", so the indicator must go out before the answer.
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Protocol:TypingDelay"] = "00:00:00" });
        await bot.PostAsync(Activities.MembersAdded(serviceUrl: _connector.ServiceUrl));
        await bot.PostAsync(Activities.Message("bantuan", serviceUrl: _connector.ServiceUrl));
        var sent = _connector.Calls.Select(c => ProtocolJson.Deserialize<Activity>(c.Body)!.Type).ToList();
        Assert.Equal(["typing", "message", "typing", "message"], sent);
    }

    [Fact]
    public async Task A_channel_retry_of_the_same_activity_is_acknowledged_but_not_answered_twice()
    {
        var inbound = Activities.Message("bantuan", serviceUrl: _connector.ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(inbound)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(inbound)).StatusCode);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task Development_mode_refuses_a_serviceUrl_beyond_loopback()
    {
        var response = await _bot.PostAsync(Activities.Message("halo", serviceUrl: "https://attacker.example.com/"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Connector_failure_is_a_bad_gateway_and_the_channels_retry_delivers_the_kept_replies()
    {
        _connector.FailNextWith = 400;
        var inbound = Activities.Message("halo", conversationId: "retry-conv", serviceUrl: _connector.ServiceUrl);
        var response = await _bot.PostAsync(inbound);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Single(_connector.Calls); // the refused attempt

        // The turn is not run again (its state is saved); the same replies are delivered on the retry.
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(inbound)).StatusCode);
        // The connector saw the refused attempt and then the same welcome again, delivered.
        Assert.Equal(2, _connector.Texts("retry-conv").Count(t => t.Contains("SmartCity.Bot")));
        Assert.Equal(2, _connector.Calls.Count);
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(inbound)).StatusCode);
        Assert.Equal(2, _connector.Calls.Count);
    }

    [Theory]
    [InlineData("""{"type":"message","text":"halo","entities":[null],"conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"}}""")]
    [InlineData("""{"type":"message","text":"halo","entities":[{"type":"mention","mentioned":{"id":5,"name":7},"text":3}],"conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"}}""")]
    [InlineData("""{"type":"conversationUpdate","membersAdded":[null],"conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"}}""")]
    public async Task Odd_but_valid_members_are_tolerated(string body)
    {
        var withReplies = body.Replace("""{"type""", """{"deliveryMode":"expectReplies","type""");
        var response = await _bot.PostRawAsync(withReplies);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Maaf, terjadi kesalahan", await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string, HttpStatusCode> BadInputs => new()
    {
        { "{not json", "application/json", HttpStatusCode.BadRequest },
        { "", "application/json", HttpStatusCode.BadRequest },
        { "null", "application/json", HttpStatusCode.BadRequest },
        { "[1,2]", "application/json", HttpStatusCode.BadRequest },
        { """{"type":"message","text":"x","conversation":{"id":"c"},"from":{"id":"u"}""", "application/json", HttpStatusCode.BadRequest },
        { """{"text":"x","conversation":{"id":"c"},"from":{"id":"u"}}""", "application/json", HttpStatusCode.BadRequest },
        { """{"type":"message","text":"x","from":{"id":"u"}}""", "application/json", HttpStatusCode.BadRequest },
        { """{"type":"message","text":"x","conversation":{"id":"c"}}""", "application/json", HttpStatusCode.BadRequest },
        { """{"type":"message","text":7,"conversation":{"id":"c"},"from":{"id":"u"}}""", "application/json", HttpStatusCode.BadRequest },
        { """{"type":"message","timestamp":"not a date","conversation":{"id":"c"},"from":{"id":"u"}}""", "application/json", HttpStatusCode.BadRequest },
        { """{"type":"message","timestamp":12,"conversation":{"id":"c"},"from":{"id":"u"}}""", "application/json", HttpStatusCode.BadRequest },
        { """{"type":"message","attachments":"x","conversation":{"id":"c"},"from":{"id":"u"}}""", "application/json", HttpStatusCode.BadRequest },
        { """{"type":"message","text":"a","conversation":"c","from":{"id":"u"}}""", "application/json", HttpStatusCode.BadRequest },
        { """{"type":"message","text":"x","conversation":{"id":"c"},"from":{"id":"u"}}""", "text/plain", HttpStatusCode.UnsupportedMediaType },
        { """{"type":"message","text":"x","conversation":{"id":"c"},"from":{"id":"u"}}""", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gets_a_4xx_with_a_reason_and_the_bot_keeps_answering(string body, string contentType, HttpStatusCode expected)
    {
        var response = await _bot.PostRawAsync(body, contentType);
        Assert.Equal(expected, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));

        Assert.Single(await _bot.AskAsync("bantuan"));
    }

    [Fact]
    public async Task Oversize_bodies_are_413_with_or_without_a_content_length()
    {
        var big = ProtocolJson.Serialize(Activities.Message(new string('a', 300 * 1024)));
        var response = await _bot.PostRawAsync(big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);

        var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(big))) };
        chunked.Content.Headers.ContentType = new("application/json");
        chunked.Headers.TransferEncodingChunked = true;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _bot.Http.SendAsync(chunked)).StatusCode);

        Assert.Single(await _bot.AskAsync("bantuan"));
    }

    [Fact]
    public async Task Unknown_activity_types_are_acknowledged_and_ignored()
    {
        var response = await _bot.PostAsync(Activities.Message("x") with { Type = "somethingNew", ServiceUrl = _connector.ServiceUrl });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ping = await _bot.PostAsync(Activities.Message("x") with { Type = "typing", ServiceUrl = _connector.ServiceUrl });
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Unhandled_invoke_is_501_and_other_methods_are_405()
    {
        var invoke = await _bot.PostAsync(Activities.Message("") with { Type = "invoke", Name = "composeExtension/query", ServiceUrl = _connector.ServiceUrl });
        Assert.Equal(HttpStatusCode.NotImplemented, invoke.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _bot.Http.GetAsync("/api/messages")).StatusCode);
    }
}
