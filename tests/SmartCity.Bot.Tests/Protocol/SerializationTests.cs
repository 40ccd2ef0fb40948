using System.Text.Json;
using System.Text.Json.Nodes;
using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Tests.Protocol;

/// <summary>Activities as the Emulator, Web Chat and Teams send them survive a read and a write with nothing lost.</summary>
public sealed class SerializationTests
{
    public const string EmulatorMessage = """
    {
      "type": "message", "id": "4f3c1a20-0a1b-11ef-9b8e-1d2c3b4a5f60", "timestamp": "2025-05-01T09:15:02.117Z",
      "localTimestamp": "2025-05-01T11:15:02+02:00", "channelId": "emulator", "serviceUrl": "http://localhost:56789",
      "from": { "id": "6f1e2d3c-aaaa-4bbb-8ccc-0123456789ab", "name": "User", "role": "user" },
      "recipient": { "id": "b7c8d9e0-1111-2222-3333-444455556666", "name": "Bot", "role": "bot" },
      "conversation": { "id": "2a9e8c70-0a1b-11ef-9b8e-1d2c3b4a5f60|livechat" },
      "locale": "en-US", "text": "hello", "textFormat": "plain",
      "channelData": { "clientActivityID": "1714554702031kq1x2zp7dm" }
    }
    """;

    public const string WebChatMessage = """
    {
      "type": "message", "id": "Dk1Y2ZlZjU|0000001", "timestamp": "2025-05-01T09:15:02.9908157Z",
      "localTimezone": "Asia/Jakarta", "channelId": "webchat", "serviceUrl": "https://webchat.botframework.com/",
      "from": { "id": "dl_8c1e", "name": "", "role": "user" },
      "recipient": { "id": "smartcity-bot@abc", "name": "SmartCity.Bot" },
      "conversation": { "id": "Dk1Y2ZlZjU" },
      "text": "apa itu smart city?", "locale": "id-ID",
      "entities": [ { "type": "ClientCapabilities", "requiresBotState": true, "supportsListening": true, "supportsTts": true } ],
      "channelData": { "clientActivityID": "17145547020318kq1x2zp7dm", "clientTimestamp": "2025-05-01T09:15:02.500Z" },
      "attachments": [ { "contentType": "image/png", "contentUrl": "https://example.org/a.png", "name": "a.png" } ],
      "someFutureField": { "nested": [1, 2, 3] }
    }
    """;

    public const string TeamsMessage = """
    {
      "text": "<at>SmartCity Bot</at> cek status kab garut", "textFormat": "plain", "type": "message",
      "timestamp": "2025-05-01T09:15:02.1234567Z", "localTimestamp": "2025-05-01T16:15:02.1234567+07:00",
      "id": "1714554902123", "channelId": "msteams", "serviceUrl": "https://smba.trafficmanager.net/apac/",
      "from": { "id": "29:1abc", "name": "Petugas Garut", "aadObjectId": "00000000-0000-0000-0000-0000000000aa" },
      "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "tenant-1", "id": "19:abc@thread.skype;messageid=1714554902123" },
      "recipient": { "id": "28:app-id", "name": "SmartCity Bot" },
      "entities": [
        { "mentioned": { "id": "28:app-id", "name": "SmartCity Bot" }, "text": "<at>SmartCity Bot</at>", "type": "mention" },
        { "locale": "id-ID", "country": "ID", "platform": "Web", "timezone": "Asia/Jakarta", "type": "clientInfo" }
      ],
      "channelData": { "teamsChannelId": "19:abc@thread.skype", "teamsTeamId": "19:team@thread.skype",
        "channel": { "id": "19:abc@thread.skype" }, "team": { "id": "19:team@thread.skype" }, "tenant": { "id": "tenant-1" } },
      "attachments": [ { "contentType": "text/html", "content": "<div><at>SmartCity Bot</at> cek status kab garut</div>" } ],
      "locale": "id-ID", "localTimezone": "Asia/Jakarta"
    }
    """;

