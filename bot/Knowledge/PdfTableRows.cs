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
        line = AtColumns(line, columns);
        if (line.Page != last.Page || line.Cells.Count == 0 || line.Cells.Count >= columns.Count) return false;
        var rowStep = rows.Zip(rows.Skip(1)).Where(p => p.First.Page == p.Second.Page).Select(p => p.First.Y - p.Second.Y)
            .Where(d => d > 0).DefaultIfEmpty(0).Min();
        var gap = last.Y - line.Y;
        if (gap <= 0 || !line.Cells.All(x => Column(columns, x, line.Size) >= 0) || WiderThanColumn(columns, line)) return false;
        // A line set bold under regular rows (a totals row "Jumlah … 60" with no number of its own) is a row of its
        // own: a wrapped cell goes on in its row's type.
        return rowStep > 0 && gap < rowStep * CloserThanRows || Unnumbered(rows, columns, line) && line.Bold == last.Bold;
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
        line = AtColumns(line, columns);
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

    /// <summary>
    /// A wrapped line of a matrix whose cells are filled to their edges ("… belum rapat rutin." just before "paling
    /// sedikit …" of the next column) has gaps narrower than a cell gap: it is split where a word starts at one of the
    /// table's column starts, so each piece goes to its own cell instead of the line reading as one wide paragraph.
    /// </summary>
    private static PdfLine AtColumns(PdfLine line, IReadOnlyList<double> columns) =>
        line.Cells.Count > 0 && line.Cells.Count < columns.Count ? Split(line, columns) : line;

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

    /// <summary>
    /// A spreadsheet's header of several printed rows ("Anggaran (Rp juta)" over "Pagu" and "Realisasi", "Capaian" over
    /// "Kegiatan" over "(%)") is one header row: each lowest piece is a column, named by the pieces above it that span
    /// it. Without this each printed header line was read on its own: a bold "Kegiatan" headed a section and the
    /// columns under a group were named by the wrong header. The header band: bold lines of short cells, each close
    /// under the one before, right above a row of plain cells.
    /// </summary>
    public static IReadOnlyList<PdfLine> StackedHeaders(IReadOnlyList<PdfLine> lines)
    {
        var result = lines.ToList();
        for (var i = result.Count - 1; i > 0; i--)
        {
            var data = result[i];
            if (data.Bold || data.Cells.Count < 3) continue;
            var start = i;
            while (start > 0 && IsHeaderPiece(result[start - 1]) && !IsLeftLine(result[start - 1], data) && result[start - 1].Page == data.Page &&
                   result[start - 1].Y - result[start].Y <= result[start].Size * (start == i ? MaxHeaderToRow : MaxHeaderStep)) start--;
            // A header cell filled to its column's edge ("Bobot (%)" just before "Deskripsi Skor") is split where a
            // word starts at one of the data's column starts, as a data row's would be.
            var band = result.GetRange(start, i - start).Select(l => AtDataColumns(l, data.Cells)).ToList();
            if (band.Count < 2 || band.Max(l => l.Cells.Count) < 3 || band.Any(l => l.CellEnds.Count != l.Cells.Count)) continue;
            result.RemoveRange(start, band.Count);
            result.Insert(start, Merged(band));
            i = start;
        }
        return result;
    }

    /// <summary>A header line split at the data's column starts, each new piece ending just before the next begins.</summary>
    private static PdfLine AtDataColumns(PdfLine line, IReadOnlyList<double> columns)
    {
        if (line.Cells.Count >= columns.Count || line.CellEnds.Count != line.Cells.Count) return line;
        var split = Split(line, columns);
        if (split.Cells.Count == line.Cells.Count) return line;
        var ends = new List<double>();
        for (var j = 0; j < split.Cells.Count; j++)
        {
            var next = j + 1 < split.Cells.Count ? split.Cells[j + 1] : double.MaxValue;
            var original = -1;
            for (var k = 0; k < line.Cells.Count; k++) if (line.Cells[k] <= split.Cells[j] + 0.01) original = k;
            var nextIsOriginal = next == double.MaxValue || line.Cells.Contains(next);
            ends.Add(nextIsOriginal && original >= 0 ? line.CellEnds[original] : next - line.Size * WordGap);
        }
        return split with { CellEnds = ends };
    }

    private const double WordGap = 0.3;

    private const double MaxHeaderStep = 1.6;
    private const double MaxHeaderToRow = 3.2;
    private const int MaxHeaderWords = 5;

    // A bold line of one piece starting where the table starts ("IV. JADWAL") is the heading over the table, not a
    // header cell: a group cell is centred over its columns.
    private static bool IsLeftLine(PdfLine line, PdfLine row) =>
        line.Cells.Count == 1 && row.Cells.Count > 0 && Math.Abs(line.Cells[0] - row.Cells[0]) <= row.Size * 2;

    private static bool IsHeaderPiece(PdfLine line) =>
        line.Bold && line.Text.Split('\t').All(c => c.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeaderWords);

    private static PdfLine Merged(IReadOnlyList<PdfLine> band)
    {
        var pieces = band.SelectMany(l => l.Text.Split('\t').Zip(l.Cells, l.CellEnds).Select(p => (Text: p.First.Trim(), Start: p.Second, End: p.Third, l.Y, l.Size))).ToList();
        bool Covers(double start, double end, double size, (string Text, double Start, double End, double Y, double Size) q) =>
            (q.Start + q.End) / 2 >= start - size * 0.5 && (q.Start + q.End) / 2 <= end + size * 0.5;
        // The lowest pieces are the columns; each is named by the pieces above it whose width spans its middle.
        var leaves = pieces.Where(p => !pieces.Any(q => q.Y < p.Y && Covers(p.Start, p.End, p.Size, q))).OrderBy(p => p.Start).ToList();
        // A group cell set at the left of its merged box ("Deskripsi Skor" over four score columns, as Word prints a
        // merged cell) covers the columns to its right up to the next piece on its line, once it covers one of them.
        bool IsGroup((string Text, double Start, double End, double Y, double Size) q) => leaves.Count(l => l.Y < q.Y && Covers(q.Start, q.End, q.Size, l)) >= 1;
        IEnumerable<(string Text, double Start, double End, double Y, double Size)> Above((string Text, double Start, double End, double Y, double Size) leaf)
        {
            var covering = pieces.Where(p => p.Y > leaf.Y && Covers(p.Start, p.End, p.Size, leaf)).ToList();
            if (covering.Count > 0) return covering;
            var group = pieces.Where(q => q.Y > leaf.Y && q.Start < leaf.Start && IsGroup(q) &&
                                          !pieces.Any(r => r.Y == q.Y && r.Start > q.Start && r.Start <= leaf.Start + leaf.Size))
                .OrderBy(q => q.Y).Take(1).ToList();
            return group;
        }
        var names = leaves.Select(leaf => string.Join(' ', Above(leaf).OrderByDescending(p => p.Y).Select(p => p.Text).Append(leaf.Text)));
        var last = band[^1];
        return last with { Text = string.Join('\t', names), Cells = leaves.Select(l => l.Start).ToList(), CellEnds = leaves.Select(l => l.End).ToList() };
    }

    /// <summary>
    /// Rows' cells in their columns: a row with fewer cells than the table has columns (a JUMLAH row with only its
    /// totals, a row with empty cells) puts each cell in the column it sits in instead of filling the first ones.
    /// The columns are those of the widest row of data, not a header row centred over them.
    /// </summary>
    public static List<List<string>> Placed(IReadOnlyList<PdfLine> rows)
    {
        var data = rows.Where(r => !r.Bold).ToList();
        var columns = (data.Count > 0 ? data : rows).MaxBy(r => r.Cells.Count)!.Cells;
        return rows.Select(row =>
        {
            var cells = row.Text.Split('\t').ToList();
            if (row.Lines > 1 || cells.Count >= columns.Count || cells.Count != row.Cells.Count || rows.Count < 3) return cells;
            var placed = Enumerable.Repeat("", columns.Count).ToList();
            var spans = row.Bold && row.CellEnds.Count == row.Cells.Count ? Spans(data, columns.Count) : null;
            foreach (var ((text, x), i) in cells.Zip(row.Cells).Select((c, i) => (c, i)))
            {
                var column = Math.Max(0, spans is null ? Column(columns, x, row.Size) : Over(spans, x, row.CellEnds[i]) ?? Column(columns, x, row.Size));
                placed[column] = placed[column].Length == 0 ? text : placed[column] + " " + text;
            }
            return placed;
        }).ToList();
    }

    /// <summary>
    /// Where each column's data lies, from its leftmost start to its rightmost end over the rows filling every column.
    /// A header set over right-aligned figures starts left of them, and a table whose first column holds each row's
    /// label has no header over that column: its names belong to the columns they stand over, not the nearest start.
    /// </summary>
    private static List<(double Start, double End)>? Spans(IReadOnlyList<PdfLine> data, int count)
    {
        var full = data.Where(r => r.Cells.Count == count && r.CellEnds.Count == count && r.Lines == 1).ToList();
        if (full.Count < 2) return null;
        return Enumerable.Range(0, count).Select(c => (full.Min(r => r.Cells[c]), full.Max(r => r.CellEnds[c]))).ToList();
    }

    /// <summary>The one column a header cell from x to end overlaps most, if it overlaps any.</summary>
    private static int? Over(IReadOnlyList<(double Start, double End)> spans, double x, double end)
    {
        var overlaps = spans.Select((s, i) => (Index: i, Overlap: Math.Min(s.End, end) - Math.Max(s.Start, x))).Where(o => o.Overlap > 0).ToList();
        return overlaps.Count == 0 ? null : overlaps.MaxBy(o => o.Overlap).Index;
    }

    /// <summary>The column starts: those of the table's widest row, a row of data rather than a header centred over them.</summary>
    private static IReadOnlyList<double> Columns(IReadOnlyList<PdfLine> rows) =>
        rows.Where(r => !r.Bold).DefaultIfEmpty(rows[0]).Concat(rows).MaxBy(r => r.Cells.Count)!.Cells;

    /// <summary>The column a part starting at x belongs to: the last column starting at or just before it.</summary>
    private static int Column(IReadOnlyList<double> columns, double x, double size)
    {
        for (var i = columns.Count - 1; i >= 0; i--)
            if (columns[i] <= x + size) return i;
        return -1;
    }
}
