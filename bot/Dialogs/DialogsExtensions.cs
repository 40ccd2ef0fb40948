using SmartCity.Bot.Conversation;

namespace SmartCity.Bot.Dialogs;

public static class DialogsExtensions
{
    /// <summary>Welcome, help menu and the honest fallback reply.</summary>
    public static IHostApplicationBuilder AddConversationBasics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<HelpMenu>();
        builder.Services.AddSingleton<IWelcome>(sp => sp.GetRequiredService<HelpMenu>());
        builder.Services.AddSingleton<ITurnHandler>(sp => sp.GetRequiredService<HelpMenu>());
        builder.Services.AddSingleton<ITurnHandler, HonestFallback>();
        return builder;
    }
}
