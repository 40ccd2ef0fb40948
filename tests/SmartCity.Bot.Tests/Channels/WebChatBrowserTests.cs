using Microsoft.Playwright;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Channels;

/// <summary>
/// The page at "/" in a real headless Chromium (apt "chromium", driven by Microsoft.Playwright with no browser
/// download): Microsoft's Web Chat served by the bot itself, talking Direct Line to the bot's own endpoint.
/// </summary>
public sealed class WebChatBrowserTests : IAsyncLifetime
{
    // Flags for an offline machine: nothing phones home, no GPU, no sandbox (containers run as root).
    private static readonly string[] OfflineFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private BotServer _bot = null!;
    private string _profile = null!;
    public async Task InitializeAsync()
    {
        _bot = await BotServer.StartAsync();
        _profile = Directory.CreateTempSubdirectory("smartcity-chromium-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task The_page_greets_answers_an_Indonesian_question_and_follows_a_suggested_action()
    {
        Prerequisites.RequireFile(Prerequisites.Chromium, "apt-get install chromium");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var context = await playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Prerequisites.Chromium,
            Headless = true,
            Args = OfflineFlags,
            Locale = "id-ID",
            ViewportSize = new ViewportSize { Width = 1000, Height = 900 },
        });
        // Everything the page needs comes from the bot itself: any other host is refused and recorded.
        var foreign = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (host == _bot.BaseAddress.Host) await route.ContinueAsync();
            else { foreign.Add(route.Request.Url); await route.AbortAsync(); }
        });
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
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

        Assert.Empty(foreign);
        Assert.Empty(errors);
        await Assertions.Expect(page.Locator("#status")).ToBeHiddenAsync();
    }
}
