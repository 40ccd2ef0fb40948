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

    public RereadStage Stage => RereadStage.Reference;

    public string? Rewrite(ITurn turn, Recognition read)
    {
        var entities = read.Entities;
        if (!entities.Regions.IsEmpty || entities.Regions.Province is not null || entities.Year is not null || entities.Cohort is not null) return null;
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > ShortWords) return null;
        var lastWasShowcase = turn.ConversationState.Get<string>(DialogRouter.LastDialogKey) == "showcase";
        if (lastWasShowcase && turn.ConversationState.Get<string>(ShowcaseDialog.ThemeKey) is not null && themes.ThemeIn(turn.Text) is { } theme)
            return $"inovasi daerah di bidang {theme.Name}";
        if (themes.AsksOtherRegions(turn.Text) && (lastWasShowcase || themes.AsksExample(turn.Text))
            && new ConversationMemory(turn, registry).Subject is { } subject)
            return $"contoh inovasi daerah lain selain {subject.Name}";
        return null;
    }
}
