using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// "yang kabupaten?", "kalau kotanya?" after a kota or kabupaten was spoken of, whichever capability answered it: the
/// place of the same name of the other type, written out, so the message reads as a place follow-up ("yang Kabupaten
/// Tangerang?") and the last place question is asked again for it. Only type words and follow-up words (entities.json
/// `followUpWords`); nothing is changed when no such place exists (the participation answer says so itself).
/// </summary>
public sealed class SiblingPlace(EntityWords words, RegionWords regionWords, RegionRegistry registry) : IReread
{
    public RereadStage Stage => RereadStage.Relative;

    public string? Rewrite(ITurn turn, Recognition read) => Resolve(turn, read.Entities);

    private readonly HashSet<string> _around = PhraseList.Words(words.FollowUpWords);

    public string? Resolve(ITurn turn, Entities entities)
    {
        if (entities.Regions.Mentions.Count > 0 || entities.Regions.Province is not null) return null;
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var types = tokens.Select(regionWords.Names.TypeNamedBy).OfType<RegionType>().Distinct().ToList();
        if (types is not [var wanted] || tokens.Any(t => regionWords.Names.TypeNamedBy(t) is null && !_around.Contains(t))) return null;
        if (new ConversationMemory(turn, registry).Subject is not { } subject || subject.Type == wanted) return null;
        var sibling = registry.Regions.FirstOrDefault(r => r.Type == wanted && r.BaseName == subject.BaseName);
        return sibling is null ? null : string.Join(' ', tokens.Where(t => regionWords.Names.TypeNamedBy(t) is null).Append(sibling.Name));
    }
}
