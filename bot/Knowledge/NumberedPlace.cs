using System.Globalization;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A list whose lines are labelled by a numbered noun ("Fase II (2025): …", "Kelompok Kerja II (…) menyiapkan …")
/// asked about one place of it ("fase 2 ngapain", "kelompok 2 tugasnya apa"): that line, not the whole list, whether
/// the question or the document writes the number in roman or arabic figures.
/// </summary>
public static class NumberedPlace
{
    // Not NumberedPart's reading, though both read "noun + number": this one takes any word of three letters or more as the
    // noun (a list's own label), every pair the question names, numbers up to 39 and Roman figures only in one case, and
    // matches a label at the start of a list line; NumberedPart takes only the part nouns of bagian-bernomor.txt, the first
    // pair not after an order word, "ke-2", numbers up to 30, Roman figures in any case, and reads lists and spans inside a
    // clause. One reader would carry each of these as a switch and change answers if any were shared.

    private const int LabelWords = 3; // "Kelompok Kerja II": the number closes a label of at most three words
    private const int Largest = 39;   // as RomanFigureFilter: stages, groups and phases never run further; a year is no place
    private static readonly char[] Marks = ['(', ')', ':', '.', ',', ';', '*', '_'];

    /// <summary>The lines labelled by the places the question numbers, or null when it numbers none of the list's nouns.</summary>
    public static List<string>? Lines(string question, IReadOnlyList<string> items)
    {
        if (items.Count < 2) return null;
        var bracketed = Lexicon.Current.Lists.TryGetValue(BracketedFile, out var nouns) ? nouns.ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        foreach (var noun in Asked(question).GroupBy(a => a.Noun))
        {
            var labels = items.Select(i => bracketed.Contains(noun.Key) ? Bracketed(i) : Label(i, noun.Key)).ToList();
            if (labels.Count(l => l is not null) < 2) continue;
            var numbers = noun.Select(a => a.Number).ToHashSet();
            var lines = bracketed.Contains(noun.Key) ? WithPoints(items, labels, numbers) : items.Where((_, k) => labels[k] is { } n && numbers.Contains(n)).ToList();
            if (lines.Count > 0 && lines.Count < items.Count) return lines;
        }
        return null;
    }

    /// <summary>
    /// The nouns whose number a line writes in brackets before its text (knowledge/lexicon/bagian-berkurung.txt): a
    /// regulation's "(3) Quick win ditetapkan …" is its ayat 3, though the line never says "ayat".
    /// </summary>
    public const string BracketedFile = "bagian-berkurung";

    // An ayat asked is its line and the points under it ("(3) … terdiri atas:", "a. …", "b. …"), up to the next ayat.
    private static List<string> WithPoints(IReadOnlyList<string> items, List<int?> labels, HashSet<int> numbers)
    {
        var lines = new List<string>();
        var inside = false;
        for (var k = 0; k < items.Count; k++)
        {
            if (labels[k] is { } n) inside = numbers.Contains(n);
            if (inside) lines.Add(items[k]);
        }
        return lines;
    }

    // "fase 2", "kelompok ii": a word of letters right before a number in figures.
    private static IEnumerable<(string Noun, int Number)> Asked(string question)
    {
        var words = question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Marks)).ToList();
        for (var i = 1; i < words.Count; i++)
            if (Number(words[i]) is { } n && words[i - 1].Length >= 3 && words[i - 1].All(char.IsLetter))
                yield return (words[i - 1].ToLowerInvariant(), n);
    }

    // "(3) Quick win …" → 3: the bracketed number opening a line.
    private static int? Bracketed(string item)
    {
        var first = item.TrimStart().Split(' ', 2)[0];
        return first.Length > 2 && first[0] == '(' && first[^1] == ')' ? Number(first[1..^1]) : null;
    }

    // The number a line's label gives the noun: "Fase II (2025): …" → 2 for "fase".
    private static int? Label(string item, string noun)
    {
        var words = item.Split(' ', LabelWords + 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !words[0].Trim(Marks).Equals(noun, StringComparison.OrdinalIgnoreCase)) return null;
        for (var j = 1; j < Math.Min(words.Length, LabelWords + 1); j++)
        {
            var word = words[j].Trim(Marks);
            if (Number(word) is { } n) return n;
            if (!word.All(char.IsLetter) || word.Length == 0) return null;
        }
        return null;
    }

    private static int? Number(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n is > 0 and <= Largest ? n : null
            : RomanFigureFilter.ValueOf(word);
}
