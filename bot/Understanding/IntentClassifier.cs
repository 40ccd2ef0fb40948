namespace SmartCity.Bot.Understanding;

/// <summary>
/// Nearest neighbours over the example utterances: a message's words, word pairs and character 3-grams are scored
/// against every example with BM25 (an inverted index held in memory), and the best examples vote for their
/// intents. Character n-grams carry informal spellings ("udh", "gmn", "kpn") and typos; word pairs carry short
/// phrases ("cek status", "ingatkan saya"). Chosen over a linear model (ML.NET) because it trains in milliseconds at
/// start-up and an example takes effect as written. Lucene.Net gave the same ranking, but its per-term query set-up
/// cost about 1.5 ms CPU for a typical 70-feature message; this index answers in tens of microseconds.
/// </summary>
public sealed class IntentClassifier
{
    private const int Neighbours = 8;
    private const int MaxFeatures = 600;
    private const double K1 = 1.2, B = 0.75;
    private const int LongerAllowed = 1, ShortIntent = 6;
    // Words this close after a negator are read as negated ("jangan ingatkan", "gak membantu").
    private const int NegationScope = 3;

    private readonly Dictionary<string, (int Doc, int Count)[]> _postings;
    private readonly Dictionary<string, double> _idf;
    private readonly double[] _lengthNorm;
    private readonly string[] _intentOfDoc;
    private readonly int[] _longestOfDoc;
    private readonly IReadOnlySet<string> _negators;

    /// <param name="negators">Words that negate the next few words (knowledge/understanding/entities.json "negators").</param>
    public IntentClassifier(IEnumerable<(string Intent, string Text)> examples, IReadOnlySet<string>? negators = null)
    {
        _negators = negators ?? new HashSet<string>();
        var list = examples.ToList();
        _intentOfDoc = list.Select(e => e.Intent).ToArray();
        Intents = _intentOfDoc.Distinct().Order(StringComparer.Ordinal).ToList();
        var postings = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var lengths = new int[list.Count];
        for (var doc = 0; doc < list.Count; doc++)
        {
            var features = Features(list[doc].Text, _negators).ToList();
            lengths[doc] = features.Count;
            foreach (var group in features.GroupBy(f => f, StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(group.Key, out var docs)) postings[group.Key] = docs = [];
                docs.Add((doc, group.Count()));
            }
        }
        // An intent whose examples are all short ("halo", "batal", "sudah": at most ShortIntent words) does not take a
        // message longer than its longest example (plus one word).
        var longest = list.GroupBy(e => e.Intent).ToDictionary(g => g.Key, g => g.Max(e => WordCount(e.Text)));
        _longestOfDoc = _intentOfDoc.Select(i => longest[i] <= ShortIntent ? longest[i] + LongerAllowed : int.MaxValue).ToArray();
        var average = lengths.Length > 0 ? Math.Max(1, lengths.Average()) : 1;
        _lengthNorm = lengths.Select(l => K1 * (1 - B + B * l / average)).ToArray();
        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _idf = postings.ToDictionary(p => p.Key, p => Math.Log(1 + (list.Count - p.Value.Count + 0.5) / (p.Value.Count + 0.5)), StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Intents { get; }

    /// <summary>Intents ranked by the votes of the nearest examples; scores sum to 1 (empty when nothing is near).</summary>
    public IReadOnlyList<IntentScore> Classify(string maskedText)
    {
        var scores = Scores(maskedText);
        if (scores.Count == 0) return [];
        // Votes fall off with rank so one very close example outweighs several loose ones.
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var (rank, position, previous) = (0, 0, double.NaN);
        foreach (var (doc, score) in Ranked(scores).Take(Neighbours))
        {
            if (score != previous) rank = position; // equally near examples vote equally
            (previous, position) = (score, position + 1);
            var intent = _intentOfDoc[doc];
            votes[intent] = votes.GetValueOrDefault(intent) + score / (1.0 + 0.5 * rank);
        }
        var total = votes.Values.Sum();
        return votes.Select(v => new IntentScore(v.Key, v.Value / total)).OrderByDescending(v => v.Score).ThenBy(v => v.Intent, StringComparer.Ordinal).ToList();
    }

    /// <summary>The nearest examples (their position in the training list, intent and BM25 score): why a message was read so.</summary>
    public IReadOnlyList<(int Example, string Intent, double Score)> Nearest(string maskedText, int count) =>
        Ranked(Scores(maskedText)).Take(count).Select(s => (s.Key, _intentOfDoc[s.Key], s.Value)).ToList();

    private static IEnumerable<KeyValuePair<int, double>> Ranked(Dictionary<int, double> scores) =>
        scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key);

    private Dictionary<int, double> Scores(string maskedText)
    {
        var scores = new Dictionary<int, double>();
        var words = WordCount(maskedText);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in Features(maskedText, _negators))
        {
            if (seen.Count >= MaxFeatures) break;
            if (!seen.Add(feature) || !_postings.TryGetValue(feature, out var docs)) continue;
            var idf = _idf[feature];
            foreach (var (doc, count) in docs)
                if (words <= _longestOfDoc[doc]) scores[doc] = scores.GetValueOrDefault(doc) + idf * count * (K1 + 1) / (count + _lengthNorm[doc]);
        }
        return scores;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Words ("w:"), adjacent word pairs ("p:") and character 3-grams of each word with its boundaries ("c:"). A word
    /// within <see cref="NegationScope"/> words after a negator is a negated word ("n:", its 3-grams "m:", its pair "q:") instead — the classic
    /// sentiment feature — so "jangan ingatkan" and "gak membantu" do not vote like "ingatkan" and "membantu".
    /// </summary>
    internal static IEnumerable<string> Features(string maskedText, IReadOnlySet<string> negators)
    {
        var words = maskedText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var negated = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var inScope = negated > 0;
            if (i + 1 < words.Length) yield return (inScope ? "q:" : "p:") + words[i] + "_" + words[i + 1];
            negated = negators.Contains(words[i]) ? NegationScope : Math.Max(0, negated - 1);
            // A masked name says only that a place (or year) was named: its neighbours ("dari xregion") say what for.
            // …except when the message is little more than the name ("garut", "kabupaten garut").
            if (words[i] is "xregion" or "xyear" or "xprovince" && words.Length > 2) continue;
            yield return (inScope ? "n:" : "w:") + words[i];
            if (words[i] is "xregion" or "xyear" or "xprovince") continue;
            // The spelling features of a negated word are negated too, or "ga membantu" still spells "membantu".
            var padded = "_" + words[i] + "_";
            for (var k = 0; k + 3 <= padded.Length; k++) yield return (inScope ? "m:" : "c:") + padded.Substring(k, 3);
        }
    }
}
