namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A table cell whose text wraps onto a second printed line ("31 Maret 2027" / "pukul 23.59 WIB") is one cell: the
/// second line fills only some columns and sits closer under its row than the table's rows sit under each other.
/// Without this each wrapped line was read as a row of its own, its cells shifted into the wrong columns.
/// </summary>
internal static class PdfTableRows
{
    private const double CloserThanRows = 0.85;

    /// <summary>Whether the line continues the last row's cells rather than starting a row (or leaving the table).</summary>
    public static bool Continues(IReadOnlyList<PdfLine> rows, PdfLine line)
    {
        var last = rows[^1];
        var columns = Columns(rows);
        if (line.Page != last.Page || line.Cells.Count == 0 || line.Cells.Count >= columns.Count) return false;
        var rowStep = rows.Zip(rows.Skip(1)).Where(p => p.First.Page == p.Second.Page).Select(p => p.First.Y - p.Second.Y)
            .Where(d => d > 0).DefaultIfEmpty(0).Min();
        var gap = last.Y - line.Y;
        if (gap <= 0 || !line.Cells.All(x => Column(columns, x, line.Size) >= 0) || WiderThanColumn(columns, line)) return false;
        return rowStep > 0 && gap < rowStep * CloserThanRows || Unnumbered(rows, columns, line);
    }

    /// <summary>
    /// In a table whose rows are numbered in the first column ("No"), a line with nothing in that column is the rest
    /// of the numbered row above, even when the table sets wrapped lines as far apart as its rows.
    /// </summary>
    private static bool Unnumbered(IReadOnlyList<PdfLine> rows, IReadOnlyList<double> columns, PdfLine line)
    {
        if (columns.Count < 3 || Column(columns, line.Cells[0], line.Size) == 0) return false;
        var numbers = rows.Skip(1).Where(r => r.Cells.Count > 0 && Column(columns, r.Cells[0], r.Size) == 0)
            .Select(r => r.Text.Split('\t')[0].Trim().TrimEnd('.')).ToList();
        return numbers.Count > 0 && numbers.All(n => n.Length is > 0 and <= 3 && n.All(char.IsDigit));
    }

    /// <summary>The last row with the line's parts appended to the cells of the columns they sit in.</summary>
    public static PdfLine Joined(IReadOnlyList<PdfLine> rows, PdfLine line)
    {
        var last = rows[^1];
        var columns = Columns(rows);
        var cells = Enumerable.Range(0, columns.Count).Select(i => new List<string>()).ToList();
        foreach (var (text, x) in last.Text.Split('\t').Zip(last.Cells)) cells[Math.Max(0, Column(columns, x, last.Size))].Add(text.Trim());
        foreach (var (text, x) in line.Text.Split('\t').Zip(line.Cells)) cells[Column(columns, x, line.Size)].Add(text.Trim());
        // A row measured from its first line, so the next row's distance is compared with the table's row spacing.
        return last with { Text = string.Join('\t', cells.Select(c => string.Join(' ', c))), Cells = columns, Y = line.Y, Lines = last.Lines + 1 };
    }

    /// <summary>
    /// A line of one part running past the next column's start is a paragraph under the table (or a heading after
    /// it), not a wrapped cell: a cell's text stays inside its column. Its width is estimated from its letters.
    /// </summary>
    private static bool WiderThanColumn(IReadOnlyList<double> columns, PdfLine line)
    {
        if (line.Cells.Count != 1) return false;
        var column = Column(columns, line.Cells[0], line.Size);
        return column < columns.Count - 1 && line.Text.Length * line.Size * AverageLetterWidth > columns[column + 1] - line.Cells[0] + line.Size;
    }

    private const double AverageLetterWidth = 0.45;

    /// <summary>
    /// A row whose cells sit closer than the gap that separates cells (a narrow "No" column beside "Kriteria" in the
    /// header) was read as fewer cells than the table has columns: it is split where a word starts at a column start,
    /// so each header names its own column.
    /// </summary>
    public static IReadOnlyList<PdfLine> Aligned(IReadOnlyList<PdfLine> rows)
    {
        if (rows.Count < 2) return rows;
        var columns = Columns(rows);
        return rows.Select(row => row.Cells.Count >= columns.Count || row.Lines > 1 ? row : Split(row, columns)).ToList();
    }

    private static PdfLine Split(PdfLine row, IReadOnlyList<double> columns)
    {
        var text = row.Text.ToCharArray();
        var cells = row.Cells.ToList();
        foreach (var start in columns.Where(c => !row.Cells.Any(x => Math.Abs(x - c) < row.Size)))
            if (row.Words.FirstOrDefault(w => Math.Abs(w.X - start) < row.Size * 0.3) is { Index: > 0 } word && word.Index - 1 < text.Length && text[word.Index - 1] == ' ')
            {
                text[word.Index - 1] = '\t';
                cells.Add(word.X);
            }
        return cells.Count == row.Cells.Count ? row : row with { Text = new string(text), Cells = cells.Order().ToList() };
    }

    /// <summary>The column starts: those of the table's widest row.</summary>
    private static IReadOnlyList<double> Columns(IReadOnlyList<PdfLine> rows) => rows.MaxBy(r => r.Cells.Count)!.Cells;

    /// <summary>The column a part starting at x belongs to: the last column starting at or just before it.</summary>
    private static int Column(IReadOnlyList<double> columns, double x, double size)
    {
        for (var i = columns.Count - 1; i >= 0; i--)
            if (columns[i] <= x + size) return i;
        return -1;
    }
}
