using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Understanding;

public static class UnderstandingExtensions
{
    /// <summary>
    /// The recognizer: intent examples from knowledge/understanding/*.lu and entity words from entities.json there
    /// (Understanding:Path, default beside knowledge/data), trained in the background at start-up; readiness check "recognizer".
    /// </summary>
    public static IHostApplicationBuilder AddUnderstanding(this IHostApplicationBuilder builder)
    {
        var folder = builder.Configuration["Understanding:Path"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetDirectoryName(RegionsExtensions.FindDataDirectory(builder.Environment.ContentRootPath))!, "understanding");
        builder.Services.AddSingleton(_ => EntityWords.Load(Path.Combine(folder, "entities.json")));
        builder.Services.AddSingleton<EntityRecognizer>();
        builder.Services.AddSingleton<Knowledge.IPlaceFinder, RecognizedPlaces>();
        builder.Services.AddSingleton(_ => HandlerForms.Load(Path.Combine(folder, "handlers.json")));
        builder.Services.AddSingleton(sp => new Recognizer(sp.GetRequiredService<EntityRecognizer>(), LuFile.LoadFolder(folder),
            sp.GetRequiredService<ILogger<Recognizer>>(), PinnedCalibration.Load(folder)));
        builder.Services.AddHostedService<RecognizerWarmUp>();
        builder.Services.AddHealthChecks().AddCheck<RecognizerHealthCheck>("recognizer", tags: ["ready"]);
        builder.Services.AddSingleton<Cli.ICliCommand>(sp => new IntentsCommand(sp.GetRequiredService<Recognizer>(), folder));
        return builder;
    }

    /// <summary>Trains the recognizer when the server starts, so the first message does not wait for it.</summary>
    private sealed class RecognizerWarmUp(Recognizer recognizer) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = Task.Run(recognizer.Warm, CancellationToken.None);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
