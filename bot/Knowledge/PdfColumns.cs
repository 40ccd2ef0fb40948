using UglyToad.PdfPig.Content;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Reading order of a page set in two columns (a leaflet, a newsletter): PdfPig gives letters by position, and one
/// baseline then runs through both columns. When many baselines break at the same x into two runs of prose — the
/// gutter — the left column of each band is read before the right one; a line across the gutter (a title, a table
/// under the columns) closes the band and keeps its place.
/// </summary>
internal static class PdfColumns
{
    private const int MinGutterLines = 4;
    private const int MinProseChars = 15;
    private const double GutterSlack = 2;
    private const double MinContinued = 0.25;

    public sealed record Row(double Y, IReadOnlyList<Letter> Letters);

    public static IReadOnlyList<Row> InReadingOrder(IReadOnlyList<Row> rows, double cellGap)
    {
        var split = rows.Select(r => (r.Y, Segments: Segments(r.Letters, cellGap))).ToList();
        if (Gutter(split) is not { } gutter) return rows;
        var ordered = new List<Row>(rows.Count);
        var left = new List<Row>();
        var right = new List<Row>();
        void Flush(bool beforeFullWidth)
        {
            // Left-margin lines below the right column's end, set off by a gap, open what follows across the page
            // (the heading of a table under the columns), so they come after the right column.
            var under = beforeFullWidth ? Under(left, right) : 0;
            ordered.AddRange(left.Take(left.Count - under)); ordered.AddRange(right); ordered.AddRange(left.Skip(left.Count - under));
            left.Clear(); right.Clear();
        }
        foreach (var (y, segments) in split)
        {
            var leftPart = segments.Where(s => End(s) < gutter - GutterSlack).ToList();
            var rightPart = segments.Where(s => Start(s) >= gutter - GutterSlack).ToList();
            // Across the gutter (a title, a table row with cells on both sides): the columns above are done.
            if (leftPart.Count + rightPart.Count < segments.Count || segments.Count > 2 && leftPart.Count > 0 && rightPart.Count > 0)
            {
                Flush(beforeFullWidth: true);
                ordered.Add(new Row(y, segments.SelectMany(s => s).ToList()));
                continue;
            }
            if (leftPart.Count > 0) left.Add(new Row(y, leftPart.SelectMany(s => s).ToList()));
            if (rightPart.Count > 0) right.Add(new Row(y, rightPart.SelectMany(s => s).ToList()));
        }
        Flush(beforeFullWidth: false);
        return ordered;
    }

    /// <summary>How many of the left rows at the end lie below the right column and after a gap wider than a line.</summary>
    private static int Under(List<Row> left, List<Row> right)
    {
        if (right.Count == 0 || left.Count < 2) return 0;
        var bottom = right.Min(r => r.Y);
        var steps = left.Zip(left.Skip(1)).Select(p => p.First.Y - p.Second.Y).Where(d => d > 0).Order().ToList();
        if (steps.Count == 0) return 0;
        var line = steps[steps.Count / 2];
        for (var k = left.Count - 1; k > 0 && left[k].Y < bottom; k--)
            if (left[k - 1].Y - left[k].Y > line * 1.5) return left.Count - k;
        return 0;
    }

    /// <summary>
    /// The x where the right column starts: the start of the second of two runs of prose on at least four baselines,
    /// the left runs filling most of their column's width and often continuing a sentence on the next line (a lower-case
    /// start) — a table's cells do neither: each row starts afresh.
    /// </summary>
    private static double? Gutter(List<(double Y, List<List<Letter>> Segments)> rows)
    {
        var pairs = rows.Where(r => r.Segments.Count == 2 && r.Segments.All(s => s.Count >= MinProseChars)).Select(r => r.Segments).ToList();
        if (pairs.Count < MinGutterLines) return StaggeredGutter(rows);
        var best = pairs.GroupBy(p => Math.Round(Start(p[1]) / GutterSlack)).MaxBy(g => g.Count())!;
        if (best.Count() < MinGutterLines) return null;
        var gutter = best.Min(p => Start(p[1]));
        var columnStart = best.Min(p => Start(p[0]));
        var widths = best.Select(p => End(p[0]) - columnStart).Order().ToList();
        var continued = best.Skip(1).Count(p => char.IsLower(p[0][0].Value, 0)) / (double)(best.Count() - 1);
        return widths[widths.Count / 2] >= (gutter - columnStart) * 0.6 && continued >= MinContinued ? gutter : null;
    }

    /// <summary>
    /// Columns whose baselines do not line up (a word processor's two-column page: headings and paragraph spacing shift
    /// one column against the other) seldom share a baseline, so few rows hold both. Their gutter is the x where at least
    /// four lines of prose stand alone on their baseline right of the margin, while at least four lines alone at the
    /// margin end before it and fill most of the column's width, both columns often continuing a sentence (a lower-case
    /// start). An indented quote or a hanging list on a one-column page has no such left lines: the body crosses it.
    /// </summary>
    private static double? StaggeredGutter(List<(double Y, List<List<Letter>> Segments)> rows)
    {
        var alone = rows.Where(r => r.Segments.Count == 1 && r.Segments[0].Count >= MinProseChars).Select(r => r.Segments[0]).ToList();
        if (alone.Count < 2 * MinGutterLines) return null;
        var columnStart = alone.Min(Start);
        var starts = alone.Where(s => Start(s) > columnStart + GutterSlack).GroupBy(s => Math.Round(Start(s) / GutterSlack))
            .Where(g => g.Count() >= MinGutterLines).OrderBy(g => g.Key);
        foreach (var right in starts)
        {
            var gutter = right.Min(Start);
            var left = alone.Where(s => Start(s) <= columnStart + GutterSlack && End(s) < gutter - GutterSlack).ToList();
            if (left.Count < MinGutterLines) continue;
            var widths = left.Select(s => End(s) - columnStart).Order().ToList();
            var rightLines = alone.Where(s => Start(s) >= gutter - GutterSlack).ToList();
            if (widths[widths.Count / 2] >= (gutter - columnStart) * 0.6 && Continued(left) >= MinContinued && Continued(rightLines) >= MinContinued) return gutter;
        }
        return null;
    }

    private static double Continued(List<List<Letter>> lines) => lines.Count(l => char.IsLower(l[0].Value, 0)) / (double)lines.Count;

    private static List<List<Letter>> Segments(IReadOnlyList<Letter> letters, double cellGap)
    {
        var segments = new List<List<Letter>>();
        for (var i = 0; i < letters.Count; i++)
        {
            if (i == 0 || letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X > letters[i].PointSize * cellGap) segments.Add([]);
            segments[^1].Add(letters[i]);
        }
        return segments;
    }

    private static double Start(List<Letter> segment) => segment[0].StartBaseLine.X;
    private static double End(List<Letter> segment) => segment[^1].EndBaseLine.X;
}
