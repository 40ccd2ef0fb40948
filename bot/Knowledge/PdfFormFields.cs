using UglyToad.PdfPig.AcroForms;
using UglyToad.PdfPig.AcroForms.Fields;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Content;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A form filled in and saved in a PDF editor (an AcroForm): the page prints only the labels and the empty boxes, and
/// each answer lives in its field's value, drawn by the field's own widget, so none of it is among the page's letters.
/// Read as a person reads the filled form: a text field's value stands beside the label on its line (a cell of that
/// row, as a label block's value), and a group of ticked boxes gives its ticked options as the value of the label
/// the group stands beside; the printed names of unticked options are no answer and are dropped.
/// </summary>
internal static class PdfFormFields
{
    private const double Reach = 2;        // points a label's baseline may stand outside its box's height
    private const double OptionReach = 3;  // an option's printed name starts within this many font sizes after its box
    private const double GroupReach = 4;   // a group's label stands within this many font sizes above its lowest row of boxes

    public static void Into(List<PdfLine> lines, Page page, AcroForm? form)
    {
        if (form is null) return;
        // A widget need not name its page (/P is optional): one without is on the page whose annotations hold its box.
        var boxes = page.GetAnnotations().Select(a => a.Rectangle).ToList();
        var fields = form.GetFields().Where(f => f.Bounds is { } b && (f.PageNumber == page.Number || f.PageNumber is null && boxes.Contains(b))).ToList();
        foreach (var field in fields.OfType<AcroTextField>().Where(f => !string.IsNullOrWhiteSpace(f.Value)).OrderByDescending(f => f.Bounds!.Value.Top))
            Fill(lines, page.Number, field.Bounds!.Value, Flat(field.Value!));
        foreach (var field in fields.OfType<AcroComboBoxField>().Where(f => f.SelectedOptions.Count > 0))
            Fill(lines, page.Number, field.Bounds!.Value, string.Join(", ", field.SelectedOptions));
        Ticks(lines, page.Number, fields.OfType<AcroCheckboxField>().ToList());
    }

    private static string Flat(string value) => string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The value as a cell after the label on the box's top line left of it; a box with no label beside it is a line of its own.</summary>
    private static void Fill(List<PdfLine> lines, int page, PdfRectangle box, string value)
    {
        var at = lines.FindIndex(l => Beside(l, page, box));
        if (at >= 0)
        {
            var label = lines[at];
            // Written as the label block of a letter or report is ("Label : value"), so it reads as label: value lines.
            lines[at] = label with { Text = label.Text + "\t: " + value, Cells = [.. label.Cells, box.Left], CellEnds = [.. label.CellEnds, box.Right] };
            return;
        }
        var size = lines.Where(l => l.Page == page).Select(l => l.Size).DefaultIfEmpty(10).First();
        var y = box.Top - size;
        var line = new PdfLine(page, y, value, size, false) { Cells = [box.Left], CellEnds = [box.Right] };
        var next = lines.FindIndex(l => l.Page == page && l.RuledCells is null && l.Sidebar == 0 && l.Y < y);
        lines.Insert(next < 0 ? lines.Count : next, line);
    }

    private static bool Beside(PdfLine line, int page, PdfRectangle box) =>
        line.Page == page && line.RuledCells is null && line.Sidebar == 0 && line.Y >= box.Bottom - Reach && line.Y <= box.Top + Reach &&
        line.CellEnds.Count > 0 && line.CellEnds[^1] <= box.Left + Reach;

    /// <summary>Each checkbox's printed option name leaves its line; the ticked ones become the value of the label line at or above the boxes.</summary>
    private static void Ticks(List<PdfLine> lines, int page, List<AcroCheckboxField> boxes)
    {
        var ticked = new List<(PdfRectangle Box, string Name)>();
        foreach (var field in boxes)
        {
            var box = field.Bounds!.Value;
            var at = lines.FindIndex(l => l.Page == page && l.RuledCells is null && Math.Abs(l.Y - (box.Bottom + box.Top) / 2) <= box.Height);
            if (at < 0) continue;
            var line = lines[at];
            var cells = line.Text.Split('\t');
            if (cells.Length != line.Cells.Count) continue;
            var cell = Enumerable.Range(0, cells.Length).FirstOrDefault(i => line.Cells[i] >= box.Right - Reach && line.Cells[i] <= box.Right + line.Size * OptionReach, -1);
            if (cell < 0) continue;
            if (field.IsChecked) ticked.Add((box, cells[cell]));
            var kept = Enumerable.Range(0, cells.Length).Where(i => i != cell).ToList();
            if (kept.Count == 0) { lines.RemoveAt(at); continue; }
            // Word places after the dropped name would point past their new place in the text: only those before it stay.
            var cut = cells.Take(cell).Sum(c => c.Length + 1);
            lines[at] = line with
            {
                Text = string.Join('\t', kept.Select(i => cells[i])),
                Cells = kept.Select(i => line.Cells[i]).ToList(),
                CellEnds = kept.Select(i => line.CellEnds[i]).ToList(),
                Words = line.Words.Where(w => w.Index < cut).ToList(),
            };
        }
        foreach (var group in ticked.GroupBy(t => Owner(lines, page, t.Box)).Where(g => g.Key >= 0).OrderByDescending(g => g.Key))
        {
            var owner = lines[group.Key];
            lines[group.Key] = owner with
            {
                Text = owner.Text + "\t: " + string.Join(", ", group.Select(t => t.Name)),
                Cells = [.. owner.Cells, group.Min(t => t.Box.Left)],
                CellEnds = [.. owner.CellEnds, group.Max(t => t.Box.Right)],
            };
        }
    }

    /// <summary>The nearest line at or above a box whose text starts left of it: the label of the group of options the box is one of.</summary>
    private static int Owner(List<PdfLine> lines, int page, PdfRectangle box)
    {
        var best = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Page != page || l.RuledCells is not null || l.Cells.Count == 0 || l.Cells[0] >= box.Left || l.Y < box.Bottom - Reach || l.Y > box.Top + l.Size * GroupReach) continue;
            if (best < 0 || l.Y < lines[best].Y) best = i;
        }
        return best;
    }
}
