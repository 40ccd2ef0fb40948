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
public sealed class StemAlongsideFilter : TokenFilter
{
    private readonly IndonesianStemmer _stemmer = new();
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IKeywordAttribute _keyword;
    private char[] _stem = new char[32];
    private int _stemLength = -1;

    public StemAlongsideFilter(TokenStream input) : base(input)
    {
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
        var stemmed = _stemmer.Stem(_stem, length, stemDerivational: true);
        if (stemmed > 0 && !_term.Buffer.AsSpan(0, length).SequenceEqual(_stem.AsSpan(0, stemmed))) _stemLength = stemmed;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _stemLength = -1;
    }
}
