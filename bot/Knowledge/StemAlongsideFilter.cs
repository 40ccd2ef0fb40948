using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.TokenAttributes;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Each word as written, then its Indonesian stem at the same position when it differs: the stemmer clips place names
/// ("Kediri" → "diri"), the word as written keeps them exact. Does what KeywordRepeatFilter + IndonesianStemFilter +
/// RemoveDuplicatesTokenFilter do, without cloning every token's attributes (the top cost of indexing and of
/// analysing a question with that chain).
/// </summary>
/// <remarks>
/// Lucene's stemmer drops a nasal prefix before a vowel without restoring the root's first letter ("memuat" → "uat",
/// "meminta" → "inta"), so the active verb never meets its passive ("dimuat" → "muat") or its root. When the root
/// itself begins with the nasal (m- after mem-/pem-, n- after men-/pen-), that root — stemmed as its di- form — is added at
/// the same position. The other readings (p-, t-, k-) are left out: they tie words far apart in meaning
/// ("menuju" with "tujuan") and moved answers of the tuning sets.
/// </remarks>
public sealed class StemAlongsideFilter : TokenFilter
{
    private static readonly (string Prefix, string[] Initials)[] NasalPrefixes =
    [
        ("mem", ["m"]), ("men", ["n"]), ("pem", ["m"]), ("pen", ["n"]),
    ];

    // A restored root shorter than this is as likely another word as the root.
    private const int MinRestoredLength = 4;

    private readonly IndonesianStemmer _stemmer = new();
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IKeywordAttribute _keyword;
    private readonly Queue<string> _pending = new();
    private char[] _stem = new char[32];

    public StemAlongsideFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.TryDequeue(out var next))
        {
            _term.SetEmpty().Append(next);
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword) return true;
        var word = _term.ToString();
        var stem = Stem(word);
        if (stem != word) _pending.Enqueue(stem);
        foreach (var root in RestoredRoots(word))
            if (root != word && root != stem && !_pending.Contains(root)) _pending.Enqueue(root);
        return true;
    }

    private string Stem(string word)
    {
        if (_stem.Length < word.Length) _stem = new char[Math.Max(word.Length, _stem.Length * 2)];
        word.AsSpan().CopyTo(_stem);
        var stemmed = _stemmer.Stem(_stem, word.Length, stemDerivational: true);
        return stemmed > 0 ? new string(_stem, 0, stemmed) : word;
    }

    /// <summary>The stems of the roots a nasal prefix before a vowel may stand for, each stemmed as its di- form.</summary>
    private IEnumerable<string> RestoredRoots(string word)
    {
        foreach (var (prefix, initials) in NasalPrefixes)
        {
            if (word.Length < prefix.Length + 3 || !word.StartsWith(prefix, StringComparison.Ordinal) || !IsVowel(word[prefix.Length])) continue;
            foreach (var initial in initials)
            {
                var root = initial + word[prefix.Length..];
                // A pe-…-an noun ("pemilihan") is its verb's root with -an ("pilih"); "di" + root is the passive the stemmer reads well.
                foreach (var form in root.EndsWith("an", StringComparison.Ordinal) ? [root, root[..^2]] : new[] { root })
                    // A stem no longer opening with the root (a particle clipped: "di-nikah" read as "dini" + "-kah") is not it.
                    if (Stem("di" + form) is { Length: >= MinRestoredLength } stem && stem.StartsWith(root[..3], StringComparison.Ordinal)) yield return stem;
            }
            yield break; // the longest prefix that fits is the one the word has
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
    }
}
