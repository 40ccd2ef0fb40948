namespace SmartCity.Bot.Knowledge;

/// <summary>
/// An ordinal belongs to the noun before it: "hari kedua" is not "tahap kedua". A term set carries each ordinal a text
/// binds as "noun ordinal", with "* ordinal" and "noun *" to say the text binds that ordinal, and that noun, at all. A
/// question's "hari kedua" is not covered by a passage that numbers its days ("hari pertama") and has "kedua" only for
/// another noun; a passage using it unbound ("Kedua, …"), or for another noun while never numbering days, still covers
/// it, since documents say one thing with near nouns ("tahun ketiga" for the programme's "tahap ketiga").
/// Ordinals are "ke" + a number of bilangan.txt ("kedua", "ketiga"): counted places, not "terakhir", which documents
/// write beside numbered ones ("tahap IV, tahap terakhir").
/// </summary>
public static class OrdinalBinding
{
    private const string AnyNoun = "*";
    private static (Lexicon? Lexicon, HashSet<string> Words) _ordinals = (null, []);

    public static bool IsOrdinal(string word) => Ordinals().Contains(word);

    /// <summary>Adds the bound ordinals of a text (a noun word right before an ordinal, in one sentence) to its terms.</summary>
    public static void AddTo(HashSet<string> terms, string text)
    {
        var ordinals = Ordinals();
        if (ordinals.Count == 0) return;
        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var ordinal = words[i].TrimEnd('.', ',', ';', ':', '?', '!', ')');
            if (!ordinals.Contains(ordinal)) continue;
            var noun = words[i - 1].TrimStart('(', '*', '_');
            // A stop before it ends the sentence: "… tiga hal. Kedua, …" binds nothing.
            if (noun.Length < 2 || !noun.All(char.IsLetter)) continue;
            terms.Add($"{noun} {ordinal}");
            terms.Add($"{AnyNoun} {ordinal}");
            terms.Add($"{noun} {AnyNoun}");
        }
    }

    /// <summary>Whether terms hold the ordinal with the question's noun, or do not give either to another.</summary>
    public static bool Holds(string noun, string ordinal, IReadOnlySet<string> terms) =>
        terms.Contains($"{noun} {ordinal}") || !terms.Contains($"{AnyNoun} {ordinal}") || !terms.Contains($"{noun} {AnyNoun}");

    private static HashSet<string> Ordinals()
    {
        var lexicon = Lexicon.Current;
        var memo = _ordinals;
        if (ReferenceEquals(memo.Lexicon, lexicon)) return memo.Words;
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (lexicon.Lists.TryGetValue("bilangan", out var numbers)) words.UnionWith(numbers.Where(n => !n.Contains(' ')).Select(n => "ke" + n));
        _ordinals = (lexicon, words);
        return words;
    }
}
