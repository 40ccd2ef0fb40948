namespace SmartCity.Bot.Conversation;

public static class ConversationExtensions
{
    /// <summary>The dialog router (the stack of dialogs over the recognizer).</summary>
    public static IHostApplicationBuilder AddConversation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DialogRouter>();
        builder.Services.AddSingleton<ListMemory>();
        builder.Services.AddSingleton<RelativeYear>();
        builder.Services.AddSingleton<SiblingPlace>();
        return builder;
    }

    /// <summary>Registers a dialog: the router begins it on its intents. Call it next to the dialog's code.</summary>
    public static IServiceCollection AddDialog<T>(this IServiceCollection services) where T : class, IDialog
    {
        services.AddSingleton<T>();
        services.AddSingleton<IDialog>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
