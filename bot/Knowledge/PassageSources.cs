using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Which of a document's sources to show under an answer from one of its passages. A document lists every source it
/// was written from; the ones that back this passage are those that share its years and its distinctive words (an
/// article's title, or the words of its link's path). With nothing shared, the document's own order stands.
/// </summary>
public static partial class PassageSources
{
    // A year agrees strongly (a 2022 passage, a 2022 article); another shared word less so.
    private const int YearWeight = 3;

    // The choice depends on the passage alone: made once per passage (and count), not on every answer.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Passage, Dictionary<int, IReadOnlyList<string>>> Chosen = new();

    public static IReadOnlyList<string> Choose(Passage passage, int count)
    {
        var byCount = Chosen.GetValue(passage, _ => []);
        lock (byCount)
        {
            if (byCount.TryGetValue(count, out var chosen)) return chosen;
            return byCount[count] = Rank(passage, count);
        }
    }

    private static IReadOnlyList<string> Rank(Passage passage, int count)
    {
        if (passage.Sources.Count <= count) return passage.Sources.Select(Readable).ToList();
        var sourceWords = passage.Sources.Select(Words).ToList();
        // A word most of the document's sources share ("https", the programme's name) tells none of them apart.
        var common = sourceWords.SelectMany(w => w).GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => g.Count() * 2 > passage.Sources.Count).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var heading = Words(passage.Heading);
        var body = Words(passage.Body);
        heading.ExceptWith(common);
        body.ExceptWith(common);
        return passage.Sources
            .Select((source, order) => (Source: source, Order: order, Score: Score(sourceWords[order], heading, body)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Order)
            .Take(count).Select(s => Readable(s.Source)).ToList();
    }

    /// <summary>A bare link is shown with its site's name first, so a reader sees whose article it is.</summary>
    public static string Readable(string source) =>
        Uri.TryCreate(source.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"{Site(uri.Host)} — {source.Trim()}"
            : source;

    private static string Site(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || host.StartsWith("m.", StringComparison.OrdinalIgnoreCase)
        ? host[(host.IndexOf('.') + 1)..]
        : host;

    /// <summary>Shared words, a year weighing more, and a word of the passage's heading (what it is about) twice a body word.</summary>
    private static int Score(HashSet<string> source, HashSet<string> heading, HashSet<string> body) =>
        source.Sum(w => (heading.Contains(w) ? 2 : body.Contains(w) ? 1 : 0) * (IsYear(w) ? YearWeight : 1));

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit) && word[0] is '1' or '2';

    /// <summary>Lower-case words of three letters or more (PPU, IKN), and years; shorter ones (id, co) say nothing.</summary>
    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)
            .Where(w => IsYear(w) || (w.Length >= 3 && !w.All(char.IsAsciiDigit)))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*|\d{4}")]
    private static partial Regex WordPattern();
}
