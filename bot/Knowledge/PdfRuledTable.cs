using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A table printed with all its borders (Word's and a spreadsheet's "all borders"): every column edge and every row
/// edge is a drawn line. The boxes those lines enclose are its cells, so a cell's wrapped lines — however many, and
/// whether set at the top or centred in their box — are one cell of one row, where reading by baselines alone splits a
/// row into as many rows as its tallest cell has lines.
/// </summary>
internal static class PdfRuledTable
{
    private const double Thin = 2;           // a ruling line is drawn at most this thick (points)
    private const double MinRule = 8;        // and at least this long
    private const double Tolerance = 2;      // edges this close are one edge
    private const int MinEdges = 3;          // two columns and two rows at least: a framed box is no table

    /// <summary>A grid: its column edges left to right and its row edges top to bottom (page coordinates).</summary>
    public sealed record Grid(IReadOnlyList<double> Columns, IReadOnlyList<double> Rows)
    {
        public bool Holds(Letter letter) =>
            letter.StartBaseLine.X >= Columns[0] - Tolerance && letter.StartBaseLine.X <= Columns[^1] &&
            letter.StartBaseLine.Y <= Rows[0] && letter.StartBaseLine.Y >= Rows[^1];
    }

    /// <summary>The ruled grids drawn on a page.</summary>
    public static IReadOnlyList<Grid> Find(Page page)
    {
        var boxes = page.Paths.Where(p => (p.IsStroked || p.IsFilled) && !p.IsClipping)
            .Select(p => p.GetBoundingRectangle()).Where(r => r.HasValue).Select(r => r!.Value).ToList();
        var verticals = boxes.Where(b => b.Width <= Thin && b.Height >= MinRule).OrderBy(b => b.Left).ToList();
        var horizontals = boxes.Where(b => b.Height <= Thin && b.Width >= MinRule).ToList();
        var grids = new List<Grid>();
        foreach (var band in Bands(verticals))
        {
            var columns = Edges(band.Select(b => (b.Left + b.Right) / 2)).ToList();
            if (columns.Count < MinEdges) continue;
            double top = band.Max(b => b.Top), bottom = band.Min(b => b.Bottom);
            var rows = Edges(horizontals.Where(h => h.Bottom >= bottom - Tolerance && h.Top <= top + Tolerance &&
                                                    h.Left <= columns[0] + Tolerance && h.Right >= columns[^1] - Tolerance)
                                        .Select(h => (h.Top + h.Bottom) / 2).Append(top).Append(bottom)).Reverse().ToList();
            if (rows.Count >= MinEdges && Closed(band, columns, rows)) grids.Add(new Grid(columns, rows));
        }
        return grids;
    }

    /// <summary>The vertical rules grouped by the height they span together: one group per table on the page.</summary>
    private static IEnumerable<List<PdfRectangle>> Bands(List<PdfRectangle> verticals)
    {
        var bands = new List<List<PdfRectangle>>();
        foreach (var rule in verticals.OrderByDescending(v => v.Top))
        {
            var band = bands.FirstOrDefault(b => rule.Top >= b.Min(r => r.Bottom) - Tolerance && rule.Bottom <= b.Max(r => r.Top) + Tolerance);
            if (band is null) bands.Add([rule]); else band.Add(rule);
        }
        return bands;
    }

    /// <summary>
    /// Every box of the grid has its four sides drawn: no cell spans columns (a group header over two columns, a totals
    /// row's merged label), whose text would be cut at an edge its box does not have. Such tables are read by baselines.
    /// </summary>
    private static bool Closed(List<PdfRectangle> verticals, IReadOnlyList<double> columns, IReadOnlyList<double> rows)
    {
        for (var r = 0; r + 1 < rows.Count; r++)
            foreach (var x in columns)
                if (!verticals.Exists(v => Math.Abs((v.Left + v.Right) / 2 - x) <= Tolerance && v.Top >= rows[r] - Tolerance && v.Bottom <= rows[r + 1] + Tolerance))
                    return false;
        return true;
    }

    private static IEnumerable<double> Edges(IEnumerable<double> positions)
    {
        double? last = null;
        foreach (var p in positions.OrderBy(p => p))
        {
            if (last is { } l && p - l <= Tolerance) continue;
            last = p;
            yield return p;
        }
    }

    /// <summary>
    /// The grid's rows as lines of the page, each cell's text its letters in reading order (its printed lines joined
    /// by a space); a row set on the height of its top edge, so it takes its place among the page's other lines.
    /// </summary>
    public static IEnumerable<PdfLine> Rows(Page page, Grid grid, IReadOnlyList<Letter> letters)
    {
        for (var r = 0; r + 1 < grid.Rows.Count; r++)
        {
            double top = grid.Rows[r], bottom = grid.Rows[r + 1];
            var inRow = letters.Where(l => l.StartBaseLine.Y < top && l.StartBaseLine.Y > bottom).ToList();
            if (inRow.Count == 0) continue;
            var cells = new List<string>();
            for (var c = 0; c + 1 < grid.Columns.Count; c++)
            {
                double left = grid.Columns[c], right = grid.Columns[c + 1];
                cells.Add(CellText(inRow.Where(l => l.StartBaseLine.X >= left - Tolerance && l.StartBaseLine.X < right).ToList()));
            }
            var size = inRow.GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(s => s.Count())!.Key;
            var bold = inRow.Count(l => l.FontDetails?.IsBold == true || (l.FontName ?? "").Contains("Bold", StringComparison.OrdinalIgnoreCase)) > inRow.Count / 2;
            yield return new PdfLine(page.Number, Math.Round(top), string.Join('\t', cells), size, bold)
            {
                Cells = grid.Columns.Take(grid.Columns.Count - 1).ToList(),
                CellEnds = grid.Columns.Skip(1).ToList(),
                RuledCells = cells,
            };
        }
    }

    private static string CellText(List<Letter> letters)
    {
        var text = new StringBuilder();
        foreach (var line in letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key))
        {
            Letter? previous = null;
            foreach (var letter in line.OrderBy(l => l.StartBaseLine.X))
            {
                if (string.IsNullOrWhiteSpace(letter.Value)) { text.Append(' '); previous = letter; continue; }
                if (previous is null ? text.Length > 0 : letter.StartBaseLine.X - previous.EndBaseLine.X > letter.PointSize * 0.25) text.Append(' ');
                text.Append(letter.Value);
                previous = letter;
            }
        }
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
