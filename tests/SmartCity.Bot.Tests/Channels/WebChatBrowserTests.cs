using System.Net;
using Microsoft.Playwright;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Channels;

/// <summary>
/// The page at "/" in a real headless Chromium: Microsoft's Web Chat served by the bot itself, talking Direct Line to
/// the bot's own endpoint; accessible (axe-core, 0 violations) and usable on a desktop and on a phone.
/// </summary>
public sealed class WebChatBrowserTests : IAsyncLifetime
{
    private BotServer _bot = null!;
    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();
    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task The_page_greets_answers_an_Indonesian_question_and_follows_a_suggested_action()
    {
        // Everything the page needs comes from the bot itself: any other host is refused and recorded.
        await using var chromium = await ChromiumSession.LaunchAsync(1000, 900, _bot.BaseAddress.Host);
        var page = await chromium.PageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(_bot.BaseAddress.ToString());
        var timeout = new LocatorAssertionsToContainTextOptions { Timeout = 30_000 };

        // Welcome on open (the page's webchat/join event), in the Indonesian locale.
        var botBubbles = page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");
        await Assertions.Expect(botBubbles.First).ToContainTextAsync("Saya bisa membantu menjawab", timeout);
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        Assert.Equal("Ketik pesan Anda", await input.GetAttributeAsync("placeholder"));
        var welcomeCount = await botBubbles.CountAsync();

        // An Indonesian question: the user's bubble, then the bot's answer — from the documents with its source,
        // or the honest "I can't answer that" while the knowledge capability is absent.
        await input.FillAsync("apa itu smart city?");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".webchat__bubble--from-user").Last).ToContainTextAsync("apa itu smart city?", timeout);
        await Assertions.Expect(botBubbles).Not.ToHaveCountAsync(welcomeCount, new() { Timeout = 30_000 });
        var answer = await page.Locator(".webchat__basic-transcript__activity").Last.InnerTextAsync();
        Assert.True(answer.Contains("Sumber", StringComparison.Ordinal) || answer.Contains("belum bisa menjawab", StringComparison.Ordinal),
            "answer names its source or says honestly it does not know: " + answer);

        // A suggested action: clicking it sends its text as the user's message, and the bot answers again.
        var suggestion = page.Locator(".webchat__suggested-action").First;
        await suggestion.WaitForAsync(new() { Timeout = 30_000 });
        var suggestionText = (await suggestion.InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrEmpty(suggestionText));
        var before = await page.Locator(".webchat__basic-transcript__activity").CountAsync();
        await suggestion.ClickAsync();
        await Assertions.Expect(page.Locator(".webchat__bubble--from-user").Last).ToContainTextAsync(suggestionText, timeout);
        // The user's message and at least one reply from the bot.
        await page.WaitForFunctionAsync("n => document.querySelectorAll('.webchat__basic-transcript__activity').length >= n", before + 2,
            new() { Timeout = 30_000 });
        Assert.False(string.IsNullOrWhiteSpace(await botBubbles.Last.InnerTextAsync()));

        var shots = Path.Combine(RepoPaths.Root, "TestResults");
        Directory.CreateDirectory(shots);
        var screenshot = Path.Combine(shots, "webchat-e2e.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);

        Assert.Empty(chromium.Foreign);
        Assert.Empty(errors);
        await Assertions.Expect(page.Locator("#status")).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_page_has_no_axe_violations_a_favicon_a_compact_header_on_phones_and_unbroken_fact_labels(int width, int height)
    {
        await using var chromium = await ChromiumSession.LaunchAsync(width, height, _bot.BaseAddress.Host);
        var page = await chromium.PageAsync();
        var missing = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400) missing.Add($"{response.Status} {response.Url}"); };
        await page.GotoAsync(_bot.BaseAddress.ToString());
        var timeout = new LocatorAssertionsToContainTextOptions { Timeout = 30_000 };
        await Assertions.Expect(page.Locator(".webchat__bubble").First).ToContainTextAsync("Saya bisa membantu menjawab", timeout);

        // A card with a FactSet (the public status of a region), so the check covers cards too.
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("cek status Kota Bogor");
        await input.PressAsync("Enter");
        var facts = page.Locator(".ac-factset").First;
        await facts.WaitForAsync(new() { Timeout = 30_000 });

        Assert.Equal(1, await page.Locator("main, [role=main]").CountAsync());
        var violations = await ChromiumSession.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        var icon = await page.EvaluateAsync<string>("() => document.querySelector('link[rel=icon]').href");
        Assert.Equal(HttpStatusCode.OK, (await _bot.Http.GetAsync(icon)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _bot.Http.GetAsync("/favicon.ico")).StatusCode);
        Assert.Empty(missing);

        var header = await page.Locator("header.banner").BoundingBoxAsync();
        if (width < 600) Assert.True(header!.Height <= height * 0.08, $"header {header.Height}px of {height}px");

        // Every word of a fact label stays on one line (a label may wrap between words, never inside one).
        var broken = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.ac-factset tr > td:first-child')].flatMap(cell => {
              const text = cell.innerText.trim(), node = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT).nextNode();
              if (!node) return [];
              const out = [];
              for (const match of node.textContent.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index); range.setEnd(node, match.index + match[0].length);
                const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                if (lines.size > 1) out.push(match[0]);
              }
              return out;
            })
            """);
        Assert.True(broken.Length == 0, "fact labels broken mid-word: " + string.Join(", ", broken));
        Assert.Empty(chromium.Foreign);

        var shots = Path.Combine(RepoPaths.Root, "TestResults");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, $"webchat-{width}x{height}.png") });
    }
}
