using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// What a reader of a DOCX sees, as opposed to what its XML holds: tracked deletions left out (changes as if
/// accepted), tabs and line breaks as separators instead of gluing words, content controls opened, and bold that comes
/// from a paragraph or character style (an office template's own heading style) counted like direct bold.
/// </summary>
internal sealed class DocxContent
{
    private readonly HashSet<string> _boldStyles;

    public DocxContent(Styles? styles) => _boldStyles = BoldStyles(styles);

    /// <summary>Paragraphs and tables in reading order, including those inside content controls and custom XML blocks.</summary>
    public static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement? parent)
    {
        foreach (var child in parent?.ChildElements ?? [])
        {
            if (child is Paragraph or Table) yield return child;
            else if (child is SdtBlock or SdtContentBlock or CustomXmlBlock)
                foreach (var inner in Blocks(child)) yield return inner;
        }
    }

    /// <summary>
    /// The text with tracked changes accepted: deleted and moved-away text is gone; field codes (a hyperlink's
    /// instruction) are not text. A tab separates like a space; a line break inside a paragraph separates like "; ".
    /// </summary>
    public static string Text(OpenXmlElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Descendants())
        {
            if (IsRemoved(node)) continue;
            switch (node)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: text.Append(t.Text); break;
                case TabChar or PositionalTab: text.Append(' '); break;
                case Break or CarriageReturn: LineBreak(text); break;
                case NoBreakHyphen: text.Append('-'); break;
            }
        }
        return text.ToString();
    }

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
        var runs = paragraph.Descendants<Run>().Where(r => !IsRemoved(r) && Text(r).Trim().Length > 0).ToList();
        return runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } b
            ? b.Val is null || b.Val.Value
            : r.RunProperties?.RunStyle?.Val?.Value is { } runStyle && _boldStyles.Contains(runStyle) || style is not null && _boldStyles.Contains(style));
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
