using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using SmartCity.Bot.Protocol.DirectLine;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Channels;

/// <summary>
/// A city's website embeds the chat with the README's snippets, as written there: the site is a second loopback
/// origin, the bot runs in production configuration (app id, Direct Line secret) and lists the site in
/// DirectLine:AllowedOrigins — the development rule "any loopback origin" is off, so CORS is really exercised.
/// </summary>
public sealed partial class WebChatEmbedTests : IAsyncLifetime
{
    private const string Placeholder = "https://bot.smartcity.example.go.id";
    private CitySite _site = null!;
    private BotServer _bot = null!;

    private string SiteOrigin => _site.BaseAddress.GetLeftPart(UriPartial.Authority);
    private string BotOrigin => _bot.BaseAddress.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync()
    {
        _site = await CitySite.StartNewAsync();
        _bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-used-in-these-tests",
            ["DirectLine:Secret"] = "rahasia-direct-line-uji",
            ["DirectLine:AllowedOrigins:0"] = SiteOrigin,
        });
        Assert.NotEqual(SiteOrigin, BotOrigin);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _site.DisposeAsync();
    }

    /// <summary>The README's html snippet whose first line names the variant, pointed at the test's bot.</summary>
    private string Snippet(string variant)
    {
        var readme = File.ReadAllText(RepoPaths.Combine("README.md"));
        var block = HtmlBlocks().Matches(readme).Select(m => m.Groups[1].Value)
            .Single(b => b.StartsWith($"<!-- SmartCity.Bot: web chat ({variant}) -->", StringComparison.Ordinal));
        return block.Replace(Placeholder, BotOrigin);
    }

    private static string CityPage(string snippet) =>
        $"<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Situs Kota Contoh</title></head>" +
        $"<body><main><h1>Situs Kota Contoh</h1>{snippet}</main></body></html>";

    [Fact]
    public async Task The_script_snippet_on_another_origin_connects_greets_answers_and_keeps_the_conversation_on_return()
    {
        _site.Html = CityPage(Snippet("script"));
        await using var chromium = await ChromiumSession.LaunchAsync(1000, 900, "127.0.0.1", "localhost");
        var page = await chromium.PageAsync();
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };

        await page.GotoAsync(_site.BaseAddress.ToString());
        var timeout = new LocatorAssertionsToContainTextOptions { Timeout = 30_000 };
        var botBubbles = page.Locator("#smartcity-bot .webchat__bubble:not(.webchat__bubble--from-user)");
        await Assertions.Expect(botBubbles.First).ToContainTextAsync("Saya bisa membantu menjawab", timeout);

        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("apa itu smart city?");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".webchat__bubble--from-user").Last).ToContainTextAsync("apa itu smart city?", timeout);
        await Assertions.Expect(page.Locator(".webchat__basic-transcript__activity").Last).ToContainTextAsync("Sumber", timeout);
        Assert.Empty(problems); // no CORS refusal, no script error
        Assert.Empty(chromium.Foreign);

        // Coming back: the same conversation (the question is still there) and no second welcome.
        var saved = await page.EvaluateAsync<string?>("k => localStorage.getItem(k)", $"smartcity-bot:{BotOrigin}/");
        Assert.Contains("ticket", saved);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".webchat__bubble--from-user").First).ToContainTextAsync("apa itu smart city?", timeout);
        await Assertions.Expect(page.Locator(".webchat__bubble--from-user")).ToHaveCountAsync(1);
        Assert.Equal(1, await botBubbles.Filter(new() { HasText = "Saya bisa membantu menjawab" }).CountAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_origin_not_in_the_list_is_refused_and_the_page_says_so()
    {
        _site.Html = CityPage(Snippet("script"));
        await using var chromium = await ChromiumSession.LaunchAsync(1000, 900, "127.0.0.1", "localhost");
        var page = await chromium.PageAsync();
        // Same site, other origin: http://localhost:port is not the listed http://127.0.0.1:port.
        await page.GotoAsync($"http://localhost:{_site.BaseAddress.Port}/");
        await Assertions.Expect(page.Locator("#smartcity-bot [role=status]")).ToContainTextAsync("Web chat tidak dapat dimulai",
            new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
    }

    [Fact]
    public async Task The_iframe_snippet_shows_the_bot_page_inside_the_site()
    {
        _site.Html = CityPage(Snippet("iframe"));
        await using var chromium = await ChromiumSession.LaunchAsync(1000, 900, "127.0.0.1");
        var page = await chromium.PageAsync();
        await page.GotoAsync(_site.BaseAddress.ToString());
        var frame = page.FrameLocator("iframe[title^='SmartCity.Bot']");
        await Assertions.Expect(frame.Locator(".webchat__bubble").First).ToContainTextAsync("Saya bisa membantu menjawab",
            new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        Assert.Empty(chromium.Foreign);
    }

    [Fact]
    public async Task The_preflight_allows_every_header_DirectLineJS_sends_for_a_listed_origin_only()
    {
        foreach (var (origin, allowed) in new[] { (SiteOrigin, true), ($"http://localhost:{_site.BaseAddress.Port}", false) })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "accept,authorization,content-type,x-ms-bot-agent,x-requested-with");
            var answer = await _bot.Http.SendAsync(preflight);
            Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
            Assert.Equal(allowed, answer.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) && origins.Single() == origin);
            if (!allowed) continue;
            var headers = answer.Headers.GetValues("Access-Control-Allow-Headers").SelectMany(h => h.Split(',')).Select(h => h.Trim().ToLowerInvariant()).ToList();
            foreach (var header in DirectLineExtensions.ClientHeaders) Assert.Contains(header.ToLowerInvariant(), headers);
        }
    }

    [GeneratedRegex("```html\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex HtmlBlocks();

    /// <summary>The city's website: one page, whatever the test puts in it.</summary>
    private sealed class CitySite : LoopbackServer
    {
        public string Html { get; set; } = "";

        public static async Task<CitySite> StartNewAsync()
        {
            var site = new CitySite();
            await site.StartAsync(app =>
            {
                app.MapGet("/", () => Results.Content(site.Html, "text/html; charset=utf-8"));
                app.MapGet("/favicon.ico", () => Results.NoContent());
            });
            return site;
        }
    }
}
