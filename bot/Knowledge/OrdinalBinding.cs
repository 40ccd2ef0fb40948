namespace SmartCity.Bot.Knowledge;

/// <summary>
/// An ordinal belongs to the noun before it: "hari kedua" is not "tahap kedua". A term set carries each ordinal a text
/// binds as "noun ordinal", with "* ordinal" and "noun *" to say the text binds that ordinal, and that noun, at all. A
/// question's "hari kedua" is not covered by a passage that numbers its days ("hari pertama") and has "kedua" only for
/// another noun; a passage using it unbound ("Kedua, …"), or for another noun while never numbering days, still covers
/// it, since documents say one thing with near nouns ("tahun ketiga" for the programme's "tahap ketiga").
/// Ordinals are "ke" + a number of bilangan.txt ("kedua", "ketiga"): counted places, not "terakhir", which documents
/// write beside numbered ones ("tahap IV, tahap terakhir"). An ordinal in figures ("ke-3") is the same place
/// (bilangan-angka.txt), and a place is no count: "ketiga" is not met by "tiga pertimbangan" or "3 quick win".
/// </summary>
public static class OrdinalBinding
{
    private const string AnyNoun = "*";
    private static readonly PerLexicon<(HashSet<string> Words, NumberWords Numbers)> Built = new(Build);

    public static bool IsOrdinal(string word) => Ordinals().Words.Contains(word);

    /// <summary>The ordinal a word writes, spelled ("ketiga" for "ketiga", "ke-3", "ke3"), or null.</summary>
    public static string? OrdinalOf(string word)
    {
        var (words, numbers) = Ordinals();
        if (words.Contains(word)) return word;
        if (word.Length < 3 || !word.StartsWith("ke", StringComparison.Ordinal)) return null;
        var digits = word.AsSpan(word[2] == '-' ? 3 : 2);
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? SpelledOrdinal(numbers, n) : null;
    }

    /// <summary>A number written as a word ("dua", "enam"; bilangan.txt): a count when a noun follows ("dua tahap").</summary>
    public static bool IsCardinal(string word) => Ordinals().Words.Contains(OrdinalPrefix + word);

    private const string OrdinalPrefix = "ke";
    private const string CountMark = "# ";
    private const string CardinalMark = "= ";

    /// <summary>The terms say how many of the noun there are ("empat tahap", "keenam pilar").</summary>
    public static bool StatesCountOf(string noun, IReadOnlySet<string> terms) => terms.Contains(CountMark + noun);

    /// <summary>
    /// The terms have the number only as the stem of the noun's place ("tahap kedua" for "dua"), never as a count:
    /// "dua tahap" is not "tahap kedua".
    /// </summary>
    public static bool OnlyNumbers(string noun, string cardinal, IReadOnlySet<string> terms) =>
        terms.Contains($"{noun} {OrdinalPrefix}{cardinal}") && !terms.Contains(CardinalMark + cardinal);

    /// <summary>Adds the bound ordinals of a text (a noun word right before an ordinal, in one sentence) to its terms.</summary>
    public static void AddTo(HashSet<string> terms, string text)
    {
        if (Ordinals().Words.Count == 0) return;
        var written = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        AddCounts(terms, written);
        for (var i = 1; i < written.Length; i++)
        {
            var word = written[i].TrimEnd('.', ',', ';', ':', '?', '!', ')', '*');
            var lowered = word.ToLowerInvariant();
            if (OrdinalOf(lowered) is not { } ordinal) continue;
            if (ordinal != lowered) terms.Add(ordinal); // "ke-11" writes "kesebelas" in figures
            var noun = written[i - 1].TrimStart('(', '*', '_').ToLowerInvariant();
            // A stop before it ends the sentence: "… tiga hal. Kedua, …" binds nothing.
            if (noun.Length < 2 || !noun.All(char.IsLetter)) continue;
            terms.Add($"{noun} {ordinal}");
            terms.Add($"{AnyNoun} {ordinal}");
            terms.Add($"{noun} {AnyNoun}");
        }
    }

    // A number spelled before a noun counts it: a word of bilangan.txt or a collective ordinal ("keenam pilar").
    private static void AddCounts(HashSet<string> terms, string[] written)
    {
        for (var i = 0; i < written.Length; i++)
        {
            var word = written[i].Trim('.', ',', ';', ':', '?', '!', '(', ')', '*', '_').ToLowerInvariant();
            var cardinal = IsCardinal(word);
            if (cardinal) terms.Add(CardinalMark + word);
            // "… dua. Tahap …": a stop ends the count.
            if (i + 1 >= written.Length || ".,;:?!".Contains(written[i][^1])) continue;
            // Spelled only: a figure before a word is as often a date ("28 Februari") as a count.
            if (!cardinal && !Ordinals().Words.Contains(word)) continue;
            var noun = written[i + 1].Trim('.', ',', ';', ':', '?', '!', '(', ')', '*', '_').ToLowerInvariant();
            if (noun.Length > 1 && noun.All(char.IsLetter)) terms.Add(CountMark + noun);
        }
    }

    /// <summary>Whether terms hold the ordinal with the question's noun, or do not give either to another.</summary>
    public static bool Holds(string noun, string ordinal, IReadOnlySet<string> terms) =>
        terms.Contains($"{noun} {ordinal}") || !terms.Contains($"{AnyNoun} {ordinal}") || !terms.Contains($"{noun} {AnyNoun}");

    private static (HashSet<string> Words, NumberWords Numbers) Ordinals() => Built.Current;

    private static (HashSet<string> Words, NumberWords Numbers) Build(Lexicon lexicon)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (lexicon.Lists.TryGetValue("bilangan", out var numbers)) words.UnionWith(numbers.Where(n => !n.Contains(' ')).Select(n => "ke" + n));
        return (words, lexicon.Numbers);
    }

    // "tiga => 3" (bilangan-angka.txt): the place written in figures is "ke" + the number's word ("ke-3" = "ketiga"); of
    // two words listed for one figure, the later line's.
    private static string? SpelledOrdinal(NumberWords numbers, int figure) =>
        numbers.WordsFor(figure) is { Count: > 0 } words ? OrdinalPrefix + words[^1] : null;
}
