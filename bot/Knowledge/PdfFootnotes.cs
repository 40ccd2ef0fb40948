namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Footnotes at a page's foot ("1 Kampung adalah sebutan untuk desa …") belong to the text whose raised mark they
/// explain, not to whatever section the page happens to end in: read in page order they join the last section on the
/// page (a list of requirements), lending it their figures and words. Each note whose mark is found on its page is
/// moved, with its wrapped lines, to the end of the section holding the marked line — before the next line set as a
/// heading — and read without its number.
/// </summary>
internal static class PdfFootnotes
{
    private static readonly System.Text.RegularExpressions.Regex Mark = new(@"^\d{1,2}$", System.Text.RegularExpressions.RegexOptions.Compiled);
    private static readonly System.Text.RegularExpressions.Regex Note = new(@"^(\d{1,2})\s+(\S.*)$", System.Text.RegularExpressions.RegexOptions.Compiled);

    public static IReadOnlyList<PdfLine> AfterTheirSections(IReadOnlyList<PdfLine> lines, double bodySize, Func<PdfLine, bool> opensSection)
    {
        var marked = Marked(lines, bodySize);
        if (marked.Count == 0) return lines;
        var result = lines.ToList();
        foreach (var ((page, number), line) in marked.OrderByDescending(m => result.IndexOf(m.Value)))
        {
            var start = result.FindIndex(l => l.Page == page && l.Size < bodySize * MaxNoteScale && l.Y < line.Y && !l.Text.Contains('\t') &&
                                              Note.Match(l.Text) is { Success: true } m && m.Groups[1].Value == number);
            if (start < 0) continue;
            var end = start + 1;
            while (end < result.Count && result[end] is var next && next.Page == page && Math.Abs(next.Size - result[start].Size) < 0.1 &&
                   next.Y < result[end - 1].Y && result[end - 1].Y - next.Y <= next.Size * 1.8 && !Note.IsMatch(next.Text) && !next.Text.Contains('\t')) end++;
            var note = result.GetRange(start, end - start);
            note[0] = note[0] with { Text = Note.Match(note[0].Text).Groups[2].Value, Words = [] };
            var at = result.IndexOf(line);
            if (at < 0 || at > start) continue; // a note above its mark is no footnote
            result.RemoveRange(start, end - start);
            var heading = result.FindIndex(at + 1, l => opensSection(l));
            result.InsertRange(heading < 0 ? result.Count : heading, note);
        }
        return result;
    }

    /// <summary>Each raised mark's number on its page, with the body line it is raised over (the one whose width covers it).</summary>
    private static Dictionary<(int Page, string Number), PdfLine> Marked(IReadOnlyList<PdfLine> lines, double bodySize)
    {
        var marked = new Dictionary<(int, string), PdfLine>();
        foreach (var mark in lines.Where(l => Mark.IsMatch(l.Text) && l.Size < bodySize * 0.8 && l.Cells.Count > 0))
        {
            var x = mark.Cells[0];
            var under = lines.Where(o => o != mark && o.Page == mark.Page && o.Y < mark.Y && mark.Y - o.Y <= bodySize * 0.7 && !Mark.IsMatch(o.Text) &&
                                         o.Cells.Count > 0 && o.Cells[0] - 1 <= x && x <= o.CellEnds[^1] + bodySize)
                .OrderBy(o => mark.Y - o.Y).FirstOrDefault();
            if (under is not null) marked.TryAdd((mark.Page, mark.Text), under);
        }
        return marked;
    }

    private const double MaxNoteScale = 0.9;
}
