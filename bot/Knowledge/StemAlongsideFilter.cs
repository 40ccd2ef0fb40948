using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Each word as written, then its Indonesian stem at the same position when it differs: the stemmer clips place names
/// ("Kediri" → "diri"), the word as written keeps them exact. Does what KeywordRepeatFilter + IndonesianStemFilter +
/// RemoveDuplicatesTokenFilter do, without cloning every token's attributes (the top cost of indexing and of
/// analysing a question with that chain).
/// </summary>
public sealed class StemAlongsideFilter : TokenFilter
{
    private readonly IndonesianStemmer _stemmer = new();
    private readonly CharArrayDictionary<string>? _roots;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IKeywordAttribute _keyword;
    private char[] _stem = new char[32];
    private int _stemLength = -1;

    /// <param name="roots">Affixed forms of known root words → the root (<see cref="RootWords"/>): used instead of the stemmer's guess.</param>
    public StemAlongsideFilter(TokenStream input, CharArrayDictionary<string>? roots = null) : base(input)
    {
        _roots = roots;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_stemLength >= 0)
        {
            _term.CopyBuffer(_stem, 0, _stemLength);
            _position.PositionIncrement = 0;
            _stemLength = -1;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword) return true;
        var length = _term.Length;
        if (_stem.Length < length) _stem = new char[Math.Max(length, _stem.Length * 2)];
        _term.Buffer.AsSpan(0, length).CopyTo(_stem);
        var stemmed = StemOf(length);
        if (stemmed > 0 && !_term.Buffer.AsSpan(0, length).SequenceEqual(_stem.AsSpan(0, stemmed))) _stemLength = stemmed;
        return true;
    }

    /// <summary>The stem of the word in <c>_stem</c>: its root when it is a known form of one, else the stemmer's.</summary>
    private int StemOf(int length)
    {
        if (_roots is not null && _roots.TryGetValue(_stem, 0, length, out var root))
        {
            if (_stem.Length < root.Length) _stem = new char[root.Length];
            root.CopyTo(0, _stem, 0, root.Length);
            return root.Length;
        }
        return _stemmer.Stem(_stem, length, stemDerivational: true);
    }

    public override void Reset()
    {
        base.Reset();
        _stemLength = -1;
    }
}
