using System.Text.RegularExpressions;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// "oh 2018. kalau dari bali?": a first sentence holding only the year just answered, with interjections,
/// follow-up and year words (entities.json followUpWords, fillers, yearWords), takes the answer in; it does not narrow
/// the question that follows, so a question about a place is read without it. A year other than the one just spoken
/// of, or a first sentence saying anything more, is left as it is.
/// </summary>
public sealed class AcknowledgedYear(EntityWords words, RegionRegistry registry) : IReread
{
    public RereadStage Stage => RereadStage.Relative;

    // The first sentence (up to a full stop, comma, semicolon or exclamation mark) and what follows it.
    private static readonly Regex FirstSentence = new(@"^\s*([^.,;!?]+)[.,;!]+\s*(\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private readonly HashSet<string> _taking = PhraseList.Words(words.FollowUpWords.Concat(words.Fillers).Concat(words.YearWords));

    // Interjections that take an answer in ("ooh", "oalah"; pengisi.txt).
    private static readonly Knowledge.PerLexicon<HashSet<string>> Interjections = new(lexicon =>
        PhraseList.Words(lexicon.Lists.GetValueOrDefault("pengisi") ?? []));

    public string? Rewrite(ITurn turn, Recognition read)
    {
        var entities = read.Entities;
        if (entities.Year is not { } year || (entities.Regions.IsEmpty && entities.Regions.Province is null)) return null;
        if (FirstSentence.Match(turn.Text) is not { Success: true } match) return null;
        var head = RegionResolver.Normalize(match.Groups[1].Value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var yearText = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (head.Count(t => t == yearText) != 1 || !head.All(t => t == yearText || _taking.Contains(t) || Interjections.Current.Contains(t))) return null;
        // Only the year just answered is taken in; another year may be the one the question is about.
        if (new ConversationMemory(turn, registry).LastYear != year) return null;
        var rest = match.Groups[2].Value;
        return rest.Contains(yearText, StringComparison.Ordinal) ? null : rest;
    }
}
