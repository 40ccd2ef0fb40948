using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Showcase;

/// <summary>
/// Chatty follow-ups of the showcase, read again in words its dialog answers: "kalau transportasi?" right after a card
/// of one field asks the same search for another field; "contohnya di kota lain?" after a region was spoken of asks
/// for regions other than it (written out with its name, so the documents' answer about it does not take the message).
/// The field and "other region" words are data (innovation-themes.json); so are the words asking for an example.
/// </summary>
public sealed class ShowcaseFollowUp(ThemeAnswers themes, RegionRegistry registry) : IReread
{
    // A follow-up leaning on the last card is short; a longer message says what it is about.
    private const int ShortWords = 7;

    private const string ParticipationDialogId = "participation";

    public RereadStage Stage => RereadStage.Reference;

    public string? Rewrite(ITurn turn, Recognition read)
    {
        var entities = read.Entities;
        if (entities.Year is not null || entities.Cohort is not null) return null;
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lastWasShowcase = turn.ConversationState.Get<string>(DialogRouter.LastDialogKey) == "showcase";
        if (NamedAfterFieldSearch(turn, entities, tokens.Length, lastWasShowcase) is { } named) return named;
        if (!entities.Regions.IsEmpty || entities.Regions.Province is not null) return null;
        if (WhichRegionsIn(turn.Text, entities.Pillar) is { } search) return search;
        if (tokens.Length > ShortWords) return null;
        // "quick winnya apa?" right after whether a region took part: that region's programmes, recorded or not, rather
        // than what a quick win is.
        // A region given as the answer to "kabupaten atau kota Anda apa?" continued a waiting dialog: no last dialog is kept.
        if (turn.ConversationState.Get<string>(DialogRouter.LastDialogKey) is null or ParticipationDialogId && themes.AsksExampleOfIt(turn.Text)
            && new ConversationMemory(turn, registry) is var memory && memory.SpokenOf is { } spoken)
            return $"inovasi {spoken.Name} apa saja";
        if (lastWasShowcase && turn.ConversationState.Get<string>(ShowcaseDialog.ThemeKey) is not null && themes.ThemeIn(turn.Text) is { } theme)
            return $"inovasi daerah di bidang {theme.Name}";
        if (themes.AsksOtherRegions(turn.Text) && (lastWasShowcase || themes.AsksExample(turn.Text))
            && new ConversationMemory(turn, registry).Subject is { } subject)
            return $"contoh inovasi daerah lain selain {subject.Name}";
        return null;
    }

    /// <summary>
    /// After a search by field ("daerah mana yang punya program sampah?"), a short question about one region of it
    /// ("yang di X itu namanya apa?") asks for that region's programmes, and "selain X ada lagi?" (then or after X's card) for the other regions'
    /// — not whether X took part, which the words alone lean to. A question of when (a year) is left as it is.
    /// </summary>
    private string? NamedAfterFieldSearch(ITurn turn, Entities entities, int words, bool lastWasShowcase)
    {
        if (entities.Region is not { } region || entities.Regions.Mentions.Count != 1 || words > ShortWords) return null;
        var afterSearch = turn.ConversationState.Get<string>(ShowcaseDialog.ThemeKey) is not null;
        // "selain X ada lagi?" right after X's own card asks the same of the other regions.
        if (themes.AsksOtherRegions(turn.Text) && (afterSearch || lastWasShowcase)) return $"contoh inovasi daerah lain selain {region.Name}";
        return afterSearch && lastWasShowcase && AsksWhat(turn.Text) ? $"inovasi {region.Name} apa saja" : null;
    }

    // "apa" and its forms (knowledge/lexicon/tanya-apa.txt): what a programme is called or does, not when or where.
    private static bool AsksWhat(string text) =>
        Knowledge.Lexicon.Current.Lists.TryGetValue("tanya-apa", out var what)
        && RegionResolver.Normalize(text).Split(' ').Any(w => what.Contains(w, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// "wilayah mana yang menggarap pariwisata?", "daerah mana yang fokus smart branding": which
    /// regions work in a field or a pillar, however long the message or whoever the asker says they are — the search of
    /// every region's records, in the words the showcase answers. A message already asking for examples is left as it is.
    /// </summary>
    private string? WhichRegionsIn(string text, string? pillar)
    {
        if (!themes.AsksWhichRegions(text) || themes.AsksExample(text)) return null;
        if (themes.ThemeIn(text) is { } theme) return $"inovasi daerah di bidang {theme.Name}";
        return pillar is not null ? $"daerah mana yang punya inovasi {pillar}" : null;
    }
}
