using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using static SmartCity.Bot.Knowledge.FlatText;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A form staff filled in (a profile of an innovation, a proposal sheet): a table with no header row whose rows are a
/// label and its answer, often numbered in a first column ("1. | Nama Inovasi | SIGAP …"). Read as a table, its first
/// row was taken for column names and every answer was glued under them into one passage. Each label is a section
/// instead, under the answer of the first row, which names what the form is about: "… › SIGAP Nelayan › Pilar".
/// </summary>
internal static partial class DocxForm
{
    private const int MinFields = 3;
    private const int MaxLabelWords = 6;
    private const int MaxSubjectWords = 16;

    /// <summary>The form's fields (label, answer paragraphs) when the table is one, else null.</summary>
    public static IReadOnlyList<(string Label, IReadOnlyList<string> Answer)>? Fields(Table table, DocxContent content)
    {
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();
        if (rows.Count < MinFields) return null;
        // A first column of running numbers ("1.", "2)", "a.") counts the fields; it is no column of values.
        var numbered = rows.All(r => r.Count == 3 && FieldNumber().IsMatch(Cell(r[0])));
        var fields = rows.Select(r => numbered ? r.Skip(1).ToList() : r).ToList();
        if (fields.Any(r => r.Count != 2) || fields.Any(r => !IsLabel(Cell(r[0])))) return null;
        if (fields.Count(r => Cell(r[1]).Length > 0) < MinFields) return null;
        // Without numbers, labels all in bold beside answers none of which is tell a form from a table whose header
        // row is bold across.
        if (!numbered && !(fields.All(r => AllBold(r[0], content)) && !fields.Any(r => AllBold(r[1], content)))) return null;
        return fields.Select(r => (Cell(r[0]).TrimEnd(':').Trim(), Answer(r[1]))).ToList();
    }

    /// <summary>The form as sections: the first answer names the subject, each label heads its answer below it.</summary>
    public static void Append(StringBuilder markdown, IReadOnlyList<(string Label, IReadOnlyList<string> Answer)> fields, int level)
    {
        var subject = string.Join(' ', fields[0].Answer);
        var named = subject.Split(' ').Length <= MaxSubjectWords;
        if (named) markdown.Append(new string('#', Math.Min(level, 5) + 1)).Append(' ').AppendLine(subject).AppendLine();
        var fieldLevel = named ? level + 1 : level;
        foreach (var (label, answer) in fields)
        {
            if (answer.Count == 0) continue;
            markdown.Append(new string('#', Math.Min(fieldLevel, 5) + 1)).Append(' ').AppendLine(label).AppendLine();
            foreach (var line in answer) markdown.AppendLine(line).AppendLine();
        }
    }

    private static bool IsLabel(string text) =>
        text.Length > 0 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords && !text.EndsWith('.');

    private static string Cell(TableCell cell) => Flat(string.Join(' ', DocxContent.Blocks(cell).OfType<Paragraph>().Select(DocxContent.Text)));

    /// <summary>An answer's paragraphs, list items kept as items and ticked choices read as the options chosen.</summary>
    private static IReadOnlyList<string> Answer(TableCell cell)
    {
        var paragraphs = DocxContent.Blocks(cell).OfType<Paragraph>().Select(p => (Text: Flat(DocxContent.Text(p)), Item: p.ParagraphProperties?.NumberingProperties is not null))
            .Where(p => p.Text.Length > 0).ToList();
        // Options one per paragraph ("☐ Smart Governance", "☒ Smart Economy") are one choice.
        var chosen = Choices.Chosen(string.Join(' ', paragraphs.Select(p => p.Text)));
        if (chosen is not null) return [chosen];
        return paragraphs.Select(p => (p.Item ? "- " : "") + p.Text).ToList();
    }

    private static bool AllBold(TableCell cell, DocxContent content) =>
        DocxContent.Blocks(cell).OfType<Paragraph>().Where(p => DocxContent.Text(p).Trim().Length > 0).ToList() is { Count: > 0 } ps && ps.All(content.AllBold);

    [GeneratedRegex(@"^(?:\d{1,2}|[a-z])[.)]?$")]
    private static partial Regex FieldNumber();
}

/// <summary>
/// Options with tick boxes ("☐ Inisiatif ☐ Uji coba ☒ Penerapan"): a reader sees the option ticked, not the list of
/// all options. Word writes the boxes as checkbox content controls (☒/☐ glyphs), Wingdings symbols or legacy form
/// fields; <see cref="DocxContent.Text"/> turns each into a ☒ or ☐.
/// </summary>
internal static partial class Choices
{
    public const char Ticked = '☒', Empty = '☐';

    /// <summary>The ticked options joined ("Smart Economy"), with any label before the first box; null unless the text holds both ticked and empty boxes.</summary>
    public static string? Chosen(string text)
    {
        var parts = Boxes().Split(text);
        var marks = Boxes().Matches(text).Select(m => m.Value[0]).ToList();
        if (!marks.Any(IsTicked) || marks.All(IsTicked)) return null;
        var chosen = marks.Select((mark, i) => (mark, option: parts[i + 1].Trim().TrimEnd(',', ';').Trim()))
            .Where(o => IsTicked(o.mark) && o.option.Length > 0).Select(o => o.option).ToList();
        if (chosen.Count == 0) return null;
        var lead = parts[0].Trim();
        return (lead.Length > 0 ? lead + " " : "") + string.Join(", ", chosen);
    }

    private static bool IsTicked(char mark) => mark is not (Empty or '□' or '▢');

    [GeneratedRegex("[☐☒☑✅✔✓□▢]")]
    private static partial Regex Boxes();
}
