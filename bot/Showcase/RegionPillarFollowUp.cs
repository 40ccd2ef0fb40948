using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Showcase;

/// <summary>
/// "yang smart living apa?" right after an answer about one region with recorded programmes (its quick wins, its
/// showcase, a section about it): that region's programmes in the pillar — or that the sources name none there — not
/// what the pillar is, which the words alone lean to. Only for the user's own region. Only the pillar and words asking for programmes
/// (knowledge/lexicon/pilar-daerah-lanjutan.txt) may stand in the message; "unsurnya apa" asks the pillar itself.
/// </summary>
public sealed class RegionPillarFollowUp(RegionRegistry registry, InnovationCatalog catalog) : IDialogClaim
{
    // A follow-up leaning on the region just spoken of is short; a longer message says what it is about.
    private const int ShortWords = 7;

    public string? Claims(ITurn turn, Recognition recognition) => Asked(turn, recognition.Entities) is not null ? IntentNames.RegionShowcase : null;

    /// <summary>The region spoken of and the pillar asked of it, or null when the message asks anything else.</summary>
    public (Region Region, string Pillar)? Asked(ITurn turn, Entities entities)
    {
        if (entities is not { Pillar: { } pillar, Year: null, Cohort: null, OwnRegion: false, Regions: { IsEmpty: true, Province: null } }) return null;
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > ShortWords
            || turn.ConversationState.Get<ConversationTopic>(KnowledgeStreams.TopicKey) is not { } topic
            || new ConversationMemory(turn, registry) is not { Region: { } own } memory || memory.SpokenOf is not { } subject
            // The user's own region: a region the bot only cited as an example of a pillar ("contoh daerahnya?") leaves
            // "kalau smart society?" asking about the pillar.
            || subject.Code != own.Code || catalog.Of(subject).Count == 0
            // The answer just given was about that region (its showcase, or a section whose heading names it).
            || !topic.Topic.Contains(subject.BaseName, StringComparison.OrdinalIgnoreCase)) return null;
        var allowed = Lexicon.Current.Lists.TryGetValue("pilar-daerah-lanjutan", out var list) ? list : [];
        var pillarWords = pillar.Split(' ');
        return tokens.All(t => pillarWords.Contains(t, StringComparer.OrdinalIgnoreCase) || allowed.Contains(t, StringComparer.OrdinalIgnoreCase))
            ? (subject, pillar) : null;
    }
}
