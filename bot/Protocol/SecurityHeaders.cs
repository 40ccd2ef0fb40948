namespace SmartCity.Bot.Protocol;

/// <summary>
/// Response headers every answer carries (no MIME sniffing, no referrer leak) and, on HTML pages, a Content Security
/// Policy: scripts and styles from the bot itself (Web Chat injects inline styles), Direct Line over the same origin
/// (HTTP and WebSocket), images also from https/data (Adaptive Cards), and no framing by other sites.
/// </summary>
public static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; " +
        "media-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self' ws: wss:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = PagePolicy;
                headers.XFrameOptions = "DENY";
            }
            return Task.CompletedTask;
        });
        return next(http);
    });
}
