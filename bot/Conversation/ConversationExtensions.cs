namespace SmartCity.Bot.Conversation;

public static class ConversationExtensions
{
    /// <summary>The dialog router (the stack of dialogs over the recognizer).</summary>
    public static IHostApplicationBuilder AddConversation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DialogRouter>();
        // The rereads, in the order the router tries them within a stage.
        builder.Services.AddReread<AcknowledgedYear>();
        builder.Services.AddReread<SmallerUnitJoining>();
        builder.Services.AddReread<RelativeYear>();
        builder.Services.AddReread<SiblingPlace>();
        builder.Services.AddReread<PlaceExpected>();
        // A numbered sequence just shown takes its ordinal before the list reads it as an item or a cohort does.
        builder.Services.AddReread<SequenceStep>();
        builder.Services.AddSingleton<IAnswerAside>(sp => sp.GetRequiredService<SequenceStep>());
        builder.Services.AddReread<ListMemory>();
        builder.Services.AddReread<PlaceFragment>();
        builder.Services.AddReread<OwnProvinceByName>();
        builder.Services.AddReread<ProvincePointer>();
        return builder;
    }

    /// <summary>Registers a dialog: the router begins it on its intents. Call it next to the dialog's code.</summary>
    public static IServiceCollection AddDialog<T>(this IServiceCollection services) where T : class, IDialog
    {
        services.AddSingleton<T>();
        services.AddSingleton<IDialog>(sp => sp.GetRequiredService<T>());
        return services;
    }

    /// <summary>Registers a reread (<see cref="IReread"/>): the router tries it in registration order within its stage.</summary>
    public static IServiceCollection AddReread<T>(this IServiceCollection services) where T : class, IReread
    {
        services.AddSingleton<T>();
        services.AddSingleton<IReread>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
