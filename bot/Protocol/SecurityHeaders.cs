namespace SmartCity.Bot.Protocol;

/// <summary>
/// Response headers every answer carries (no MIME sniffing, no referrer leak) and, on HTML pages, a Content Security
/// Policy: scripts and styles from the bot itself (Web Chat injects inline styles), Direct Line over the same origin
/// (HTTP and WebSocket), images also from https/data (Adaptive Cards), and framing only by the sites listed in DirectLine:AllowedOrigins (the iframe embed).
/// </summary>
public static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; " +
        "media-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self' ws: wss:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var origins = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<DirectLine.DirectLineOptions>>().Value.AllowedOrigins
            .Where(o => Uri.TryCreate(o, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" && u.AbsolutePath == "/").ToArray();
        var policy = origins.Length == 0 ? PagePolicy : PagePolicy + " " + string.Join(' ', origins);
        return app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = policy;
                if (origins.Length == 0) headers.XFrameOptions = "SAMEORIGIN";
            }
            return Task.CompletedTask;
        });
        return next(http);
    });
    }
}
