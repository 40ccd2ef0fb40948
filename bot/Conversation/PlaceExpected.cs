using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// "kalau malang?", "and batu?" right after an answer about a place: a name that is also an ordinary word needs
/// support from context to be a region, and a place question just answered is that support. When the message is only
/// follow-up words (entities.json `followUpWords`) and one or two words that name a region once supported, the words
/// are written with a capital ("kalau Malang?"), which the region resolver reads as a name. Nothing changes when they
/// name no region.
/// </summary>
public sealed class PlaceExpected(EntityWords words, RegionResolver resolver) : IReread
{
    // "kalau batu bara?" may still be a name of two words ("Tanah Datar"); three is a phrase, not a name.
    private const int MaxNameWords = 2;

    private readonly HashSet<string> _around = PhraseList.Words(words.FollowUpWords);

    public RereadStage Stage => RereadStage.Relative;

    public string? Rewrite(ITurn turn, Recognition read)
    {
        var entities = read.Entities;
        if (!entities.Regions.IsEmpty || entities.Year is not null || entities.Cohort is not null || entities.Pillar is not null
            || turn.ConversationState.Get<string>(DialogRouter.PlaceTopicKey) is not { Length: > 0 }) return null;
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = tokens.Where(t => !_around.Contains(t)).ToList();
        if (name.Count is 0 or > MaxNameWords || !Adjacent(tokens, name)) return null;
        var written = string.Join(' ', tokens.Select(t => name.Contains(t) ? Capitalised(t) : t));
        return resolver.Resolve(written).Mentions.Count > 0 ? written + "?" : null;
    }

    // The name's words stand together ("kalau tanah datar?"), not scattered among the follow-up words.
    private static bool Adjacent(string[] tokens, List<string> name)
    {
        var first = Array.IndexOf(tokens, name[0]);
        return first >= 0 && tokens.Skip(first).Take(name.Count).SequenceEqual(name);
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
