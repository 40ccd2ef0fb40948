using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Timeline;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Tests.Channels;

/// <summary>
/// Reminders on the bot's own web chat, over the Direct Line endpoint as the page uses it: the reminder is appended
/// to the conversation's transcript, and a visitor who comes back days later (token long expired) resumes the same
/// conversation with the page's saved ticket and finds it there.
/// </summary>
public sealed class WebChatReminderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset DeadlineEnd = new(2030, 3, 31, 23, 59, 59, TimeSpan.FromHours(7));
    private readonly FakeTimeProvider _clock = new(TestCalendar.Start);
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await TestCalendar.StartBotAsync(_clock);
    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private sealed record Session(string ConversationId, string Token, string Ticket, bool Resumed);

    private async Task<Session> SessionAsync(string body = "{}")
    {
        var response = await _bot.Http.PostAsync("/api/webchat/session", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await Json(response, HttpStatusCode.OK);
        return new Session(json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!,
            json.GetProperty("ticket").GetString()!, json.GetProperty("resumed").GetBoolean());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return await _bot.Http.SendAsync(request);
    }

    private async Task<string> TranscriptAsync(Session session)
    {
        var json = await Json(await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token), HttpStatusCode.OK);
        return string.Join("\n---\n", json.GetProperty("activities").EnumerateArray()
            .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() : ""));
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task A_web_chat_reminder_lands_in_the_transcript_and_the_visitor_finds_it_on_returning_days_later()
    {
        var first = await SessionAsync();
        Assert.False(first.Resumed);
        await Json(await SendAsync(HttpMethod.Post, "/v3/directline/conversations", first.Token, """{"locale":"id-ID"}"""), HttpStatusCode.Created);
        var message = """{"type":"message","text":"ingatkan saya untuk Kota Bogor","from":{"id":"ignored"},"locale":"id-ID"}""";
        await Json(await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{first.ConversationId}/activities", first.Token, message), HttpStatusCode.OK);
        var confirmation = await TranscriptAsync(first);
        Assert.Contains("7 hari dan 1 hari", confirmation);
        Assert.DoesNotContain("tidak mendukung pesan susulan", confirmation);

        // A week minus an hour before the deadline: the token of the first visit has long expired.
        var service = _bot.Services.GetRequiredService<ReminderService>();
        _clock.SetUtcNow(DeadlineEnd - TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
        await service.RunOnceAsync(CancellationToken.None); // or the background check already did; the claim sends it once
        Assert.Equal(HttpStatusCode.Forbidden,
            (await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{first.ConversationId}/activities", first.Token)).StatusCode);

        var back = await SessionAsync(JsonSerializer.Serialize(new { conversationId = first.ConversationId, ticket = first.Ticket }));
        Assert.True(back.Resumed);
        Assert.Equal(first.ConversationId, back.ConversationId);
        var transcript = await TranscriptAsync(back);
        for (var i = 0; i < 100 && !transcript.Contains("Pengingat untuk Kota Bogor"); i++)
        {
            await Task.Delay(50); // the background check may hold the claim and be appending right now
            transcript = await TranscriptAsync(back);
        }
        Assert.Contains("Pengingat untuk Kota Bogor", transcript);
        Assert.Contains("Masterplan disahkan kepala daerah", transcript);
        Assert.Equal(1, transcript.Split("Pengingat untuk Kota Bogor").Length - 1);
    }

    [Fact]
    public async Task After_a_restart_the_reminder_opens_the_conversation_again_and_the_saved_ticket_resumes_it()
    {
        // Production keeps one signing key across restarts and instances (DirectLine:TokenSigningKey).
        var settings = new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = "kunci-uji-bersama" };
        await _bot.DisposeAsync();
        _bot = await TestCalendar.StartBotAsync(_clock, _bot.DataDirectory, settings);
        var first = await SessionAsync();
        await Json(await SendAsync(HttpMethod.Post, "/v3/directline/conversations", first.Token, "{}"), HttpStatusCode.Created);
        var message = """{"type":"message","text":"ingatkan saya untuk Kota Bogor"}""";
        await Json(await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{first.ConversationId}/activities", first.Token, message), HttpStatusCode.OK);

        // A restart on the same store: the in-memory transcript is gone, the subscription is not.
        await _bot.DisposeAsync();
        _bot = await TestCalendar.StartBotAsync(_clock, _bot.DataDirectory, settings);
        _clock.SetUtcNow(DeadlineEnd - TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
        await _bot.Services.GetRequiredService<ReminderService>().RunOnceAsync(CancellationToken.None);

        var back = await SessionAsync(JsonSerializer.Serialize(new { conversationId = first.ConversationId, ticket = first.Ticket }));
        for (var i = 0; i < 100 && !back.Resumed; i++)
        {
            await Task.Delay(50); // the background check may hold the claim and be appending right now
            back = await SessionAsync(JsonSerializer.Serialize(new { conversationId = first.ConversationId, ticket = first.Ticket }));
        }
        Assert.True(back.Resumed);
        Assert.Equal(first.ConversationId, back.ConversationId);
        Assert.Contains("Pengingat untuk Kota Bogor", await TranscriptAsync(back));
    }

    [Fact]
    public async Task In_the_browser_the_reminder_asked_for_on_one_visit_is_on_the_page_at_the_next()
    {
        await using var chromium = await ChromiumSession.LaunchAsync(1000, 900, _bot.BaseAddress.Host);
        var timeout = new LocatorAssertionsToContainTextOptions { Timeout = 30_000 };
        var page = await chromium.PageAsync();
        await page.GotoAsync(_bot.BaseAddress.ToString());
        await Assertions.Expect(page.Locator(".webchat__bubble").First).ToContainTextAsync("Saya bisa membantu menjawab", timeout);
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("ingatkan saya untuk Kota Bogor");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".webchat__basic-transcript__activity").Last).ToContainTextAsync("7 hari dan 1 hari", timeout);
        await page.CloseAsync();

        _clock.SetUtcNow(DeadlineEnd - TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
        await _bot.Services.GetRequiredService<ReminderService>().RunOnceAsync(CancellationToken.None);

        var again = await chromium.Context.NewPageAsync();
        await again.GotoAsync(_bot.BaseAddress.ToString());
        await Assertions.Expect(again.Locator(".webchat__basic-transcript__activity").Last).ToContainTextAsync("Pengingat untuk Kota Bogor", timeout);
        Assert.Empty(chromium.Foreign);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("other-conversation")]
    [InlineData("broken-json")]
    public async Task A_ticket_that_does_not_match_starts_a_new_conversation(string kind)
    {
        var mine = await SessionAsync();
        var theirs = await SessionAsync();
        var body = kind switch
        {
            "tampered" => JsonSerializer.Serialize(new { conversationId = mine.ConversationId, ticket = mine.Ticket[..^2] + (mine.Ticket[^2] == 'A' ? "BB" : "AA") }),
            "other-conversation" => JsonSerializer.Serialize(new { conversationId = theirs.ConversationId, ticket = mine.Ticket }),
            _ => """{"conversationId": 12, "ticket": [""",
        };
        var session = await SessionAsync(body);
        Assert.False(session.Resumed);
        Assert.NotEqual(mine.ConversationId, session.ConversationId);
        Assert.NotEqual(theirs.ConversationId, session.ConversationId);
    }

    [Fact]
    public async Task An_oversized_session_request_is_refused_clearly()
    {
        var response = await _bot.Http.PostAsync("/api/webchat/session", new StringContent(new string('x', 5000), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("4 KB", await response.Content.ReadAsStringAsync());
    }
}
