using System.Text;
using UglyToad.PdfPig.Content;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A table whose narrow columns are headed by text turned 90 degrees (a spreadsheet's rotated header cells, printed
/// running up the page): each turned block is a column's name, so the header row is read as the row of cells a reader
/// turns their head to see, beside the horizontal header cells on its baseline ("Kecamatan"). Dropped with the page's
/// other turned text (a side tab, a stamp) the table lost its header and its first data row was taken for it.
/// </summary>
internal static class PdfTurnedHeader
{
    private const int MinCells = 2;
    private const int MaxCellChars = 40;
    private const double LineReach = 1.6;   // turned lines of one cell sit closer than this many font sizes apart
    private const double BottomReach = 1.5; // the cells start on one band: their lowest letters within this many sizes

    /// <summary>The turned header cells as (x where the cell starts, x where it ends, text), left to right, sharing a bottom at y; null when there are none.</summary>
    public static (double Y, List<(double Start, double End, string Text)> Cells)? Find(Page page)
    {
        var turned = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.TextOrientation is TextOrientation.Rotate90 or TextOrientation.Rotate270).ToList();
        if (turned.Count == 0) return null;
        var lines = turned.GroupBy(l => Math.Round(l.StartBaseLine.X)).OrderBy(g => g.Key)
            .Select(g => (X: g.Key, Size: g.Max(l => l.PointSize), Bottom: g.Min(l => Math.Min(l.StartBaseLine.Y, l.EndBaseLine.Y)), Text: Read(g.ToList()))).ToList();
        var cells = new List<(double Start, double End, double Bottom, string Text)>();
        foreach (var line in lines)
        {
            if (cells.Count > 0 && line.X - cells[^1].End <= line.Size * LineReach)
                cells[^1] = (cells[^1].Start, line.X, Math.Min(cells[^1].Bottom, line.Bottom), cells[^1].Text + " " + line.Text);
            else cells.Add((line.X - line.Size, line.X, line.Bottom, line.Text));
        }
        if (cells.Count < MinCells || cells.Any(c => c.Text.Length > MaxCellChars)) return null;
        var size = lines.Max(l => l.Size);
        var bottom = cells.Min(c => c.Bottom);
        if (cells.Any(c => c.Bottom - bottom > size * BottomReach)) return null;
        return (bottom, cells.Select(c => (c.Start, c.End, c.Text)).ToList());
    }

    /// <summary>The header row: the horizontal line on the cells' bottom band (left of them) joined with the turned cells, or the turned cells alone.</summary>
    public static void Into(List<PdfLine> lines, Page page)
    {
        if (Find(page) is not { } header) return;
        var first = header.Cells[0].Start;
        var at = lines.FindIndex(l => l.RuledCells is null && l.Sidebar == 0 && Math.Abs(l.Y - header.Y) <= l.Size * BottomReach && l.CellEnds.Count > 0 && l.CellEnds[^1] < first);
        var text = string.Join('\t', header.Cells.Select(c => c.Text));
        if (at >= 0)
        {
            var line = lines[at];
            lines[at] = line with { Text = line.Text + "\t" + text, Cells = [.. line.Cells, .. header.Cells.Select(c => c.Start)], CellEnds = [.. line.CellEnds, .. header.Cells.Select(c => c.End)], Bold = true };
            return;
        }
        var before = lines.FindIndex(l => l.RuledCells is null && l.Sidebar == 0 && l.Y < header.Y);
        var row = new PdfLine(page.Number, header.Y, text, 9, true) { Cells = header.Cells.Select(c => c.Start).ToList(), CellEnds = header.Cells.Select(c => c.End).ToList() };
        lines.Insert(before < 0 ? lines.Count : before, row);
    }

    // The letters of one turned line in reading order (up the page, or down for text turned the other way), a wider gap a space.
    private static string Read(List<Letter> letters)
    {
        var up = letters.Count(l => l.EndBaseLine.Y >= l.StartBaseLine.Y) * 2 >= letters.Count;
        var ordered = up ? letters.OrderBy(l => l.StartBaseLine.Y).ToList() : letters.OrderByDescending(l => l.StartBaseLine.Y).ToList();
        var text = new StringBuilder();
        for (var i = 0; i < ordered.Count; i++)
        {
            var gap = i == 0 ? 0 : up ? ordered[i].StartBaseLine.Y - ordered[i - 1].EndBaseLine.Y : ordered[i - 1].EndBaseLine.Y - ordered[i].StartBaseLine.Y;
            if (gap > ordered[i].PointSize * 0.25) text.Append(' ');
            text.Append(ordered[i].Value);
        }
        return text.ToString();
    }
}
