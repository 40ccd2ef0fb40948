using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// "bukan, maksudnya &lt;X&gt;" right after an answer: not a rating of that answer but the question again, about the thing
/// meant. Read as "kalau X?" — the follow-up every thread already answers (a pillar, a year, a field, a topic) — or, when
/// a whole question follows the correction, as that question. The words are data: an opener
/// (knowledge/lexicon/pembuka-koreksi.txt) then a "what I meant" phrase (kata-maksud.txt); a place named is the router's
/// place correction, left to it.
/// </summary>
public sealed class TopicCorrection : IReread
{
    private const string OpenersList = "pembuka-koreksi";
    private const string MeantList = "kata-maksud";
    private const string QuestionWordsList = "kata-tanya";

    public RereadStage Stage => RereadStage.Relative;

    public string? Rewrite(ITurn turn, Recognition read)
    {
        // Only a correction of something said: the first message of a conversation corrects nothing.
        if (!read.Entities.Regions.IsEmpty || turn.ConversationState.Get<string>(DialogRouter.LastDialogKey) is null) return null;
        var lexicon = Lexicon.Current;
        if (!lexicon.Lists.TryGetValue(OpenersList, out var openers) || !lexicon.Lists.TryGetValue(MeantList, out var meant)) return null;
        var text = RegionResolver.Normalize(turn.Text);
        // "bukan" alone ("bukan gitu", "bukan dong") is a complaint; "bukan, maksudnya …" says what was meant.
        if (Behind(text, openers) is not { } afterOpener || Behind(afterOpener, meant) is not { Length: > 0 } rest) return null;
        var asks = lexicon.Lists.TryGetValue(QuestionWordsList, out var questionWords)
                   && rest.Split(' ').Any(w => questionWords.Contains(w, StringComparer.OrdinalIgnoreCase));
        return asks ? rest : $"kalau {rest}?";
    }

    // The text after the longest of the phrases it opens with, or null when it opens with none.
    private static string? Behind(string text, IEnumerable<string> phrases) =>
        phrases.Select(RegionResolver.Normalize).Where(p => p.Length > 0 && (text == p || text.StartsWith(p + " ", StringComparison.Ordinal)))
            .MaxBy(p => p.Length) is { } phrase ? text[phrase.Length..].Trim() : null;
}
