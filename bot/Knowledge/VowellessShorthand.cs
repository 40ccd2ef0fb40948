namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Chat writes everyday words without their vowels ("wkt", "skrg", "pny"). A word of three to five letters with no
/// vowel stands for the one everyday word (a stop, function, common or question word of knowledge/lexicon, or a formal
/// word informal.txt maps to) that starts with its first letter, ends on its last consonant and is its consonants in
/// order, less a nasal or a doubled one. When two words fit, or none, it stands for nothing: most acronyms ("dprd", "bpjs") fit none. Only words the
/// documents do not have are read this way, so the documents' own acronyms ("PSC", "KPPN") stay themselves.
/// </summary>
public sealed class VowellessShorthand
{
    private const int MinLength = 3;
    private const int MaxLength = 5;

    // The written word drops at most this many consonants of the full one ("tgl" for "tanggal": n, g).
    private const int MaxDroppedConsonants = 2;

    private readonly Dictionary<string, string?> _byShorthand = new(StringComparer.Ordinal);
    private readonly Dictionary<char, string[]> _byFirstLetter;

    public VowellessShorthand(IEnumerable<string> everydayWords) =>
        _byFirstLetter = everydayWords.Select(w => w.Trim().ToLowerInvariant())
            .Where(w => w.Length > MinLength && !w.Contains(' ') && w.All(char.IsAsciiLetterLower) && w.Any(IsVowel))
            .Distinct().GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The everyday word <paramref name="word"/> stands for, or null.</summary>
    public string? Expand(string word)
    {
        if (word.Length is < MinLength or > MaxLength || word.Any(IsVowel) || !word.All(char.IsAsciiLetterLower)) return null;
        lock (_byShorthand)
        {
            if (_byShorthand.TryGetValue(word, out var known)) return known;
            var found = Find(word);
            _byShorthand[word] = found;
            return found;
        }
    }

    private string? Find(string word)
    {
        if (!_byFirstLetter.TryGetValue(word[0], out var candidates)) return null;
        string? only = null;
        foreach (var candidate in candidates)
        {
            if (!Fits(word, candidate)) continue;
            if (only is not null && only != candidate) return null;
            only = candidate;
        }
        return only;
    }

    // Chat drops vowels, and a nasal or a doubled consonant with them ("skrg", "tgl"); every other consonant is written.
    private static bool Fits(string shorthand, string word)
    {
        var consonants = word.Where(c => !IsVowel(c)).ToArray();
        if (consonants.Length == 0 || consonants[^1] != shorthand[^1] || consonants.Length > shorthand.Length + MaxDroppedConsonants) return false;
        var at = 0;
        for (var i = 0; i < consonants.Length; i++)
        {
            if (at < shorthand.Length && consonants[i] == shorthand[at]) at++;
            else if (consonants[i] != 'n' && (i == 0 || consonants[i] != consonants[i - 1])) return false;
        }
        return at == shorthand.Length;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
