using System.Text.RegularExpressions;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// Chat stretches a word for tone ("apaaa", "kapannn", "ituu", "dongg", "gmnaaa"): the word itself, so the recognizer,
/// the informal list and the documents meet it. Indonesian words do not end in a doubled letter, so a final letter
/// written three times or more is one, and a final a/i/u/h/g written twice is one; a letter written three times or more
/// inside a word is one. Words touching an address ("andii@…", "www.…"), roman numerals ("iii") and words of one letter
/// ("www") stay as written; e, o and the other consonants doubled at the end stay too (English "free", "too", "call").
/// </summary>
public static partial class Elongation
{
    public static string Collapse(string text) => text.Length < 3 ? text : Word().Replace(text, m => CollapseWord(m.Value));

    private static string CollapseWord(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Distinct().Count() < 2 || RomanNumeral().IsMatch(lower)) return word;
        var collapsed = Inner().Replace(word, "$1");
        var last = char.ToLowerInvariant(collapsed[^1]);
        var run = 1;
        while (run < collapsed.Length && char.ToLowerInvariant(collapsed[^(run + 1)]) == last) run++;
        return run >= 3 || run == 2 && "aiuhg".Contains(last) && collapsed.Length > 3 ? collapsed[..^(run - 1)] : collapsed;
    }

    // A word of letters not joined to an address, a number or a path ("nama@contoh.id", "www.x.go.id", "b2").
    [GeneratedRegex(@"(?<![\p{L}\p{N}@._/\-])\p{L}{3,}(?![\p{L}\p{N}@_/\-]|\.[\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // Three or more of one letter before another letter: one.
    [GeneratedRegex(@"(\p{L})\1{2,}(?=\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Inner();

    [GeneratedRegex("^[ivxlcdm]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();
}
