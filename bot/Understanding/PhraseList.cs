using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// A word list of entities.json read as phrases: each entry normalized like a message and split into its words, so
/// "tahun sebelumnya" matches those two words in a row. Entries keep the file's order; empty entries are dropped.
/// </summary>
public sealed class PhraseList(IEnumerable<string> entries)
{
    private readonly string[][] _phrases = entries.Select(e => RegionResolver.Normalize(e).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Where(p => p.Length > 0).ToArray();

    // Longest first (the file's order among equals), sorted once: Find runs on every turn.
    private string[][]? _longestFirst;

    /// <summary>The phrases, each as its words, in the file's order.</summary>
    public IReadOnlyList<string[]> Phrases => _phrases;

    /// <summary>Some phrase occurs anywhere in the words.</summary>
    public bool In(string[] tokens)
    {
        foreach (var phrase in _phrases)
            if (Contains(tokens, phrase)) return true;
        return false;
    }

    /// <summary>How many words the longest phrase starting at <paramref name="at"/> takes (0 when none does).</summary>
    public int LengthAt(string[] tokens, int at)
    {
        var longest = 0;
        foreach (var phrase in _phrases)
            if (phrase.Length > longest && StartsAt(tokens, at, phrase)) longest = phrase.Length;
        return longest;
    }

    /// <summary>The words with every phrase taken out (the longest at each place).</summary>
    public List<string> Without(string[] tokens)
    {
        var kept = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length;)
        {
            var length = LengthAt(tokens, i);
            if (length == 0) kept.Add(tokens[i]);
            i += Math.Max(1, length);
        }
        return kept;
    }

    /// <summary>Where the longest phrase found occurs first (a longer phrase wins over one inside it), or null.</summary>
    public (int At, int Length)? Find(string[] tokens)
    {
        foreach (var phrase in _longestFirst ??= [.. _phrases.OrderByDescending(p => p.Length)])
            for (var i = 0; i + phrase.Length <= tokens.Length; i++)
                if (StartsAt(tokens, i, phrase)) return (i, phrase.Length);
        return null;
    }

    /// <summary>The entries as single words, normalized like a message (for lists matched word by word).</summary>
    public static HashSet<string> Words(IEnumerable<string> entries) => entries.Select(RegionResolver.Normalize).ToHashSet(StringComparer.Ordinal);

    public static bool StartsAt(string[] tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Length) return false;
        for (var k = 0; k < phrase.Length; k++)
            if (tokens[start + k] != phrase[k]) return false;
        return true;
    }

    public static bool Contains(string[] tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Length; i++)
            if (StartsAt(tokens, i, phrase)) return true;
        return false;
    }
}
