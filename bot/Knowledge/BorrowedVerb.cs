namespace SmartCity.Bot.Knowledge;

/// <summary>
/// An English verb given an Indonesian verb prefix with a hyphen: "di-assess", "ng-update", "nge-review", "di-launching".
/// No document writes such a word, so read as written it is a rare unknown word that makes a programme question look
/// like one about something else. When what follows the prefix is a word of sinonim.txt (the
/// lexicon already says which document word an English verb means: "assess" → "dinilai"), the user means that word.
/// Prefixes: knowledge/lexicon/awalan-kata-kerja.txt and the colloquial ones of awalan-santai.txt.
/// </summary>
public static class BorrowedVerb
{
    private const string VerbPrefixFile = "awalan-kata-kerja";

    private const char Hyphen = '-';

    // A borrowed word shorter than this is too easily a piece of an Indonesian word.
    private const int MinRootLength = 3;

    /// <summary>
    /// The borrowed word <paramref name="word"/> carries after its prefix, or null: only for a word the documents do not
    /// have (<paramref name="documentsHave"/>) and the lexicon does not list as it is.
    /// </summary>
    public static string? RootOf(string word, Lexicon lexicon, Func<string, bool> documentsHave)
    {
        if (word.Length <= MinRootLength) return null;
        foreach (var prefix in Prefixes.For(lexicon))
        {
            // Only with the hyphen that marks the borrowed word: glued forms ("diupdate", "mereview") are as easily
            // Indonesian words, and staff list the ones users write in sinonim.txt.
            if (!word.StartsWith(prefix + Hyphen, StringComparison.Ordinal)) continue;
            var root = word[(prefix.Length + 1)..];
            if (root.Length < MinRootLength || !root.All(char.IsLetter) || !lexicon.Synonyms.TryGet(root, out _)) continue;
            return lexicon.Synonyms.TryGet(word, out _) || documentsHave(word) ? null : root;
        }
        return null;
    }

    // Longest first, though the hyphen already tells "nge-" from "ng-".
    private static readonly PerLexicon<string[]> Prefixes = new(lexicon =>
        (lexicon.Lists.TryGetValue(VerbPrefixFile, out var verbs) ? verbs : [])
            .Concat(lexicon.ColloquialPrefixes.Select(p => p.From))
            .Select(p => p.ToLowerInvariant()).Where(p => p.Length > 0).Distinct().OrderByDescending(p => p.Length).ToArray());
}
