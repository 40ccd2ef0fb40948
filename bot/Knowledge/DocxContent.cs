using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static SmartCity.Bot.Knowledge.FlatText;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// What a reader of a DOCX sees, as opposed to what its XML holds: tracked deletions left out (changes as if
/// accepted), tabs and line breaks as separators instead of gluing words, content controls opened, and bold that comes
/// from a paragraph or character style (an office template's own heading style) counted like direct bold.
/// </summary>
internal sealed partial class DocxContent
{
    private readonly HashSet<string> _boldStyles;
    private readonly HashSet<string> _contentsStyles;

    public DocxContent(Styles? styles) => (_boldStyles, _contentsStyles) = (BoldStyles(styles), ContentsStyles(styles));

    /// <summary>
    /// Paragraphs and tables in reading order, including those inside content controls and custom XML blocks. A text
    /// box's paragraphs (a cover's title, a highlights box beside the text) are read as paragraphs of their own
    /// before the paragraph they are anchored in, once: Word writes a VML copy of each box as its fallback.
    /// </summary>
    public static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement? parent)
    {
        foreach (var child in parent?.ChildElements ?? [])
        {
            if (child is Paragraph paragraph)
            {
                foreach (var box in TextBoxes(paragraph))
                    foreach (var inner in Blocks(box)) yield return inner;
                yield return child;
            }
            else if (child is Table) yield return child;
            else if (child is SdtBlock or SdtContentBlock or CustomXmlBlock)
                foreach (var inner in Blocks(child)) yield return inner;
        }
    }

    /// <summary>
    /// Smart tags (w:smartTag, written by Word 2003-2007 around names, places and dates it recognised) are unknown to
    /// the Open XML SDK, so the runs inside them were read as no text ("berada di ." for an address in a tag). Word
    /// shows their runs as plain text: each tag is replaced by its content, its own properties (w:smartTagPr) dropped.
    /// </summary>
    public static void UnwrapSmartTags(OpenXmlElement? root)
    {
        if (root is null) return;
        // innermost first, so a tag nested in a tag is already plain runs when its parent is unwrapped
        foreach (var tag in root.Descendants<OpenXmlUnknownElement>().Where(IsSmartTag).Reverse().ToList())
        {
            var inner = string.Concat(tag.ChildElements.Where(c => c.LocalName != "smartTagPr").Select(c => c.OuterXml));
            var parsed = new Paragraph($"<w:p xmlns:w=\"{tag.NamespaceUri}\">{inner}</w:p>");
            foreach (var child in parsed.ChildElements.ToList())
                tag.InsertBeforeSelf(child.CloneNode(true));
            tag.Remove();
        }
    }

    private static bool IsSmartTag(OpenXmlUnknownElement element) =>
        element.LocalName == "smartTag" && element.NamespaceUri == "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The text boxes anchored in a paragraph (not those nested in them, nor the VML fallback copies).</summary>
    private static IEnumerable<TextBoxContent> TextBoxes(Paragraph paragraph) =>
        paragraph.Descendants<TextBoxContent>().Where(box => !IsFallback(box) && box.Ancestors<TextBoxContent>().FirstOrDefault() is null);

    private static bool IsFallback(OpenXmlElement node) => node.Ancestors<AlternateContentFallback>().Any();

    /// <summary>Inside a text box within <paramref name="root"/>: read as its own paragraphs, not as the root's text.</summary>
    private static bool InBox(OpenXmlElement node, OpenXmlElement root)
    {
        for (var a = node.Parent; a is not null && a != root; a = a.Parent)
            if (a is TextBoxContent or AlternateContentFallback) return true;
        return false;
    }

    /// <summary>The text of a cell marked only by a drawn shape.</summary>
    public const string ShapeMark = "\u2713";

    /// <summary>
    /// A table's rows of cell texts as a reader sees the grid: a cell merged down from the row above (vMerge) shows the
    /// text of the cell it continues, so each row reads whole ("Pilar: Smart living" on the second row of the pillar too);
    /// a cell spanning several grid columns (gridSpan) keeps the columns after it, empty, so the cells of every row stay
    /// under their own header. A header of two rows (a group cell spanning the columns the second row names) reads as
    /// one row, each column named by both ("Target 2027").
    /// </summary>
    public static List<List<string>> TableRows(Table table)
    {
        var rows = new List<List<string>>();
        var spans = new List<List<int>>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            var widths = new List<int>();
            var tableCells = row.Elements<TableCell>().ToList();
            var shaded = new List<int>();
            var blank = 0;
            foreach (var cell in tableCells)
            {
                var text = Flat(string.Join(' ', Blocks(cell).Select(b => b is Table inner ? NestedTable(inner) : Text(b))));
                text = Choices.Chosen(text) ?? text;
                // A cell holding only a drawn shape (an SOP's flowchart box in the column of the actor doing the step)
                // marks that column for the row, as a tick would.
                if (text.Length == 0 && cell.Descendants<Drawing>().Any()) text = ShapeMark;
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continued = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (continued && text.Length == 0 && rows.Count > 0 && cells.Count < rows[^1].Count) text = rows[^1][cells.Count];
                if (text.Length == 0 && !continued) { blank++; if (Filled(cell)) shaded.Add(cells.Count); }
                cells.Add(text);
                // A row of one cell spanning the table (a group row) stays one cell.
                var span = tableCells.Count > 1 ? Math.Clamp(cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1, 1, 63) : 1;
                widths.Add(span);
                for (var i = 1; i < span; i++) { cells.Add(""); widths.Add(0); }
            }
            // A schedule drawn as a Gantt chart marks an activity's months by filling their empty cells: a filled
            // empty cell beside unfilled ones marks its column for the row, as a drawn shape does. A row filled
            // throughout (a banded or header row) marks nothing.
            if (shaded.Count > 0 && shaded.Count < blank) foreach (var i in shaded) cells[i] = ShapeMark;
            rows.Add(cells);
            spans.Add(widths);
        }
        return StackedHeader(rows, spans, table.Elements<TableRow>().Take(2).ToList());
    }

    private static bool Filled(TableCell cell) =>
        cell.TableCellProperties?.Shading?.Fill?.Value is { Length: > 0 } fill && !fill.Equals("auto", StringComparison.OrdinalIgnoreCase) && !fill.Equals("FFFFFF", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The first two rows as one header when the first holds a cell spanning columns and the second names those
    /// columns while its other cells only continue the first row's (merged down) or the row is Word's repeated header.
    /// </summary>
    private static List<List<string>> StackedHeader(List<List<string>> rows, List<List<int>> spans, List<TableRow> firstRows)
    {
        if (rows.Count < 3 || rows[0].Count != rows[1].Count || !spans[0].Any(w => w > 1)) return rows;
        var top = new List<string>();
        var under = new bool[rows[0].Count];
        for (var i = 0; i < rows[0].Count; i++)
        {
            if (spans[0][i] > 0) top.Add(rows[0][i]);
            else { top.Add(top[^1]); under[i] = under[i - 1] = true; }
        }
        var second = rows[1];
        var namesColumns = Enumerable.Range(0, second.Count).All(i => under[i] ? second[i].Length is > 0 and <= 40 : second[i] == top[i]);
        var repeated = firstRows[1].TableRowProperties?.GetFirstChild<TableHeader>() is not null;
        if (!namesColumns && !(repeated && Enumerable.Range(0, second.Count).Any(i => under[i] && second[i].Length > 0))) return rows;
        var header = top.Select((t, i) => !under[i] || second[i].Length == 0 || t == second[i] ? t : t.Length == 0 ? second[i] : $"{t} {second[i]}").ToList();
        return [header, .. rows.Skip(2)];
    }

    /// <summary>
    /// A table inside a cell (a region's items listed in the recap table's cell) as one text a reader can follow:
    /// each row "first cell (header: value, …)" when its first row is a header, rows apart by "; ".
    /// </summary>
    private static string NestedTable(Table table)
    {
        var rows = TableRows(table).Where(r => r.Any(c => c.Length > 0)).ToList();
        if (rows.Count == 0) return "";
        var header = rows.Count > 1 && table.Elements<TableRow>().First().Descendants<Run>().All(r => r.RunProperties?.Bold is not null) ? rows[0] : null;
        return string.Join("; ", rows.Skip(header is null ? 0 : 1).Select(r => header is null || r.Count < 2 ? string.Join(", ", r.Where(c => c.Length > 0))
            : r[0] + " (" + string.Join(", ", r.Skip(1).Select((c, i) => i + 1 < header.Count && header[i + 1].Length > 0 ? $"{header[i + 1]}: {c}" : c).Where(c => c.Length > 0)) + ")")) + ".";
    }

    /// <summary>
    /// A table of contents repeats every heading with a page number: no content of its own, and its lines would
    /// compete with the sections they point to. Its lines carry Word's "toc N" styles or sit inside a TOC field.
    /// </summary>
    public bool IsContentsLine(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && _contentsStyles.Contains(style);

    /// <summary>How far a paragraph opens (+) or closes (-) field nesting, and whether it opens a TOC field.</summary>
    public static (int Depth, bool OpensContents) FieldNesting(Paragraph paragraph)
    {
        var depth = 0;
        foreach (var mark in paragraph.Descendants<FieldChar>())
            depth += mark.FieldCharType?.Value == FieldCharValues.Begin ? 1 : mark.FieldCharType?.Value == FieldCharValues.End ? -1 : 0;
        var opens = paragraph.Descendants<FieldCode>().Any(code => code.Text.TrimStart().StartsWith("TOC", StringComparison.OrdinalIgnoreCase));
        return (depth, opens);
    }

    private static HashSet<string> ContentsStyles(Styles? styles) =>
        (styles?.Elements<Style>() ?? []).Where(s => s.StyleId?.Value is not null &&
                System.Text.RegularExpressions.Regex.IsMatch(s.StyleName?.Val?.Value ?? s.StyleId!.Value!, @"^toc\s?(\d|heading)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            .Select(s => s.StyleId!.Value!).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The text with tracked changes accepted: deleted and moved-away text is gone; field codes (a hyperlink's
    /// instruction) are not text. A tab separates like a space; a line break inside a paragraph separates like "; ".
    /// </summary>
    /// <summary>
    /// A word spaced out letter by letter by typing a space after each ("R A N C A N G A N", "B A B"), as title blocks
    /// of official documents do, read as the word.
    /// </summary>
    public static string WithoutTypedSpacing(string text) =>
        text.Contains(' ') ? TypedSpacing().Replace(text, m => m.Value.Replace(" ", "")) : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\p{Lu} ){3,}\p{Lu}(?![\p{L}\p{N}])")]
    private static partial System.Text.RegularExpressions.Regex TypedSpacing();

    public static string Text(OpenXmlElement element)
    {
        var text = new StringBuilder();
        var firstTab = -1;
        foreach (var node in element.Descendants())
        {
            if (IsRemoved(node) || InBox(node, element)) continue;
            switch (node)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: text.Append(t.Text); break;
                case TabChar or PositionalTab: if (firstTab < 0) firstTab = text.Length; text.Append(' '); break;
                case Break or CarriageReturn: LineBreak(text); break;
                case NoBreakHyphen: text.Append('-'); break;
                case SymbolChar symbol when Box(symbol) is { } box: text.Append(box).Append(' '); break;
                case CheckBox check: text.Append(IsChecked(check) ? Choices.Ticked : Choices.Empty).Append(' '); break;
            }
        }
        if (firstTab > 0 && IsTermLine(element, text.ToString(), firstTab)) text.Insert(firstTab, ':');
        return text.ToString();
    }

    /// <summary>
    /// A glossary typed as "term⇥definition" under a hanging indent: the term is the few words before the first tab,
    /// the definition what follows it. Read with the tab as a space, the term ran into its definition ("Operator
    /// pegawai yang …"); it is read as "term: definition", as a definition list is.
    /// </summary>
    private static bool IsTermLine(OpenXmlElement element, string text, int tab)
    {
        if (element is not Paragraph paragraph || paragraph.ParagraphProperties?.Indentation?.Hanging?.Value is not { Length: > 0 } hanging || hanging == "0") return false;
        var term = text[..tab].Trim();
        var rest = text[tab..].TrimStart();
        return term.Length > 0 && char.IsLetter(term[0]) && term.Split(' ').Length <= 4 && !".:;,".Contains(term[^1]) && rest.Length > 0 && char.IsLetter(rest[0]);
    }

    /// <summary>
    /// A tick box drawn as a symbol-font character (Wingdings F0FE ticked, F0A8 empty): the box a reader sees, or null
    /// for any other symbol.
    /// </summary>
    private static char? Box(SymbolChar symbol)
    {
        if (symbol.Char?.Value is not { } hex || !int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var code)) return null;
        var font = symbol.Font?.Value ?? "";
        var (ticked, empty) = font.Equals("Wingdings 2", StringComparison.OrdinalIgnoreCase) ? (Wingdings2Ticked, Wingdings2Empty)
            : font.Equals("Wingdings", StringComparison.OrdinalIgnoreCase) ? (WingdingsTicked, WingdingsEmpty) : ([], []);
        return ticked.Contains(code & 0xFF) ? Choices.Ticked : empty.Contains(code & 0xFF) ? Choices.Empty : null;
    }

    private static readonly int[] WingdingsTicked = [0xFE, 0xFD, 0x78, 0xFC], WingdingsEmpty = [0xA8, 0x6F, 0x71, 0x72];
    private static readonly int[] Wingdings2Ticked = [0x52, 0x53, 0x54, 0x50], Wingdings2Empty = [0xA3, 0x2A];

    /// <summary>A legacy check box form field: ticked when its w:checked (or, unset, its w:default) says so.</summary>
    private static bool IsChecked(CheckBox check) =>
        check.GetFirstChild<Checked>() is { } isChecked ? isChecked.Val is null || isChecked.Val.Value
        : check.GetFirstChild<DefaultCheckBoxFormFieldState>()?.Val?.Value ?? false;

    // A label and its value on one line each ("Tanggal: …", "Tempat: …") stay apart as items of one sentence.
    private static void LineBreak(StringBuilder text)
    {
        var end = text.ToString().TrimEnd();
        text.Length = end.Length;
        if (end.Length > 0) text.Append(".;:,".Contains(end[^1]) ? " " : "; ");
    }

    private static bool IsRemoved(OpenXmlElement node) =>
        node.Ancestors().Any(a => a.LocalName is "del" or "moveFrom" && a.NamespaceUri == node.NamespaceUri);

    /// <summary>Every run with text is bold, directly or through its character or paragraph style.</summary>
    public bool AllBold(Paragraph paragraph)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var runs = paragraph.Descendants<Run>().Where(r => !IsRemoved(r) && !InBox(r, paragraph) && Text(r).Trim().Length > 0).ToList();
        return runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } b
            ? b.Val is null || b.Val.Value
            : r.RunProperties?.RunStyle?.Val?.Value is { } runStyle && _boldStyles.Contains(runStyle) || style is not null && _boldStyles.Contains(style));
    }

    /// <summary>
    /// Every run with text is underlined directly (a typewriter habit: section titles underlined instead of bold). Only
    /// direct underline counts: a hyperlink's underline comes from its character style.
    /// </summary>
    public static bool AllUnderlined(Paragraph paragraph)
    {
        var runs = paragraph.Descendants<Run>().Where(r => !IsRemoved(r) && !InBox(r, paragraph) && Text(r).Trim().Length > 0).ToList();
        return runs.Count > 0 && runs.All(r => r.Ancestors<Hyperlink>().FirstOrDefault() is null &&
            r.RunProperties?.Underline?.Val is { } u && u.Value != UnderlineValues.None);
    }

    /// <summary>Style ids whose run properties, or those of the styles they are based on, set bold.</summary>
    private static HashSet<string> BoldStyles(Styles? styles)
    {
        var all = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToDictionary(s => s.StyleId!.Value!, StringComparer.OrdinalIgnoreCase)
                  ?? new Dictionary<string, Style>(StringComparer.OrdinalIgnoreCase);
        bool Bold(Style style, int depth) =>
            style.StyleRunProperties?.Bold is { } b ? b.Val is null || b.Val.Value
            : depth < 5 && style.BasedOn?.Val?.Value is { } parent && all.TryGetValue(parent, out var based) && Bold(based, depth + 1);
        return all.Where(s => Bold(s.Value, 0)).Select(s => s.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
