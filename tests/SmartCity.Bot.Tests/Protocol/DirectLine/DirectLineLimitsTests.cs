using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SmartCity.Bot.Protocol.DirectLine;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Protocol.DirectLine;

/// <summary>
/// Direct Line conversations are bounded in number and per conversation, and a flood of new conversations never
/// drops one that someone is using: when every slot is in use, new ones are refused (503) instead.
/// </summary>
public sealed class DirectLineLimitsTests
{
    [Fact]
    public async Task Two_thousand_new_conversations_do_not_evict_an_active_polling_user()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:MaxConversations"] = "50",
            ["DirectLine:MaxActivitiesPerConversation"] = "10",
            ["DirectLine:ActiveMinutes"] = "10",
        }, configure: b => b.Services.AddSingleton<TimeProvider>(clock));

        var token = await Json(await bot.Http.PostAsync("/api/webchat/token", null));
        var (conversationId, bearer) = (token.GetProperty("conversationId").GetString()!, token.GetProperty("token").GetString()!);
        await Json(await Send(bot, HttpMethod.Post, "/v3/directline/conversations", bearer, "{}"), HttpStatusCode.Created);
        await Json(await Send(bot, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", bearer, """{"type":"message","text":"bantuan"}"""));

        // 2,000 conversations opened while the user keeps polling.
        var conversations = bot.Services.GetRequiredService<DirectLineConversations>();
        var created = 0;
        for (var i = 0; i < 2000; i++)
        {
            if (await conversations.CreateAsync(CancellationToken.None) is not null) created++;
            if (i % 200 == 0) await Json(await Send(bot, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", bearer));
        }
        Assert.Equal(49, created); // the cap holds: 50 including the user's
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.Http.PostAsync("/api/webchat/token", null)).StatusCode);

        // The user carries on, and their transcript keeps only the newest activities.
        for (var i = 0; i < 8; i++)
            await Json(await Send(bot, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", bearer, """{"type":"message","text":"bantuan"}"""));
        var transcript = await Json(await Send(bot, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", bearer));
        Assert.Equal(10, transcript.GetProperty("activities").GetArrayLength());
        Assert.True(long.Parse(transcript.GetProperty("watermark").GetString()!) >= 18);

        // Later the flood is no longer active and makes room; the user, still polling, is kept.
        clock.Advance(TimeSpan.FromMinutes(11));
        await Json(await Send(bot, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", bearer));
        Assert.NotNull(await conversations.CreateAsync(CancellationToken.None));
        await Json(await Send(bot, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", bearer));
    }

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
