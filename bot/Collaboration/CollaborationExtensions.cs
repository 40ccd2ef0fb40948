using SmartCity.Bot.Conversation;

namespace SmartCity.Bot.Collaboration;

public static class CollaborationExtensions
{
    /// <summary>
    /// Collaboration requests: the requester's form, the store, officers' notifications and actions, the retention
    /// sweep. Settings under "Collaboration" (RetentionDays, MaxPerConversationPerDay, MaxPerContactPerDay, …).
    /// </summary>
    public static IHostApplicationBuilder AddCollaboration(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CollaborationOptions>().Bind(builder.Configuration.GetSection("Collaboration"));
        services.AddSingleton<RequestStore>();
        services.AddSingleton<CollaborationCards>();
        services.AddSingleton<OfficerConversations>();
        services.AddSingleton<ITurnObserver>(sp => sp.GetRequiredService<OfficerConversations>());
        services.AddSingleton<RequestNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<RequestNotifier>());
        services.AddSingleton<OfficerDesk>();
        services.AddSingleton<RequestStatusAnswer>();
        services.AddDialog<CollaborationDialog>();
        services.AddDialog<RequestDeskDialog>();
        return builder;
    }
}
