using DocumentFormat.OpenXml.Wordprocessing;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A legal outline numbered by Word itself ("1." chapters over "1.1" clauses, from a two-level list in numbering.xml):
/// no number is typed into the text, so without this the chapters read as bullet items and the clauses that cite one
/// another ("sebagaimana dimaksud pada butir 2.1") pointed at numbers nowhere in the text. The numbers are counted the
/// way Word shows them, from each level's start and format; a chapter is an outermost item set wholly in bold that is
/// no sentence and has items one level below it.
/// </summary>
internal sealed class DocxOutline
{
    private readonly Dictionary<Paragraph, string> _labels = [];
    private readonly HashSet<Paragraph> _chapters = [];
    private readonly HashSet<int> _outlineLists = [];

    public DocxOutline(Numbering? numbering, IReadOnlyList<Paragraph> paragraphs, DocxContent content)
    {
        var levels = Levels(numbering);
        var counters = new Dictionary<int, int[]>();
        foreach (var paragraph in paragraphs)
        {
            if (Reference(paragraph) is not var (list, depth) || !levels.TryGetValue(list, out var formats) || depth >= formats.Count) continue;
            var count = counters.TryGetValue(list, out var c) ? c : counters[list] = formats.Select(f => f.Start - 1).ToArray();
            count[depth]++;
            for (var deeper = depth + 1; deeper < count.Length; deeper++) count[deeper] = formats[deeper].Start - 1;
            // Only a label built from a level above it ("%1.%2.") is an outline number a text cites; "a." or "1." alone is a list's.
            if (formats[depth].Text.Contains($"%{depth}") && depth > 0) _outlineLists.Add(list);
            _labels[paragraph] = Label(formats, count, depth);
        }
        for (var i = 0; i < paragraphs.Count; i++)
            if (Reference(paragraphs[i]) is (var list, 0) && _outlineLists.Contains(list) && IsChapterLine(paragraphs[i], content) &&
                paragraphs.Skip(i + 1).FirstOrDefault(p => Reference(p)?.List == list) is { } next && Reference(next)?.Depth == 1)
                _chapters.Add(paragraphs[i]);
    }

    /// <summary>An outermost item of an outline that heads the clauses under it.</summary>
    public bool IsChapter(Paragraph paragraph) => _chapters.Contains(paragraph);

    /// <summary>The number Word shows before an item of an outline list ("2.1"), or null for any other paragraph.</summary>
    public string? Number(Paragraph paragraph) =>
        Reference(paragraph) is var (list, _) && _outlineLists.Contains(list) && _labels.TryGetValue(paragraph, out var label) ? label : null;

    /// <summary>The label Word shows before any numbered item ("c."), or null for a paragraph of no list or a bullet.</summary>
    public string? Label(Paragraph paragraph) =>
        _labels.TryGetValue(paragraph, out var label) && label.Any(char.IsLetterOrDigit) ? label : null;

    /// <summary>How many list levels an outline item sits below its chapter heading (clauses under "2." are at the top).</summary>
    public int Depth(Paragraph paragraph) => Reference(paragraph) is var (list, depth) && _outlineLists.Contains(list) ? Math.Max(0, depth - 1) : -1;

    private static bool IsChapterLine(Paragraph paragraph, DocxContent content)
    {
        var text = DocxContent.Text(paragraph).Trim();
        return text.Length > 0 && text.Split(' ').Length <= MaxChapterWords && !".:;,?".Contains(text[^1]) && content.AllBold(paragraph);
    }

    private const int MaxChapterWords = 10;

    private static (int List, int Depth)? Reference(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.NumberingProperties is { NumberingId.Val.Value: var list } numbered && list > 0
            ? (list, numbered.NumberingLevelReference?.Val?.Value ?? 0) : null;

    private sealed record Level(string Format, string Text, int Start);

    /// <summary>Each list's levels (format, label pattern, start), through its abstract definition.</summary>
    private static Dictionary<int, List<Level>> Levels(Numbering? numbering)
    {
        if (numbering is null) return [];
        var abstracts = numbering.Elements<AbstractNum>().Where(a => a.AbstractNumberId?.Value is not null)
            .GroupBy(a => a.AbstractNumberId!.Value).ToDictionary(g => g.Key, g => g.First());
        var lists = new Dictionary<int, List<Level>>();
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } id || instance.AbstractNumId?.Val?.Value is not { } abstractId || !abstracts.TryGetValue(abstractId, out var definition)) continue;
            lists[id] = definition.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>().OrderBy(l => l.LevelIndex?.Value ?? 0)
                .Select(l => new Level(l.NumberingFormat?.Val?.InnerText ?? "decimal", l.LevelText?.Val?.Value ?? "", l.StartNumberingValue?.Val?.Value ?? 1)).ToList();
        }
        return lists;
    }

    /// <summary>The label pattern with each "%n" replaced by level n's count in that level's format; "2.1." shows as "2.1".</summary>
    private static string Label(IReadOnlyList<Level> formats, int[] count, int depth)
    {
        var label = formats[depth].Text;
        for (var level = 0; level <= depth; level++)
            label = label.Replace($"%{level + 1}", Figure(formats[level].Format, Math.Max(1, count[level])));
        return label.Length > 1 && label.Count(ch => ch == '.') > 1 ? label.TrimEnd('.') : label;
    }

    private static string Figure(string format, int value) => format switch
    {
        "lowerLetter" => ((char)('a' + (value - 1) % 26)).ToString(),
        "upperLetter" => ((char)('A' + (value - 1) % 26)).ToString(),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Roman(int value)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (number, figure) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            for (; value >= number; value -= number) text.Append(figure);
        return text.ToString();
    }
}
