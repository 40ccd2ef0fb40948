using Microsoft.Extensions.DependencyInjection.Extensions;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Protocol.DirectLine;

namespace SmartCity.Bot.Channels;

public static class ChannelsExtensions
{
    /// <summary>Channels as users meet them: the local Direct Line endpoint and the web chat page.</summary>
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder)
    {
        builder.AddDirectLine();
        builder.Services.AddSingleton<WebChatPage>();
        builder.Services.AddSingleton<WebChatSessions>();
        // Reminders reach web chat conversations too: this messenger wraps the Bot Connector one (registered last, it wins).
        builder.Services.TryAddSingleton<ProactiveMessenger>();
        builder.Services.AddSingleton<IProactiveMessenger, WebChatMessenger>();
        return builder;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        app.MapDirectLine();
        app.MapPost("/api/webchat/session", WebChatSessions.HandleAsync)
            .RequireCors(DirectLineEndpoints.CorsPolicy).RequireRateLimiting(DirectLineExtensions.NewConversationPolicy);
        app.MapGet("/", (WebChatPage page) => page.Index());
        app.MapGet("/favicon.ico", (WebChatPage page) => page.Asset("logo.svg"));
        app.MapGet("/webchat/webchat.js", (WebChatPage page) => page.Bundle());
        app.MapGet("/webchat/{name}", (string name, WebChatPage page) => page.Asset(name));
        return app;
    }
}
