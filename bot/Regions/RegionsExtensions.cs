using SmartCity.Bot.Cli;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Dialogs;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Regions;

public static class RegionsExtensions
{
    /// <summary>
    /// Regions, participation answers, the programme calendar, officers and deadline reminders.
    /// Data from knowledge/data (Regions:DataDirectory); calendar at Timeline:CalendarPath (default data/calendar.json).
    /// </summary>
    public static IHostApplicationBuilder AddRegions(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataDirectory = configuration["Regions:DataDirectory"] is { Length: > 0 } configured
            ? configured
            : FindDataDirectory(builder.Environment.ContentRootPath, configuration["Knowledge:Path"]);
        var calendarPath = configuration["Timeline:CalendarPath"] is { Length: > 0 } c ? c : Path.Combine(dataDirectory, "calendar.json");

        services.TryAddSingletonTimeProvider();
        services.AddSingleton(_ => ProgrammeCalendar.Load(calendarPath));
        services.AddSingleton(sp => RegionRegistry.Load(dataDirectory, sp.GetRequiredService<ProgrammeCalendar>().Coverage));
        var knowledgeFolder = configuration["Knowledge:Path"] is { Length: > 0 } k ? k : Path.GetDirectoryName(dataDirectory)!;
        services.AddSingleton(sp => RegionWords.Load(knowledgeFolder, DocumentsRead(sp, knowledgeFolder)));
        services.AddSingleton<RegionResolver>();
        services.AddSingleton<ParticipationAnswers>();
        services.AddSingleton<CohortEventCards>();
        services.AddSingleton<RegionDataAnswers>();
        // Which province, asked of "those" right after a list of regions: the provinces of the listed ones.
        services.AddSingleton<SmartCity.Bot.Conversation.IAnswerAside, ListedProvinces>();
        // The newest (or first) of them, asked right after a list of regions: the listed one that took part latest (or earliest).
        services.AddSingleton<SmartCity.Bot.Conversation.IAnswerAside, ListedByYear>();
        // The country's or a province's number of kabupaten/kota and the number that took part, counted from regions.csv
        // (before the cohorts' count: it says no word of taking part).
        services.AddSingleton<SmartCity.Bot.Conversation.IAnswerAside, RegionTotals>();
        // How many took part across the years (a span summed, every year, two years compared, the largest cohort), from cohorts.csv.
        services.AddSingleton<SmartCity.Bot.Conversation.IAnswerAside, CohortFigures>();
        // Which province had the most (or fewest) participants, counted from participants.csv.
        services.AddSingleton<SmartCity.Bot.Conversation.IAnswerAside, ProvinceFigures>();
        services.AddSingleton<ProvinceOfFollowUp>();
        services.AddSingleton<SmartCity.Bot.Conversation.IAnswerAside>(sp => sp.GetRequiredService<ProvinceOfFollowUp>());
        services.AddSingleton<RegionStatusService>();
        services.AddSingleton<CohortEvents>();
        services.AddSingleton<DeadlineAnswers>();
        services.AddSingleton<SmartCity.Bot.Conversation.IDocumentsQuestion, CohortEventQuestion>();
        services.AddSingleton<SmartCity.Bot.Conversation.IDialogClaim, OwnCohortGuess>();
        services.AddSingleton<SmartCity.Bot.Conversation.IThreadQuestion, DeadlineThreadQuestion>();
        services.AddSingleton<SmartCity.Bot.Conversation.IThreadQuestion, ReminderThreadQuestion>();
        services.AddOptions<DevIdentityOptions>().Bind(configuration.GetSection("DevIdentity"));
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection("Reminders"));
        services.AddSingleton<OfficerDirectory>();
        services.AddSingleton<ReminderStore>();
        services.AddSingleton<ReminderService>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderService>());

        services.AddSingleton<ICliCommand, OfficersCommand>();
        return builder;
    }

    /// <summary>
    /// The documents the knowledge base read for its index, when the region finder's folder is the knowledge base's:
    /// the staff documents among them are then not parsed a second time. Null (they are read) otherwise, or when the
    /// folder cannot be read now (the knowledge base reports that itself).
    /// </summary>
    private static IReadOnlyList<KnowledgeDocument>? DocumentsRead(IServiceProvider services, string knowledgeFolder)
    {
        if (services.GetService<KnowledgeBase>() is not { } knowledge
            || !string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(knowledge.Folder)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(knowledgeFolder)), StringComparison.Ordinal)) return null;
        try { return knowledge.DocumentsAtStart(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }

    /// <summary>data/ of the knowledge folder in use (see KnowledgeBase.ResolveFolder), else knowledge/data above the content root.</summary>
    public static string FindDataDirectory(string contentRoot, string? knowledgePath = null)
    {
        var knowledgeData = Path.Combine(KnowledgeBase.ResolveFolder(knowledgePath, contentRoot), "data");
        if (File.Exists(Path.Combine(knowledgeData, "regions.csv"))) return knowledgeData;
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "knowledge", "data");
            if (File.Exists(Path.Combine(candidate, "regions.csv"))) return candidate;
        }
        throw new DirectoryNotFoundException($"knowledge/data/regions.csv not found above {contentRoot}; set Regions:DataDirectory");
    }
}
