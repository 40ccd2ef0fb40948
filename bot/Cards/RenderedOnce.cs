using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Cards;

/// <summary>
/// A reply rendered once per channel for an answer that a memo hands back as the same instance (a remembered
/// programme answer, a region's participation card). Replies are immutable (addressing is applied to a copy), and the
/// weak table lets a rendering go with its answer.
/// </summary>
public static class RenderedOnce
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(ICardRenderer, string), Activity>> Renderings = new();

    // Channel ids come from clients: a few per answer are kept, any more are rendered each time.
    private const int MaxRenderingsPerAnswer = 8;

    public static Activity For<T>(T answer, ICardRenderer cards, string channelId, Func<T, ICardRenderer, string, Activity> render) where T : class
    {
        var renderings = Renderings.GetOrCreateValue(answer);
        if (renderings.TryGetValue((cards, channelId), out var known)) return known;
        var reply = render(answer, cards, channelId);
        if (renderings.Count < MaxRenderingsPerAnswer) renderings.TryAdd((cards, channelId), reply);
        return reply;
    }

    public static Activity For(AnswerCard card, ICardRenderer cards, string channelId) =>
        For(card, cards, channelId, static (c, r, channel) => r.Render(c, channel));
}
