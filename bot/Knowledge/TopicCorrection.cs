using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// "bukan, maksudnya smart environment" right after an answer: not a rating of that answer but the question again, about
/// the thing meant. Read as "kalau smart environment?" — the follow-up every thread already answers (a pillar, a year, a
/// field, a topic) — or, when a whole question follows the correction, as that question. The correction openers are data
/// (knowledge/lexicon/pembuka-koreksi.txt); a place named is the router's place correction, left to it.
/// </summary>
public sealed class TopicCorrection : IReread
{
    private const string OpenersList = "pembuka-koreksi";
    private const string QuestionWordsList = "kata-tanya";

    public RereadStage Stage => RereadStage.Relative;

    public string? Rewrite(ITurn turn, Recognition read)
    {
        // Only a correction of something said: the first message of a conversation corrects nothing.
        if (!read.Entities.Regions.IsEmpty || turn.ConversationState.Get<string>(DialogRouter.LastDialogKey) is null) return null;
        var lexicon = Lexicon.Current;
        if (!lexicon.Lists.TryGetValue(OpenersList, out var openers)) return null;
        var text = RegionResolver.Normalize(turn.Text);
        var opener = openers.Select(RegionResolver.Normalize).Where(o => o.Length > 0 && (text == o || text.StartsWith(o + " ", StringComparison.Ordinal)))
            .MaxBy(o => o.Length);
        if (opener is null) return null;
        var rest = text[opener.Length..].Trim();
        if (rest.Length == 0) return null;
        var asks = lexicon.Lists.TryGetValue(QuestionWordsList, out var questionWords)
                   && rest.Split(' ').Any(w => questionWords.Contains(w, StringComparer.OrdinalIgnoreCase));
        return asks ? rest : $"kalau {rest}?";
    }
}
