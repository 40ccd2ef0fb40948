using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A stage, chapter or rank numbered in roman figures ("Tahap III", "BAB IV", "Juara I") also stands as its arabic
/// number at the same position, so "tahap 3" meets "Tahap III" and "tahap III" meets "Tahap 3". Runs before lower-casing:
/// a lone "I", "V" or "X" counts only in capitals, since lower-case it is a letter ("3 x 3 meter"); figures of two or
/// more letters ("ii", "iv", "xii") are no Indonesian word and count in either case, as users type them.
/// </summary>
public sealed class RomanFigureFilter : TokenFilter
{
    private const int Largest = 39; // XXXIX: stages, chapters and ranks never run further
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private string? _arabic;

    public RomanFigureFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_arabic is not null)
        {
            _term.SetEmpty().Append(_arabic);
            _position.PositionIncrement = 0;
            _arabic = null;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (ValueOf(_term.Buffer.AsSpan(0, _term.Length)) is { } value)
            _arabic = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _arabic = null;
    }

    /// <summary>The value of a word written as a roman figure (see the class), or null.</summary>
    public static int? ValueOf(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > 6) return null;
        if (word.Length == 1 && !char.IsUpper(word[0])) return null;
        var upper = char.IsUpper(word[0]);
        foreach (var c in word)
            if (char.IsUpper(c) != upper) return null; // "Xi", "iV": a name or a typo, not a figure
        var total = Sum(word);
        return total is > 0 and <= Largest && Canonical(total).AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase) ? total : null;
    }

    /// <summary>
    /// The figure's value by the subtractive rule (a smaller figure before a larger one counts against it), in either
    /// case; 0 when a letter is no figure. The document loader reads chapter numbers with it too.
    /// </summary>
    internal static int Sum(ReadOnlySpan<char> figure)
    {
        int total = 0, previous = int.MaxValue;
        foreach (var c in figure)
        {
            var v = char.ToUpperInvariant(c) switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
            if (v == 0) return 0;
            total += v > previous ? v - 2 * previous : v;
            previous = v;
        }
        return total;
    }

    // Only the canonical spelling is a figure: "IIII" or "VX" are not.
    private static string Canonical(int n)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (value, figure) in new[] { (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (n >= value) { text.Append(figure); n -= value; }
        return text.ToString();
    }
}