    public const string AdaptiveCardReply = """
    {
      "type": "message", "attachmentLayout": "list",
      "attachments": [ { "contentType": "application/vnd.microsoft.card.adaptive",
        "content": { "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "Halo", "wrap": true } ],
          "actions": [ { "type": "Action.Submit", "title": "Ya", "data": { "text": "ya" } } ] } } ],
      "suggestedActions": { "to": [], "actions": [ { "type": "imBack", "title": "Bantuan", "value": "bantuan" },
        { "type": "messageBack", "title": "Kirim", "text": "kirim", "displayText": "Kirim", "value": { "a": 1 } } ] }
    }
    """;

    [Theory]
    [InlineData(EmulatorMessage)]
    [InlineData(WebChatMessage)]
    [InlineData(TeamsMessage)]
    [InlineData(AdaptiveCardReply)]
    public void Round_trip_keeps_every_member(string json)
    {
        var activity = ProtocolJson.Deserialize<Activity>(json)!;
        var written = ProtocolJson.Serialize(activity);
        AssertSameJson(JsonNode.Parse(json)!, JsonNode.Parse(written)!, "$");
    }

    [Fact]
    public void Reads_typed_members_and_keeps_unknown_ones()
    {
        var teams = ProtocolJson.Deserialize<Activity>(TeamsMessage)!;
        Assert.Equal("msteams", teams.ChannelId);
        Assert.Equal("00000000-0000-0000-0000-0000000000aa", teams.From!.AadObjectId);
        Assert.Equal("channel", teams.Conversation!.ConversationType);
        Assert.Equal(TimeSpan.FromHours(7), teams.LocalTimestamp!.Value.Offset);
        Assert.Equal("tenant-1", ActivityAddressing.TenantId(teams));
        Assert.Equal("cek status kab garut", ActivityAddressing.UserText(teams));

        var webchat = ProtocolJson.Deserialize<Activity>(WebChatMessage)!;
        Assert.True(webchat.Properties!.ContainsKey("someFutureField"));
        Assert.True(webchat.Entities![0].Properties!.ContainsKey("requiresBotState"));
    }

    [Fact]
    public void Writes_camelCase_omits_nulls_and_never_sends_callerId()
    {
        var json = ProtocolJson.Serialize(new Activity { Type = "message", Text = "hai", CallerId = "urn:botframework:azure", Timestamp = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero) });
        Assert.Equal("""{"type":"message","timestamp":"2025-01-02T03:04:05Z","text":"hai"}""", json);
    }

    [Fact]
    public void Card_submit_data_text_becomes_the_users_words()
    {
        var submit = ProtocolJson.Deserialize<Activity>("""{"type":"message","value":{"text":"ya"},"from":{"id":"u"},"conversation":{"id":"c"}}""")!;
        Assert.Equal("ya", ActivityAddressing.UserText(submit));
    }

    /// <summary>Structural equality; date-times compare as instants (the writer normalises fractional digits).</summary>
    private static void AssertSameJson(JsonNode expected, JsonNode actual, string path)
    {
        switch (expected)
        {
            case JsonObject o:
                var a = Assert.IsType<JsonObject>(actual);
                Assert.True(o.Count == a.Count, $"{path}: members {string.Join(",", o.Select(p => p.Key))} vs {string.Join(",", a.Select(p => p.Key))}");
                foreach (var (key, value) in o) AssertSameJson(value!, a[key] ?? throw new Xunit.Sdk.XunitException($"{path}.{key} lost"), $"{path}.{key}");
                break;
            case JsonArray arr:
                var b = Assert.IsType<JsonArray>(actual);
                Assert.Equal(arr.Count, b.Count);
                for (var i = 0; i < arr.Count; i++) AssertSameJson(arr[i]!, b[i]!, $"{path}[{i}]");
                break;
            default:
                if (expected.GetValueKind() == JsonValueKind.String && DateTimeOffset.TryParse(expected.GetValue<string>(), out var d1)
                    && expected.GetValue<string>().Contains('T') && DateTimeOffset.TryParse(actual.GetValue<string>(), out var d2))
                {
                    Assert.Equal(d1, d2);
                    Assert.Equal(d1.Offset, d2.Offset);
                }
                else Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: {expected.ToJsonString()} vs {actual.ToJsonString()}");
                break;
        }
    }
}
