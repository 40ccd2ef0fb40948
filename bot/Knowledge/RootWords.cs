using Lucene.Net.Analysis.Util;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Indonesian affixed forms of the root words in knowledge/lexicon/kata-dasar.txt, each mapped to its root. Lucene's
/// stemmer drops the first letter of roots whose first sound melts into me-/pe- ("memuat" → "uat", "menilai" → "ila",
/// "penilaian" → "tilai") and clips a root's own final -i ("dinilai" → "nila"), so "memuat", "dimuat" and "termuat"
/// would not meet. The forms are generated once, when the lexicon is read (me-/pe- with their sound changes, di-,
/// ter-, ber-, ke-, per-, then -kan, -an, -i and -nya), and looked up per token without allocating.
/// </summary>
public static class RootWords
{
    private static readonly string[] Suffixes = ["", "kan", "an", "i", "nya", "kannya", "annya", "inya", "lah"];

    private static readonly string[] PlainPrefixes = ["", "di", "ter", "ber", "ke", "per", "diper", "memper"];

    /// <summary>Every generated form of every root → the root (the root itself included).</summary>
    public static CharArrayDictionary<string> Forms(IEnumerable<string> roots)
    {
        var map = new CharArrayDictionary<string>(KnowledgeAnalyzers.Version, 1024, ignoreCase: true);
        foreach (var raw in roots)
        {
            var root = raw.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
            if (root.Length < 3) continue;
            foreach (var stem in Prefixed(root))
                foreach (var suffix in Suffixes)
                    // The first root listed keeps a form two roots could make.
                    if (!map.ContainsKey(stem + suffix)) map[stem + suffix] = root;
        }
        return map;
    }

    /// <summary>The root with each prefix, me-/pe- with the sound change its first letter takes.</summary>
    private static IEnumerable<string> Prefixed(string root)
    {
        foreach (var prefix in PlainPrefixes) yield return prefix + root;
        foreach (var nasal in Nasal(root))
        {
            yield return "me" + nasal;
            yield return "pe" + nasal;
        }
    }

    /// <summary>meN-/peN- without "me"/"pe": "muat" → "muat"; "nilai" → "nilai"; "tetap" → "netap"; "kelola" → "ngelola"; "pakai" → "makai"; "sebut" → "nyebut".</summary>
    private static IEnumerable<string> Nasal(string root)
    {
        var first = root[0];
        var rest = root[1..];
        switch (first)
        {
            case 'a' or 'e' or 'i' or 'o' or 'u' or 'g' or 'h':
                yield return "ng" + root;
                break;
            case 'k':
                yield return "ng" + rest;
                yield return "ng" + root;
                break;
            case 'p':
                yield return "m" + rest;
                yield return "m" + root;
                break;
            case 'b' or 'f' or 'v':
                yield return "m" + root;
                break;
            case 't':
                yield return "n" + rest;
                yield return "n" + root;
                break;
            case 'd' or 'c' or 'j' or 'z':
                yield return "n" + root;
                break;
            case 's':
                yield return "ny" + rest;
                yield return "ny" + root;
                break;
            default:
                // m, n, ny, ng, l, r, w, y: "memuat", "menilai", "melapor", "merekam".
                yield return root;
                break;
        }
    }
}
