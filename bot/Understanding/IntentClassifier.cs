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
    private readonly IReadOnlyDictionary<string, string> _wordClasses;
    // Each example's own distinct features (their weight and postings) and word count: read again with itself left out.
    private readonly (double Idf, (int Doc, int Count)[] Docs)[][] _featuresOfDoc;
    private readonly int[] _wordsOfDoc;

    /// <param name="negators">Words that negate the next few words (knowledge/understanding/entities.json "negators").</param>
    /// <param name="wordClasses">Word → class (entities.json "wordClasses"): a listed word also votes as its class.</param>
    public IntentClassifier(IEnumerable<(string Intent, string Text)> examples, IReadOnlySet<string>? negators = null,
        IReadOnlyDictionary<string, string>? wordClasses = null)
    {
        _negators = negators ?? new HashSet<string>();
        _wordClasses = wordClasses ?? new Dictionary<string, string>();
        var list = examples.ToList();
        _intentOfDoc = list.Select(e => e.Intent).ToArray();
        Intents = _intentOfDoc.Distinct().Order(StringComparer.Ordinal).ToList();
        var postings = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var lengths = new int[list.Count];
        var distinct = new List<string>[list.Count];
        for (var doc = 0; doc < list.Count; doc++)
        {
            var features = Features(list[doc].Text, _negators, _wordClasses).ToList();
            distinct[doc] = features.Distinct(StringComparer.Ordinal).Take(MaxFeatures).ToList();
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
        _shortIntents = longest.Where(l => l.Value <= ShortIntent).Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        _longestOfDoc = _intentOfDoc.Select(i => longest[i] <= ShortIntent ? longest[i] + LongerAllowed : int.MaxValue).ToArray();
        var average = lengths.Length > 0 ? Math.Max(1, lengths.Average()) : 1;
        _lengthNorm = lengths.Select(l => K1 * (1 - B + B * l / average)).ToArray();
        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _idf = postings.ToDictionary(p => p.Key, p => Math.Log(1 + (list.Count - p.Value.Count + 0.5) / (p.Value.Count + 0.5)), StringComparer.Ordinal);
        _featuresOfDoc = distinct.Select(features => features.Select(f => (_idf[f], _postings[f])).ToArray()).ToArray();
        _wordsOfDoc = list.Select(e => WordCount(e.Text)).ToArray();
    }

    public IReadOnlyList<string> Intents { get; }

    /// <summary>An intent whose examples are all a few words ("halo", "batal", "sudah", "makasih").</summary>
    public bool IsShort(string intent) => _shortIntents.Contains(intent);
    private readonly HashSet<string> _shortIntents;

    /// <summary>Intents ranked by the votes of the nearest examples; scores sum to 1 (empty when nothing is near).</summary>
    public IReadOnlyList<IntentScore> Classify(string maskedText) => Vote(Scores(maskedText));

    /// <summary>
    /// Training example <paramref name="doc"/> read by all the others (out-of-fold calibration), from its stored
    /// features. Calibration only, on one thread: one score buffer serves every call (cleared after).
    /// </summary>
    public IReadOnlyList<IntentScore> ClassifyLeftOut(int doc)
    {
        var buffer = _leftOutScores ??= new double[_intentOfDoc.Length];
        var scores = Accumulate(_featuresOfDoc[doc], _wordsOfDoc[doc], doc, buffer);
        var ranked = Vote(scores);
        foreach (var touched in scores.Touched) buffer[touched] = 0;
        return ranked;
    }

    private double[]? _leftOutScores;

    private IReadOnlyList<IntentScore> Vote(Accumulated scores)
    {
        if (scores.Touched.Count == 0) return [];
        // Votes fall off with rank so one very close example outweighs several loose ones.
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var (rank, position, previous) = (0, 0, double.NaN);
        foreach (var (doc, score) in Top(scores, Neighbours))
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
        Top(Scores(maskedText), count).Select(s => (s.Key, _intentOfDoc[s.Key], s.Value)).ToList();

    /// <summary>The <paramref name="count"/> best examples, best first (ties: earlier example first), without sorting them all.</summary>
    private static List<KeyValuePair<int, double>> Top(Accumulated scores, int count)
    {
        var best = new List<KeyValuePair<int, double>>(count + 1);
        foreach (var doc in scores.Touched)
        {
            var entry = KeyValuePair.Create(doc, scores.Scores[doc]);
            if (best.Count == count && !Before(entry, best[^1])) continue;
            var at = best.Count;
            while (at > 0 && Before(entry, best[at - 1])) at--;
            best.Insert(at, entry);
            if (best.Count > count) best.RemoveAt(count);
        }
        return best;
    }

    private static bool Before(KeyValuePair<int, double> a, KeyValuePair<int, double> b) => a.Value > b.Value || (a.Value == b.Value && a.Key < b.Key);

    // BM25 sums per example (indexed by example) and the examples that got any.
    private sealed record Accumulated(double[] Scores, List<int> Touched);

    private Accumulated Scores(string maskedText)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var features = new List<(double, (int, int)[])>();
        foreach (var feature in Features(maskedText, _negators, _wordClasses))
        {
            if (seen.Count >= MaxFeatures) break;
            if (seen.Add(feature) && _postings.TryGetValue(feature, out var docs)) features.Add((_idf[feature], docs));
        }
        return Accumulate(features, WordCount(maskedText), leaveOut: -1);
    }

    private Accumulated Accumulate(IEnumerable<(double Idf, (int Doc, int Count)[] Docs)> features, int words, int leaveOut, double[]? buffer = null)
    {
        var scores = new Accumulated(buffer ?? new double[_intentOfDoc.Length], []);
        foreach (var (idf, docs) in features)
            foreach (var (doc, count) in docs)
            {
                if (words > _longestOfDoc[doc] || doc == leaveOut) continue;
                if (scores.Scores[doc] == 0) scores.Touched.Add(doc);
                scores.Scores[doc] += idf * count * (K1 + 1) / (count + _lengthNorm[doc]);
            }
        return scores;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Words ("w:"), adjacent word pairs ("p:") and character 3-grams of each word with its boundaries ("c:"). A word
    /// within <see cref="NegationScope"/> words after a negator is a negated word ("n:", its 3-grams "m:", its pair "q:") instead — the classic
    /// sentiment feature — so "jangan ingatkan" and "gak membantu" do not vote like "ingatkan" and "membantu".
    /// A word of a word class also yields its class ("k:", negated "j:"), so an unseen member reads like the seen ones.
    /// </summary>
    internal static IEnumerable<string> Features(string maskedText, IReadOnlySet<string> negators, IReadOnlyDictionary<string, string>? wordClasses = null)
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
            if (wordClasses is not null && wordClasses.TryGetValue(words[i], out var wordClass)) yield return (inScope ? "j:" : "k:") + wordClass;
            if (words[i] is "xregion" or "xyear" or "xprovince") continue;
            // The spelling features of a negated word are negated too, or "ga membantu" still spells "membantu".
            var padded = "_" + words[i] + "_";
            for (var k = 0; k + 3 <= padded.Length; k++) yield return (inScope ? "m:" : "c:") + padded.Substring(k, 3);
        }
    }
}
