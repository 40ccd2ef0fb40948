namespace SmartCity.Bot.Cards;

public static class CardsExtensions
{
    /// <summary>Adaptive Cards with the markdown text fallback (TextCardRenderer) inside every activity.</summary>
    public static IHostApplicationBuilder AddCards(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ICardRenderer, AdaptiveCardRenderer>();
        return builder;
    }
}
