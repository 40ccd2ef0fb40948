using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// "penghargaan?" right after an answer about a place: a fragment that reads as a programme question and names
/// nothing else asks that topic of the place just spoken of, so it is read with the place's name after it (by the
/// recognizer and every dialog, as a list reference is).
/// </summary>
public sealed class PlaceFragment(RegionRegistry registry) : IReread
{
    // A fragment of at most this many words ("penghargaan?", "inovasinya?") leans on the place just spoken of.
    private const int FragmentWords = 2;

    // The classifier must lean clearly to a programme question: chat ("oke sip") leans elsewhere.
    private const double FragmentScore = 0.6;

    public RereadStage Stage => RereadStage.Reference;

    public string? Rewrite(ITurn turn, Recognition recognition)
    {
        var entities = recognition.Entities;
        var words = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (recognition.TopIntent != DialogRouter.FallbackIntent || recognition.TopScore < FragmentScore || turn.ConversationState.Get<string>(DialogRouter.PlaceTopicKey) is not { Length: > 0 }
            || !entities.Regions.IsEmpty || entities.Regions.Province is not null || entities.Year is not null || entities.ListItem is not null
            || entities.ChecklistValue is not null || entities.Pillar is not null || words.Length is 0 or > FragmentWords
            || turn.ConversationState.Get<string>(ConversationMemory.SubjectKey) is not { } code || !registry.ByCode.TryGetValue(code, out var subject))
            return null;
        return $"{turn.Text.TrimEnd('?', ' ', '.', '!')} {subject.Name}?";
    }
}
