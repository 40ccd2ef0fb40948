using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Showcase;

public static class ShowcaseExtensions
{
    /// <summary>Regions' showcases: knowledge/data/innovations.json (Regions:DataDirectory) and the documents' sections naming a region.</summary>
    public static IHostApplicationBuilder AddShowcase(this IHostApplicationBuilder builder)
    {
        var dataDirectory = builder.Configuration["Regions:DataDirectory"] is { Length: > 0 } configured
            ? configured
            : RegionsExtensions.FindDataDirectory(builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(sp => InnovationCatalog.Load(dataDirectory, sp.GetRequiredService<RegionRegistry>()));
        builder.Services.AddSingleton<ShowcaseAnswers>();
        builder.Services.AddSingleton(_ => InnovationThemes.Load(dataDirectory));
        builder.Services.AddSingleton<ThemeAnswers>();
        builder.Services.AddReread<ShowcaseFollowUp>();
        builder.Services.AddSingleton<RegionPillarFollowUp>();
        builder.Services.AddSingleton<IDialogClaim>(sp => sp.GetRequiredService<RegionPillarFollowUp>());
        builder.Services.AddDialog<ShowcaseDialog>();
        builder.Services.AddSingleton<ITurnObserver, ProgrammeSubject>();
        return builder;
    }
}
