using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Abbreviations a document defines once — "Sistem Parkir Terpadu (SPT)", "OTP (one-time password)", or a glossary row
/// "Singkatan: SPBE; Kepanjangan: Sistem Pemerintahan Berbasis Elektronik" — and then uses alone in later sections.
/// A section is read (and searched) on its own, so the first bare use in each section gets its long form in
/// parentheses: a reader of that one answer learns what "KSW" is, and a question naming either form finds it.
/// A long form is accepted only when the abbreviation's letters occur in it in order, the first at a word start
/// (Schwartz &amp; Hearst, 2003), over at least two words: "(Bali)" after "Provinsi Bali" defines nothing.
/// </summary>
public static partial class Abbreviations
{
    private const int MaxLength = 12;
    private const int MaxLongFormWords = 10;

    /// <summary>
    /// Every abbreviation defined somewhere in <paramref name="bodies"/>, with its long form (first definition wins),
    /// except one whose long form the document's <paramref name="title"/> spells out: every section is searched with its
    /// title already, and repeating the name in each would only make them all look alike.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Defined(IEnumerable<string> bodies, string title)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var body in bodies)
        {
            foreach (Match m in LongThenShort().Matches(body))
                if (LongForm(m.Groups["short"].Value, m.Groups["before"].Value) is { } longForm) found.TryAdd(m.Groups["short"].Value, longForm);
            foreach (Match m in ShortThenLong().Matches(body))
                if (IsAcronym(m.Groups["short"].Value) && Spells(m.Groups["short"].Value, m.Groups["long"].Value.Trim()))
                    found.TryAdd(m.Groups["short"].Value, m.Groups["long"].Value.Trim());
            foreach (var line in body.Split('\n'))
                Row(line, found);
        }
        foreach (var (abbreviation, longForm) in found)
            if (title.Contains(longForm, StringComparison.OrdinalIgnoreCase)) found.Remove(abbreviation);
        return found;
    }

    /// <summary>
    /// The section's text with the first bare use of each defined abbreviation followed by its long form, unless the
    /// section already spells the long form out.
    /// </summary>
    public static string Expand(string body, IReadOnlyDictionary<string, string> defined)
    {
        foreach (var (abbreviation, longForm) in defined)
        {
            if (body.Contains(longForm, StringComparison.OrdinalIgnoreCase)) continue;
            var use = new Regex($@"(?<![\p{{L}}\p{{N}}_@./-]){Regex.Escape(abbreviation)}(?![\p{{L}}\p{{N}}_@-]|\s*\()");
            if (use.Match(body) is { Success: true } m) body = body.Insert(m.Index + m.Length, $" ({longForm})");
        }
        return body;
    }

    /// <summary>A table or definition-list line ("- A: x; B: y", "- term: definition") whose cells pair an abbreviation with its long form.</summary>
    private static void Row(string line, Dictionary<string, string> found)
    {
        var text = line.TrimStart();
        if (!text.StartsWith("- ", StringComparison.Ordinal)) return;
        var cells = text[2..].Split("; ").Select(c => c.Contains(": ") ? c[(c.IndexOf(": ", StringComparison.Ordinal) + 2)..].Trim() : c.Trim()).ToList();
        // A "term: definition" item is one cell holding both.
        if (cells.Count == 1 && text.IndexOf(": ", StringComparison.Ordinal) is > 2 and var colon)
            cells = [text[2..colon].Trim(), text[(colon + 2)..].Trim()];
        foreach (var shortForm in cells)
        {
            if (!IsWord(shortForm)) continue;
            foreach (var longForm in cells)
                if (longForm != shortForm && Spells(shortForm, longForm)) { found.TryAdd(shortForm, longForm); break; }
        }
    }

    /// <summary>The shortest tail of <paramref name="before"/> that spells <paramref name="abbreviation"/>, or null.</summary>
    private static string? LongForm(string abbreviation, string before)
    {
        if (!IsAcronym(abbreviation)) return null;
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = 2; n <= Math.Min(MaxLongFormWords, words.Length); n++)
        {
            var candidate = string.Join(' ', words[^n..]);
            if (char.ToLowerInvariant(candidate[0]) == char.ToLowerInvariant(abbreviation[0]) && Spells(abbreviation, candidate)) return candidate;
        }
        return null;
    }

    // In running text only an acronym (a second capital: KSW, MoU, SPBE) is taken for an abbreviation: a capitalised
    // word in parentheses is as often a name ("(Bali)"). A glossary row pairs its cells explicitly, so any one word
    // there (Dishub, Bappelitbang) may be one.
    private static bool IsAcronym(string word) => IsWord(word) && word.Skip(1).Any(char.IsUpper);

    private static bool IsWord(string word) =>
        word.Length is >= 2 and <= MaxLength && char.IsUpper(word[0]) && word.All(char.IsLetterOrDigit);

    /// <summary>
    /// The abbreviation's letters occur in the long form in order, its first letter at the long form's start, and the
    /// long form has at least two words.
    /// </summary>
    internal static bool Spells(string abbreviation, string longForm)
    {
        var words = longForm.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > MaxLongFormWords || longForm.Length <= abbreviation.Length) return false;
        var lower = longForm.ToLowerInvariant();
        var a = abbreviation.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray();
        if (a.Length == 0 || lower[0] != a[0]) return false;
        var at = lower.Length - 1;
        for (var i = a.Length - 1; i >= 0; i--)
        {
            // The first letter must begin a word; the others anywhere, scanning back from the end.
            while (at >= 0 && (lower[at] != a[i] || (i == 0 && at > 0 && char.IsLetterOrDigit(lower[at - 1])))) at--;
            if (at < 0) return false;
            at--;
        }
        return true;
    }

    // "… Long Form Words (ABBR)": up to ten words before the parenthesis, in one sentence.
    [GeneratedRegex(@"(?<before>(?:[\p{L}\p{N}][\p{L}\p{N}'’-]*[ ]){2,10})\((?<short>[\p{L}\p{N}]{2,12})\)")]
    private static partial Regex LongThenShort();

    // "ABBR (long form words)".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<short>\p{Lu}[\p{L}\p{N}]{1,11}) \((?<long>[\p{L}][\p{L}\p{N} '’-]{3,80})\)")]
    private static partial Regex ShortThenLong();
}
