namespace SmartCity.Bot.Understanding;

/// <summary>
/// Evidence for an intent: how much of a message (its words weighted by rarity) the intent's own examples use, a
/// one-letter typo of a longer word or an affixed form included ("kolaborsi", "diganti"). Keyboard mash and other languages share almost nothing with any intent's
/// examples, even when a classifier that must pick somebody picks one; a real request of an intent shares most of its
/// words with it. Counts are kept per example so an example can be left out (out-of-fold calibration).
/// </summary>
public sealed class IntentVocabulary
{
    // A four-letter word is a one-letter slip from too many others ("kiri" / "kirim"): typos are read from five letters on.
    private const int TypoMinLength = 5, StemMinLength = 4;
    // Common Indonesian clitics and affixes: "daerahnya", "diganti", "batalkan" speak the intent's own words.
    private static readonly string[] Suffixes = ["nya", "lah", "kah", "kan", "ku", "mu"];
    private static readonly string[] Prefixes = ["di", "ter", "ber"];

    // Per intent: word (and each one-letter deletion of a longer word, "~" prefixed) → how many of its examples hold it.
    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly string[] _intentOfDoc;
    private readonly HashSet<string>[] _keysOfDoc;
    private readonly double _unknownWeight;

    public IntentVocabulary(IReadOnlyList<(string Intent, string MaskedText)> examples)
    {
        _intentOfDoc = examples.Select(e => e.Intent).ToArray();
        _keysOfDoc = new HashSet<string>[examples.Count];
        for (var doc = 0; doc < examples.Count; doc++)
        {
            var words = Words(examples[doc].MaskedText).ToHashSet(StringComparer.Ordinal);
            foreach (var word in words) _documentFrequency[word] = _documentFrequency.GetValueOrDefault(word) + 1;
            var keys = words.SelectMany(Keys).ToHashSet(StringComparer.Ordinal);
            _keysOfDoc[doc] = keys;
            if (!_counts.TryGetValue(_intentOfDoc[doc], out var counts)) _counts[_intentOfDoc[doc]] = counts = new(StringComparer.Ordinal);
            foreach (var key in keys) counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        _unknownWeight = Weight(0);
    }

    /// <summary>
    /// Share (0–1) of the message's word weight that the intent's examples use; null when the message has no word
    /// (emoji only, or only a place). <paramref name="leaveOut"/>: an example whose words do not count (out-of-fold).
    /// </summary>
    public double? Evidence(string intent, string maskedText, int leaveOut = -1)
    {
        var counts = _counts.GetValueOrDefault(intent);
        var own = leaveOut >= 0 && _intentOfDoc[leaveOut] == intent ? _keysOfDoc[leaveOut] : null;
        return Share(Words(maskedText).Distinct(StringComparer.Ordinal),
            word => _documentFrequency.TryGetValue(word, out var df) ? Weight(df - (leaveOut >= 0 && _keysOfDoc[leaveOut].Contains(word) ? 1 : 0)) : _unknownWeight,
            word => counts is not null && Knows(counts, own, word));
    }

    /// <summary>
    /// Share (0–1) of the word weight that <paramref name="reading"/>'s examples do not use and <paramref name="intent"/>'s do:
    /// what another reading explains of the words left over ("batalkan" beside a request's own words). Null when the
    /// reading uses every word.
    /// </summary>
    public double? EvidenceBeyond(string intent, string reading, string maskedText)
    {
        var counts = _counts.GetValueOrDefault(intent);
        var read = _counts.GetValueOrDefault(reading);
        return Share(Words(maskedText).Distinct(StringComparer.Ordinal).Where(word => read is null || !Knows(read, null, word)),
            word => _documentFrequency.TryGetValue(word, out var df) ? Weight(df) : _unknownWeight,
            word => counts is not null && Knows(counts, null, word));
    }

    // The weight of the words known, as a share of all the words' weight; null with no word (or no weight).
    private static double? Share(IEnumerable<string> words, Func<string, double> weight, Func<string, bool> known)
    {
        double knownWeight = 0, total = 0;
        foreach (var word in words)
        {
            var w = weight(word);
            total += w;
            if (known(word)) knownWeight += w;
        }
        return total > 0 ? knownWeight / total : null;
    }

    // A word, its one-letter deletions ("~"), its stem ("=") when affixes came off.
    private static IEnumerable<string> Keys(string word)
    {
        yield return word;
        if (word.Length >= TypoMinLength)
            foreach (var deletion in Deletions(word)) yield return deletion;
        if (Stem(word) is { } stem) yield return "=" + stem;
    }

    private static string? Stem(string word)
    {
        var stem = word;
        foreach (var suffix in Suffixes)
            if (stem.EndsWith(suffix, StringComparison.Ordinal) && stem.Length - suffix.Length >= StemMinLength) { stem = stem[..^suffix.Length]; break; }
        foreach (var prefix in Prefixes)
            if (stem.StartsWith(prefix, StringComparison.Ordinal) && stem.Length - prefix.Length >= StemMinLength) { stem = stem[prefix.Length..]; break; }
        return stem == word ? null : stem;
    }

    private static bool Knows(Dictionary<string, int> counts, HashSet<string>? own, string word)
    {
        if (Holds(counts, own, word) || Holds(counts, own, "=" + word)) return true;
        if (Stem(word) is { } stem && (Holds(counts, own, stem) || Holds(counts, own, "=" + stem))) return true;
        if (word.Length < TypoMinLength) return false;
        // One letter added, dropped or changed: a deletion of the word meets the word or one of its deletions.
        if (Holds(counts, own, "~" + word)) return true;
        foreach (var deletion in Deletions(word))
            if (Holds(counts, own, deletion[1..]) || Holds(counts, own, deletion)) return true;
        return false;
    }

    private static bool Holds(Dictionary<string, int> counts, HashSet<string>? own, string key) =>
        counts.GetValueOrDefault(key) - (own is not null && own.Contains(key) ? 1 : 0) > 0;

    // "~" marks a deletion, so "kota" the word and "kota" a deletion of "kotaa" stay apart where that matters.
    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++) yield return "~" + word.Remove(i, 1);
    }

    private double Weight(int documentFrequency) =>
        Math.Log(1 + (_intentOfDoc.Length - documentFrequency + 0.5) / (documentFrequency + 0.5));

    // Place and year stand-ins say nothing about the intent; neither does a single letter or digit.
    private static IEnumerable<string> Words(string maskedText) =>
        maskedText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1 && w is not ("xregion" or "xyear" or "xprovince"));
}
