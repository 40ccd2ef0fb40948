using SmartCity.Bot.Cards;
using SmartCity.Bot.Channels;
using SmartCity.Bot.Cli;
using SmartCity.Bot.Collaboration;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Dialogs;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Showcase;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Understanding;

public partial class Program
{
    /// <summary>The wiring page: each capability registers itself through one Add… extension.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot() });
        configure?.Invoke(builder);

        builder.AddBotStorage();
        builder.AddBotProtocol();
        builder.AddCards();
        builder.AddRegions();
        builder.AddUnderstanding();
        builder.AddConversation();
        builder.AddConversationBasics();
        builder.AddShowcase();
        builder.AddCollaboration();
        builder.AddCliCommands();
        builder.AddKnowledge();
        builder.AddChannels();

        var app = builder.Build();
        app.MapBotProtocol();
        app.MapChannels();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
                app.Logger.LogInformation("Bot Framework Emulator endpoint: {Endpoint}", url.TrimEnd('/') + "/api/messages");
        });
        return app;
    }

    public static async Task<int> Main(string[] args)
    {
        var app = Build(args);
        if (await CliCommands.RunAsync(app.Services, args, CancellationToken.None) is { } exitCode) return exitCode;
        await app.RunAsync();
        return 0;
    }

    /// <summary>The bot folder (appsettings.json, and knowledge/ beside it), wherever the process was started.</summary>
    private static string ContentRoot()
    {
        var dir = AppContext.BaseDirectory;
        for (var d = new DirectoryInfo(dir); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "SmartCity.Bot.csproj"))) return d.FullName;
        return Directory.GetCurrentDirectory();
    }
}
