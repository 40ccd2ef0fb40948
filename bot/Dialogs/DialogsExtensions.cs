using SmartCity.Bot.Conversation;

namespace SmartCity.Bot.Dialogs;

public static class DialogsExtensions
{
    /// <summary>Welcome, help, cancel and thanks; the status check, participation, deadline and reminder dialogs.</summary>
    public static IHostApplicationBuilder AddConversationBasics(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<HelpMenu>();
        services.AddSingleton<OffTopic>();
        services.AddSingleton<IWelcome>(sp => sp.GetRequiredService<HelpMenu>());
        services.AddDialog<HelpDialog>();
        services.AddDialog<CancelDialog>();
        services.AddDialog<ThanksDialog>();
        services.AddSingleton<ITurnObserver, EnglishCourtesy>();
        services.AddSingleton<ITurnObserver, Language.ReplyLanguage>();
        services.AddDialog<PresenceDialog>();
        services.AddDialog<StatusCheckDialog>();
        services.AddDialog<ParticipationDialog>();
        services.AddDialog<ChangeRegionDialog>();
        services.AddDialog<DeadlineDialog>();
        services.AddDialog<ContactDialog>();
        services.AddDialog<ReminderDialog>();
        return builder;
    }
}
