using Microsoft.AspNetCore.StaticFiles;

namespace SmartCity.Bot.Channels;

/// <summary>
/// The chat page at "/": Microsoft's Web Chat, pinned through npm (bot/webchat) and served by the bot itself,
/// because government networks may block CDNs. If the bundle is not installed the page says how to install it.
/// </summary>
public sealed class WebChatPage(IWebHostEnvironment environment, IConfiguration configuration)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly HashSet<string> PageAssets = new(StringComparer.Ordinal) { "page.js", "page.css", "logo.svg" };

    /// <summary>bot/webchat when running from the source tree, else the copy beside the built bot.</summary>
    public string AssetsDirectory { get; } = new[] { Path.Combine(environment.ContentRootPath, "webchat"), Path.Combine(AppContext.BaseDirectory, "webchat") }
        .FirstOrDefault(d => File.Exists(Path.Combine(d, "index.html"))) ?? Path.Combine(AppContext.BaseDirectory, "webchat");

    /// <summary>botframework-webchat/dist/webchat.js (the full bundle: Adaptive Cards and Markdown included).</summary>
    public string BundlePath => configuration["WebChat:BundlePath"] is { Length: > 0 } configured
        ? Path.GetFullPath(configured, environment.ContentRootPath)
        : new[]
        {
            Path.Combine(environment.ContentRootPath, "webchat", "node_modules", "botframework-webchat", "dist", "webchat.js"),
            Path.Combine(AppContext.BaseDirectory, "webchat", "webchat.js"),
        }.FirstOrDefault(File.Exists) ?? Path.Combine(AppContext.BaseDirectory, "webchat", "webchat.js");

    public IResult Index() => Serve(Path.Combine(AssetsDirectory, "index.html"));

    public IResult Bundle() => File.Exists(BundlePath)
        ? Serve(BundlePath)
        : Results.Text("/* Web Chat belum terpasang: jalankan `npm ci --prefix bot/webchat`. */", "text/javascript; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    public IResult Asset(string name) => PageAssets.Contains(name) ? Serve(Path.Combine(AssetsDirectory, name)) : Results.NotFound();

    private static IResult Serve(string path)
    {
        if (!File.Exists(path)) return Results.NotFound();
        var type = ContentTypes.TryGetContentType(path, out var t) ? t : "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal)) type += "; charset=utf-8";
        return Results.File(path, type, enableRangeProcessing: false);
    }
}
