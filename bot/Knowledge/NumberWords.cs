using System.Globalization;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// The numbers of knowledge/lexicon/bilangan-angka.txt ("tiga => 3", "dua belas => 12"), read once per lexicon: every
/// line's word(s) and figure in the file's order, looked up both ways. Three readings share it — a figure in a question
/// also seeking its word (<see cref="Lexicon.FiguresAsWords"/>), the ordinal a figure writes ("ke-3" = "ketiga",
/// <see cref="OrdinalBinding"/>) and a part's number spelled out ("tahap dua", <see cref="NumberedPart"/>). A word or a
/// figure listed twice keeps all its lines; each reading picks among them as it always did (the last line that fits).
/// </summary>
public sealed class NumberWords
{
    public const string FileName = "bilangan-angka";

    /// <summary>One line: the number's word(s) as written, its figure as written, and the figure's value.</summary>
    public sealed record Entry(string Words, string Figure, int Value)
    {
        /// <summary>A number of one word ("tiga"), not a phrase ("dua belas").</summary>
        public bool OneWord => !Words.Contains(' ');
    }

    public static readonly NumberWords None = new([]);

    private readonly Dictionary<string, List<int>> _valuesByWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, List<string>> _wordsByValue = [];

    private NumberWords(IReadOnlyList<Entry> entries)
    {
        Entries = entries;
        foreach (var entry in entries.Where(e => e.OneWord))
        {
            (_valuesByWord.TryGetValue(entry.Words, out var values) ? values : _valuesByWord[entry.Words] = []).Add(entry.Value);
            (_wordsByValue.TryGetValue(entry.Value, out var words) ? words : _wordsByValue[entry.Value] = []).Add(entry.Words);
        }
    }

    /// <summary>Every well-formed line, in the file's order.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>"kata => angka" lines; a line that is not one (a comment, a slip) is skipped.</summary>
    public static NumberWords Parse(IEnumerable<string> lines)
    {
        var entries = new List<Entry>();
        foreach (var line in lines)
            if (line.Split("=>", StringSplitOptions.TrimEntries) is [var words, var figure] && figure.Length > 0
                && int.TryParse(figure, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                entries.Add(new(words, figure, value));
        return new(entries);
    }

    /// <summary>The values a one-word number is listed with (any case), in the file's order; empty when it is not listed.</summary>
    public IReadOnlyList<int> ValuesOf(string word) => _valuesByWord.TryGetValue(word, out var values) ? values : [];

    /// <summary>The one-word numbers listed with a value, as written, in the file's order; empty when none is.</summary>
    public IReadOnlyList<string> WordsFor(int value) => _wordsByValue.TryGetValue(value, out var words) ? words : [];
}
