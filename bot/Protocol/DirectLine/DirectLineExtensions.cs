using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SmartCity.Bot.Protocol.DirectLine;

public static class DirectLineExtensions
{
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().Bind(builder.Configuration.GetSection("DirectLine"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversations>();
        services.AddScoped<DirectLineEndpoints>();

        var configured = (builder.Configuration.GetSection("DirectLine:AllowedOrigins").Get<string[]>() ?? [])
            .Select(o => o.Trim().TrimEnd('/')).Where(o => o.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var development = string.IsNullOrWhiteSpace(builder.Configuration["MicrosoftAppId"]);
        services.AddCors(o => o.AddPolicy(DirectLineEndpoints.CorsPolicy, new CorsPolicyBuilder()
            .SetIsOriginAllowed(origin => IsAllowedOrigin(origin, configured, development))
            .WithMethods("GET", "POST", "OPTIONS")
            .WithHeaders(ClientHeaders)
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))
            .Build()));
        var perMinute = Math.Max(1, builder.Configuration.GetValue("DirectLine:NewConversationsPerMinute", 30));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) =>
            {
                // When to come back (RFC 9110 §10.2.3): the rest of the limiter's window.
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return new ValueTask(Results.Json(new ErrorResponse(new ErrorBody("TooManyRequests",
                        "Terlalu banyak percakapan baru dari alamat ini. Silakan coba lagi sebentar lagi.")), ProtocolJson.Options,
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext));
            };
            // The client address is the one the forwarded-headers middleware took from a known proxy (ForwardedHeaders:*).
            o.AddPolicy(NewConversationPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }

    public const string NewConversationPolicy = "directline-new-conversation";

    /// <summary>
    /// Every header Microsoft's Direct Line JS client (botframework-directlinejs, inside Web Chat) sends: its own
    /// Authorization, Content-Type, Accept and x-ms-bot-agent, and X-Requested-With, which its rxjs ajax adds to
    /// every request. A preflight that refuses one of them stops an embed on another origin before it connects.
    /// </summary>
    public static readonly string[] ClientHeaders = ["Authorization", "Content-Type", "Accept", "x-ms-bot-agent", "X-Requested-With"];

    /// <summary>Configured origins of the programme's websites; in development also any loopback origin.</summary>
    public static bool IsAllowedOrigin(string origin, IReadOnlySet<string> configured, bool development)
    {
        if (configured.Contains(origin.TrimEnd('/'))) return true;
        return development && Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.IsLoopback;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseCors();
        app.UseRateLimiter();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });

        var page = app.MapGroup("/api/webchat").RequireCors(DirectLineEndpoints.CorsPolicy);
        page.MapPost("/token", (HttpContext http, DirectLineEndpoints dl) => dl.WebChatTokenAsync(http)).RequireRateLimiting(NewConversationPolicy);

        var group = app.MapGroup("/v3/directline").RequireCors(DirectLineEndpoints.CorsPolicy);
        group.MapPost("/tokens/generate", (HttpContext http, DirectLineEndpoints dl) => dl.GenerateAsync(http)).RequireRateLimiting(NewConversationPolicy);
        group.MapPost("/tokens/refresh", (HttpContext http, DirectLineEndpoints dl) => dl.RefreshAsync(http));
        group.MapPost("/conversations", (HttpContext http, DirectLineEndpoints dl) => dl.StartAsync(http));
        group.MapGet("/conversations/{conversationId}", (HttpContext http, string conversationId, DirectLineEndpoints dl) => dl.ReconnectAsync(http, conversationId));
        group.MapGet("/conversations/{conversationId}/activities", (HttpContext http, string conversationId, DirectLineEndpoints dl) => dl.ActivitiesAsync(http, conversationId));
        group.MapPost("/conversations/{conversationId}/activities", (HttpContext http, string conversationId, DirectLineEndpoints dl) => dl.PostActivityAsync(http, conversationId));
        group.MapPost("/conversations/{conversationId}/upload", (HttpContext http, string conversationId, DirectLineEndpoints dl) => dl.UploadAsync(http, conversationId));
        group.Map("/conversations/{conversationId}/stream", (HttpContext http, string conversationId, DirectLineEndpoints dl) => dl.StreamAsync(http, conversationId));
        return app;
    }
}
