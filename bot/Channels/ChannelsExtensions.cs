using SmartCity.Bot.Protocol.DirectLine;

namespace SmartCity.Bot.Channels;

public static class ChannelsExtensions
{
    /// <summary>Channels as users meet them: the local Direct Line endpoint and the web chat page.</summary>
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder)
    {
        builder.AddDirectLine();
        builder.Services.AddSingleton<WebChatPage>();
        return builder;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        app.MapDirectLine();
        app.MapGet("/", (WebChatPage page) => page.Index());
        app.MapGet("/webchat/webchat.js", (WebChatPage page) => page.Bundle());
        app.MapGet("/webchat/{name}", (string name, WebChatPage page) => page.Asset(name));
        return app;
    }
}
