using Microsoft.Playwright;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Channels;

/// <summary>
/// A headless Chromium (apt "chromium", driven by Microsoft.Playwright, no browser download) with its own profile,
/// offline: requests to any host but the loopback ones the test names are refused and recorded.
/// </summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    // Flags for an offline machine: nothing phones home, no GPU, no sandbox (containers run as root).
    private static readonly string[] OfflineFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private ChromiumSession(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    public IBrowserContext Context { get; }

    /// <summary>URLs of other hosts the pages tried to reach (must stay empty: no CDN, no telemetry).</summary>
    public List<string> Foreign { get; } = [];

    public static async Task<ChromiumSession> LaunchAsync(int width, int height, params string[] allowedHosts)
    {
        Prerequisites.RequireFile(Prerequisites.Chromium, "apt-get install chromium");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var profile = Directory.CreateTempSubdirectory("smartcity-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Prerequisites.Chromium,
            Headless = true,
            Args = OfflineFlags,
            Locale = "id-ID",
            // axe-core is injected as a script tag; the page's CSP (script-src 'self') would refuse it.
            BypassCSP = true,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var session = new ChromiumSession(playwright, context, profile);
        await context.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (allowedHosts.Contains(host)) await route.ContinueAsync();
            else { lock (session.Foreign) session.Foreign.Add(route.Request.Url); await route.AbortAsync(); }
        });
        return session;
    }

    public async Task<IPage> PageAsync() => Context.Pages.Count > 0 ? Context.Pages[0] : await Context.NewPageAsync();

    /// <summary>Runs axe-core (tests/e2e/node_modules/axe-core) in the page; returns each violation with its nodes.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        var axe = Path.Combine(Prerequisites.E2eDirectory, "node_modules", "axe-core", "axe.min.js");
        Prerequisites.RequireFile(axe, "npm ci --prefix tests/e2e");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = axe });
        return await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
            """);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        _playwright.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
    }
}
