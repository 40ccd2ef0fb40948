namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Two words of one family: the same beginning with different derivational endings (knowledge/lexicon/akhiran-turunan.txt),
/// "konsultan" and "konsultasi". They are near in spelling but different words, so one is no typo of the other.
/// </summary>
public static class WordFamily
{
    private const string EndingsFile = "akhiran-turunan";
    // The shared beginning must be a word's body, not one or two letters ("ia" / "ini").
    private const int MinSharedLength = 4;
    // How far before the first difference the shared body may end: "konsulta-n" / "konsulta-si" share "konsult".
    private const int MaxBacktrack = 3;

    public static bool AreSiblings(string word, string other)
    {
        if (word == other || !Lexicon.Current.Lists.TryGetValue(EndingsFile, out var endings)) return false;
        var shared = 0;
        while (shared < word.Length && shared < other.Length && word[shared] == other[shared]) shared++;
        for (var cut = shared; cut >= Math.Max(MinSharedLength, shared - MaxBacktrack); cut--)
            if (IsEnding(endings, word[cut..]) && IsEnding(endings, other[cut..]) && Distance(word[cut..], other[cut..]) > 1) return true;
        return false;
    }

    /// <summary>Edits between two short endings: one letter apart ("konsultsi") is a slip, not another word.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    private static bool IsEnding(IReadOnlyList<string> endings, string tail) =>
        tail.Length > 0 && endings.Contains(tail, StringComparer.Ordinal);
}
