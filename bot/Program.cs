using SmartCity.Bot.Cards;
using SmartCity.Bot.Channels;
using SmartCity.Bot.Cli;
using SmartCity.Bot.Collaboration;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Dialogs;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Operations;
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

        builder.AddSettingsValidation();
        builder.AddTelemetry();
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
        builder.AddHealth();

        var app = builder.Build();
        app.MapBotProtocol();
        app.MapChannels();
        app.MapHealth();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
                app.Logger.LogInformation("Bot Framework Emulator endpoint: {Endpoint}", url.TrimEnd('/') + "/api/messages");
        });
        return app;
    }

    public static async Task<int> Main(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (InvalidSettingsException e)
        {
            // Before logging exists: one line per wrong key, and a distinct exit code for the host's restart policy.
            foreach (var problem in e.Problems) Console.Error.WriteLine("Configuration error: " + problem);
            return 2;
        }
        if (await CliCommands.RunAsync(app.Services, args, CancellationToken.None) is { } exitCode) return exitCode;
        await app.RunAsync();
        return 0;
    }

    /// <summary>
    /// The bot folder in the repository (appsettings.json, ../knowledge), else the program's own folder (a published
    /// build: appsettings.json and knowledge/ beside the program), wherever the process was started.
    /// </summary>
    private static string ContentRoot()
    {
        var dir = AppContext.BaseDirectory;
        for (var d = new DirectoryInfo(dir); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "SmartCity.Bot.csproj"))) return d.FullName;
        return AppContext.BaseDirectory;
    }
}
