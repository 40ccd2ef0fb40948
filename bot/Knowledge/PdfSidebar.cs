using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A box set beside the running text (key dates, a contact panel in the margin column): a filled or framed rectangle
/// narrower than half the page, holding lines of its own while body text runs beside it. Read with the page by
/// baselines, its smaller lines fall between the body's and a baseline the two share joins them into one line; read
/// apart, the box is a passage of its own after the page's text.
/// </summary>
internal static class PdfSidebar
{
    private const double MaxShare = 0.45;   // of the page's width
    private const double MinSide = 30;      // points: smaller shapes are bullets, underlines, rules
    private const int MinLetters = 20;
    private const double Tolerance = 2;

    /// <summary>The margin boxes on a page among the letters still read by baselines (a ruled table's are not).</summary>
    public static IReadOnlyList<PdfRectangle> Find(Page page, IReadOnlyList<Letter> letters)
    {
        var boxes = page.Paths.Where(p => (p.IsFilled || p.IsStroked) && !p.IsClipping)
            .Select(p => p.GetBoundingRectangle()).Where(r => r.HasValue).Select(r => r!.Value)
            .Where(r => r.Width >= MinSide && r.Height >= MinSide && r.Width <= page.Width * MaxShare)
            .Where(r => letters.Count(l => Holds(r, l)) >= MinLetters).ToList();
        // Beside running text: at the box's heights, more letters outside every box than inside this one. Boxes set
        // side by side (key figures in a row) have only each other beside them.
        return boxes.Where(box =>
        {
            var inside = letters.Count(l => Holds(box, l));
            var beside = letters.Count(l => l.StartBaseLine.Y <= box.Top && l.StartBaseLine.Y >= box.Bottom && !boxes.Any(b => Holds(b, l)));
            return beside >= inside;
        }).ToList();
    }

    public static bool Holds(PdfRectangle box, Letter letter) =>
        letter.StartBaseLine.X >= box.Left - Tolerance && letter.EndBaseLine.X <= box.Right + Tolerance &&
        letter.StartBaseLine.Y >= box.Bottom - Tolerance && letter.StartBaseLine.Y <= box.Top + Tolerance;
}
