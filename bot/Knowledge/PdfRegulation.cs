using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A regulation or decree (peraturan bupati/wali kota/gubernur, keputusan) read by its own structure rather than by
/// type sizes: a scan's OCR layer, or a typed copy, sets its chapters ("BAB II" over "MASTERPLAN") and articles
/// ("Pasal 2") in the body font. Its chapters and articles are its sections; its numbered lines ("1. Daerah adalah …")
/// are definitions and points, never headings; its title is the block "PERATURAN … NOMOR … TENTANG …" on page one.
/// </summary>
internal static partial class PdfRegulation
{
    /// <summary>The lines with each bare chapter joined to its name, and the heading depth of every chapter and article.</summary>
    public sealed record Structure(IReadOnlyList<PdfLine> Lines, Dictionary<PdfLine, int> Headings);

    // Articles are numbered from 1 up; two make a regulation's structure (a letter may cite one "Pasal 5" on a line).
    private const int MinArticles = 2;
    private const int MaxChapterNameWords = 10;
    private const int TitleSearchLines = 15;

    public static Structure? Read(IReadOnlyList<PdfLine> lines)
    {
        var clauses = new HashSet<PdfLine>();
        if (OpensLikeRegulation(lines)) lines = WithLabelsApart(lines, clauses);
        var articles = lines.Where(l => Article().IsMatch(l.Text)).Select(l => int.Parse(Article().Match(l.Text).Groups["n"].Value)).ToList();
        var numbered = articles.Count >= MinArticles && articles[0] == 1 && articles.Zip(articles.Skip(1)).All(p => p.Second > p.First);
        if (!numbered && clauses.Count < MinArticles) return null;
        var joined = new List<PdfLine>(lines.Count);
        var headings = new Dictionary<PdfLine, int>();
        var chapters = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (Chapter().IsMatch(line.Text))
            {
                // "BAB II" over "MASTERPLAN": the name below is the chapter's.
                if (i + 1 < lines.Count && IsChapterName(lines[i + 1], line)) { line = line with { Text = $"{line.Text} {lines[i + 1].Text}" }; i++; }
                chapters = true;
                headings[line] = 1;
            }
            else if (Article().IsMatch(line.Text) && numbered || clauses.Contains(line)) headings[line] = chapters ? 2 : 1;
            joined.Add(line);
        }
        return new Structure(joined, headings);
    }

    /// <summary>
    /// A decree sets each clause's label in a column of its own, its text beside it: "Menimbang | a. bahwa …",
    /// "KESATU | Bimbingan teknis …", "Pasal 1 | Setiap tahap …". Such a line is no table row: the label is the
    /// clause's heading and the text its first line. A label is one capitalised word (a diktum or a consideration) or
    /// an article; the document must open like a regulation (its title block) for labels to be read so.
    /// </summary>
    private static IReadOnlyList<PdfLine> WithLabelsApart(IReadOnlyList<PdfLine> lines, HashSet<PdfLine> clauses)
    {
        var apart = new List<PdfLine>(lines.Count);
        foreach (var line in lines)
        {
            var tab = line.Text.IndexOf('\t');
            var cell = tab > 0 ? line.Text[..tab].Trim() : "";
            var rest = tab > 0 ? line.Text[(tab + 1)..].Trim() : "";
            var label = cell.TrimEnd(':').Trim();
            var text = rest.TrimStart(':').Trim();
            // Two cells, the second a sentence: a table row's cells are values, not clauses.
            if (label.Length == 0 || rest.Contains('\t') || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinClauseWords
                || !IsClauseLabel(label, colon: cell.EndsWith(':') || rest.StartsWith(':'), text))
            { apart.Add(line); continue; }
            // A label alone ("KESATU") says nothing of the clause: its opening words name what it is about.
            var heading = line with { Text = $"{label}: {Opening(text)}", Cells = [] };
            clauses.Add(heading);
            apart.Add(heading);
            if (text.Length > 0) apart.Add(line with { Text = text, Bold = false, Cells = [] });
        }
        return apart;
    }

    // The kind of regulation opens page one, on a line of its own or joined with the rest of the title block.
    private static bool OpensLikeRegulation(IReadOnlyList<PdfLine> lines) =>
        lines.Take(TitleSearchLines).Where(l => l.Page == lines[0].Page).Any(l => Kind().IsMatch(l.Text.TrimStart()));

    private const int HeadingWords = 8;

    private static string Opening(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= HeadingWords ? text : string.Join(' ', words.Take(HeadingWords)) + " …";
    }

    private const int MinLabelLetters = 4;
    private const int MinClauseWords = 6;

    // An article, a diktum in capitals ("KESATU"), or a capitalised word ("Menimbang") that a colon or an enumerated
    // ground ("a. bahwa …", "1. Peraturan …") shows to be a label: a table's first column is capitalised too.
    private static bool IsClauseLabel(string label, bool colon, string text) =>
        Article().IsMatch(label) || label.Length >= MinLabelLetters && label.All(char.IsLetter) && char.IsUpper(label[0])
            && (label.All(char.IsUpper) || colon || Enumerated().IsMatch(text));

    [GeneratedRegex(@"^(?:[a-z]|\d{1,2})\.\s")]
    private static partial Regex Enumerated();

    private static bool IsChapterName(PdfLine next, PdfLine chapter) =>
        next.Page == chapter.Page && !next.Text.Contains('\t') && !Article().IsMatch(next.Text) && !Chapter().IsMatch(next.Text)
        && next.Text.Any(char.IsLetter) && next.Text == next.Text.ToUpperInvariant()
        && next.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxChapterNameWords;

    /// <summary>
    /// "PERATURAN BUPATI KULON PROGO / NOMOR 27 TAHUN 2034 / TENTANG / PENYELENGGARAAN …": the capitals from the kind of
    /// regulation down to its subject, before "DENGAN RAHMAT TUHAN …" or the issuer's line ("BUPATI …,").
    /// </summary>
    public static string? Title(IReadOnlyList<PdfLine> lines)
    {
        var firstPage = lines.Count > 0 ? lines[0].Page : 0;
        var head = lines.Take(TitleSearchLines).Where(l => l.Page == firstPage).ToList();
        var start = head.FindIndex(l => Kind().IsMatch(l.Text));
        if (start < 0) return null;
        var parts = new List<string>();
        foreach (var line in head.Skip(start))
        {
            var text = line.Text.Trim();
            if (text.Length == 0 || text != text.ToUpperInvariant() || text.EndsWith(',') || text.Contains('\t') || Blessing().IsMatch(text)) break;
            parts.Add(text);
        }
        var title = string.Join(' ', parts);
        return title.Contains(" TENTANG ", StringComparison.Ordinal) && !title.EndsWith(" TENTANG", StringComparison.Ordinal) ? title : null;
    }

    /// <summary>A line that is an article's number alone ("Pasal 12").</summary>
    public static bool IsArticle(string text) => Article().IsMatch(text);

    /// <summary>A line that is a chapter's number alone ("BAB IV").</summary>
    public static bool IsChapter(string text) => Chapter().IsMatch(text);

    [GeneratedRegex(@"^Pasal\s+(?<n>\d{1,3})$")]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?:BAB|Bab)\s+(?:[IVXLC]+|\d{1,2})$")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^(?:PERATURAN|KEPUTUSAN|INSTRUKSI|SURAT EDARAN)\b")]
    private static partial Regex Kind();

    [GeneratedRegex(@"^DENGAN RAHMAT\b")]
    private static partial Regex Blessing();
}
