using System.Globalization;
using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A numbered part of a series the question asks about ("bimtek tahap 2", "kelompok II", "sesi ketiga"): the part
/// nouns come from knowledge/lexicon/bagian-bernomor.txt. A section giving the date of stage 1 does not give the date
/// of stage 2, though every word but the number is there; the number is stated only bound to a part noun (or to the
/// word the question puts before it: "bimtek pertama" for "bimtek tahap 1"), in any of its forms — a figure, a Roman
/// numeral, "ke-2", "kedua", "dua" — and not as the end of a span ("tahap I–IV" names the stages, not one of them).
/// </summary>
public sealed partial record NumberedPart(string Noun, string? Before, int Number)
{
    public const string PartsFile = "bagian-bernomor";

    // Parts are few; a larger figure after the noun is a year or a count ("angkatan 2023" is not here anyway).
    private const int MaxPart = 30;

    // The question's words it was read from, and where in them the noun and its number stand.
    private IReadOnlyList<string> _words = [];
    private int _start, _end;

    /// <summary>The first part noun of the question followed by a number, or null.</summary>
    public static NumberedPart? In(string normalized, Lexicon lexicon)
    {
        if (!lexicon.Lists.TryGetValue(PartsFile, out var parts)) return null;
        var nouns = parts.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var words = KnowledgeIndex.QuestionWords(normalized.ToLowerInvariant());
        var order = OrderWords.For(lexicon);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!nouns.Contains(words[i])) continue;
            // "sesudah fase 3 rampung, lalu apa …": the part is where the asked step starts, not what is asked.
            if (words.Skip(Math.Max(0, i - OrderReach)).Take(Math.Min(i, OrderReach)).Any(order.Contains)) continue;
            var (token, next) = AfterOrdinalMark(words, i + 1);
            // Only a figure or a Roman numeral: an ordinal word ("tahap ketiga") is bound by OrdinalBinding, which also
            // lets a neighbouring noun meet it ("tahun ketiga" of the programme).
            if (token is not null && token.All(c => char.IsAsciiDigit(c) || "ivx".Contains(c)) && NumberOf(token, lexicon) is { } n)
                return new(words[i], i > 0 ? words[i - 1] : null, n) { _words = words, _start = i, _end = next };
        }
        return null;
    }

    /// <summary>The question's words without the part noun and its number ("fase 3 nya tanggal berapa" → "nya tanggal berapa").</summary>
    public string QuestionWithout() => string.Join(' ', _words.Where((_, i) => i < _start || i >= _end));

    // Order words (penanda-sesudah.txt, penanda-sebelum.txt) this many words before a part make it an anchor.
    private const int OrderReach = 2;

    private static readonly PerLexicon<HashSet<string>> OrderWords = new(lexicon =>
        new[] { "penanda-sesudah", "penanda-sebelum" }.SelectMany(f => lexicon.Lists.TryGetValue(f, out var l) ? l : [])
            .Where(w => !w.Contains(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Whether a line names this part: the noun (or the question's word before it) with the same number, in a clause
    /// (split at ";") that <paramref name="keepsSubject"/> accepts as still about the question's subject ("…; Kota Depok
    /// bimtek tahap 1 …; PPU bimtek tahap III …" does not give PPU's stage 1).
    /// </summary>
    public bool StatedIn(string line, Lexicon lexicon, Func<string, bool> keepsSubject)
    {
        var nouns = lexicon.Lists.TryGetValue(PartsFile, out var parts) ? parts.ToList() : [];
        if (Before is { Length: > 1 } before && before.All(char.IsLetter)) nouns.Add(before);
        foreach (var clause in line.Split(';'))
        {
            var lower = clause.ToLowerInvariant();
            if (!nouns.Any(n => lower.Contains(n, StringComparison.Ordinal)) || !keepsSubject(clause)) continue;
            foreach (var noun in nouns)
                // Regex.Matches(input, pattern) keeps the built pattern in Regex's cache: one per part noun, not one per call.
                foreach (Match m in Regex.Matches(lower, $@"(?<!\p{{L}}){Regex.Escape(noun.ToLowerInvariant())}\s+(?=(?<rest>[^.;:]{{1,60}}))"))
                    if (NumbersAfter(m.Groups["rest"].Value, lexicon).Contains(Number)) return true;
        }
        return false;
    }

    // "III dan IV", "1, 2 dan 3", "ke-2", "kedua": the numbers a run of the line names right after a part noun; a span's
    // start ("I–IV") names no one part.
    private static HashSet<int> NumbersAfter(string rest, Lexicon lexicon)
    {
        var found = new HashSet<int>();
        var m = Listed().Match(rest);
        if (!m.Success) return found;
        foreach (Capture c in m.Groups["t"].Captures)
            if (NumberOf(c.Value, lexicon) is { } n) found.Add(n);
        if (Span().IsMatch(rest)) found.Clear();
        return found;
    }

    private static (string? Token, int Next) AfterOrdinalMark(List<string> words, int i)
    {
        var w = words[i];
        if (w == "ke" && i + 1 < words.Count) return (words[i + 1], i + 2);
        if (w.StartsWith("ke-", StringComparison.Ordinal)) return (w[3..], i + 1);
        return (w, i + 1);
    }

    /// <summary>A part's number from a figure, a Roman numeral, "ke-2", "kedua", "pertama", or a number word ("dua"); null otherwise.</summary>
    public static int? NumberOf(string token, Lexicon lexicon)
    {
        var t = token.Trim().ToLowerInvariant().TrimStart('-').Trim();
        if (t.StartsWith("ke-", StringComparison.Ordinal)) t = t[3..];
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n is >= 1 and <= MaxPart ? n : null;
        // A roman figure as the analysis chain reads it (canonical, up to XXXIX), here in any case.
        if (RomanFigureFilter.ValueOf(t.ToUpperInvariant()) is { } roman) return roman <= MaxPart ? roman : null;
        if (t is "pertama" or "kesatu") return 1;
        var word = t.StartsWith("ke", StringComparison.Ordinal) && SpelledValue(t[2..], lexicon) is not null ? t[2..] : t;
        return SpelledValue(word, lexicon);
    }

    // "tiga => 3" (bilangan-angka.txt), one-word numbers only: of two figures listed for one word, the later line's that is a part's.
    private static int? SpelledValue(string word, Lexicon lexicon)
    {
        var values = lexicon.Numbers.ValuesOf(word);
        for (var i = values.Count - 1; i >= 0; i--)
            if (values[i] <= MaxPart) return values[i];
        return null;
    }

    // One number, then more joined by commas, "dan", "&" or "serta": "iii dan iv", "ke-2", "kedua".
    [GeneratedRegex(@"^(?:ke\s*-?\s*)?(?<t>[\p{L}\d]+)(?:\s*(?:,|dan|&|serta)\s*(?:ke\s*-?\s*)?(?<t>[\p{L}\d]+))*")]
    private static partial Regex Listed();

    // "i–iv", "1-4": a span of parts.
    [GeneratedRegex(@"^(?:ke\s*-?\s*)?[\p{L}\d]+\s*[–-]\s*[\p{L}\d]")]
    private static partial Regex Span();
}
