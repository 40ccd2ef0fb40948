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

    /// <remarks>Endings one edit apart ("konsultsi") are a slip, not another word; a swap of two letters counts as one
    /// edit, as in the index's own typo reading.</remarks>
    public static bool AreSiblings(string word, string other)
    {
        if (word == other || !Lexicon.Current.Lists.TryGetValue(EndingsFile, out var endings)) return false;
        var shared = 0;
        while (shared < word.Length && shared < other.Length && word[shared] == other[shared]) shared++;
        for (var cut = shared; cut >= Math.Max(MinSharedLength, shared - MaxBacktrack); cut--)
            if (IsEnding(endings, word[cut..]) && IsEnding(endings, other[cut..]) && Regions.RegionResolver.Distance(word[cut..], other[cut..]) > 1) return true;
        return false;
    }

    private static bool IsEnding(IReadOnlyList<string> endings, string tail) =>
        tail.Length > 0 && endings.Contains(tail, StringComparer.Ordinal);
}
