using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol.Auth;
using SmartCity.Bot.Protocol.Connector;

namespace SmartCity.Bot.Protocol;

public static class ProtocolExtensions
{
    /// <summary>The Bot Framework protocol layer: auth, connector client, the messages endpoint and the turn pipeline.</summary>
    public static IHostApplicationBuilder AddBotProtocol(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotAuthOptions>().Bind(builder.Configuration).Validate(o => { o.Validate(); return true; }).ValidateOnStart();
        services.AddOptions<ProtocolOptions>().Bind(builder.Configuration.GetSection("Protocol"));
        services.AddHttpClient("openid-metadata");
        services.AddHttpClient("msal");
        services.AddHttpClient<ConnectorClient>()
            .AddStandardResilienceHandler(o =>
            {
                o.Retry.MaxRetryAttempts = 3;
                o.Retry.Delay = TimeSpan.FromMilliseconds(500);
                // A POST that timed out may have been delivered: retry only refused connections, 429 and 503.
                o.Retry.ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } ||
                    args.Outcome.Result?.StatusCode is System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.ServiceUnavailable);
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(30);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
            });
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton<IOutboundTokenProvider, MsalTokenProvider>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<IProactiveMessenger, ProactiveMessenger>();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<RecentActivities>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<TurnPipeline>();
        services.AddScoped<MessagesEndpoint>();
        services.TryAddScoped<IBot, BotRouter>(); // a host (or a test) may put its own bot in front
        services.AddHostedService<DevelopmentModeGuard>();
        services.AddForwardedClients(builder.Configuration);
        return builder;
    }

    /// <summary>The messages endpoint, and the HTTP hardening every endpoint gets (forwarded client, security headers).</summary>
    public static WebApplication MapBotProtocol(this WebApplication endpoints)
    {
        endpoints.UseForwardedHeaders();
        endpoints.UseSecurityHeaders();
        endpoints.MapPost("/api/messages", (HttpContext http, MessagesEndpoint endpoint) => endpoint.HandleAsync(http));
        return endpoints;
    }
}
