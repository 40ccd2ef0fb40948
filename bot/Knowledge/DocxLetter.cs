using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// The layout of an official letter or decree typed in Word (surat edaran, keputusan): a title block of centred bold
/// lines ("SURAT EDARAN / NOMOR … / TENTANG / …") that is one heading and names the document, points numbered by hand
/// ("1.&lt;tab&gt;…", "a.&lt;tab&gt;…" under them) that are list items nested by their indent, and a signature block
/// whose name line only says who signed when read with the office above it.
/// </summary>
internal static partial class DocxLetter
{
    /// <summary>
    /// Runs of consecutive centred paragraphs wholly in bold, joined: the first paragraph of each run maps to the
    /// joined text, the others to null (read as part of the first).
    /// </summary>
    public static Dictionary<Paragraph, string?> CentredBlocks(IReadOnlyList<Paragraph> paragraphs, DocxContent content)
    {
        var joined = new Dictionary<Paragraph, string?>();
        var run = new List<Paragraph>();
        var atTop = true; // the document's opening lines: a title block there is centred, bold or not
        void Close()
        {
            if (run.Count > 0) atTop = false;
            if (run.Count >= 2)
            {
                joined[run[0]] = string.Join(' ', run.Select(p => DocxContent.Text(p).Trim()));
                foreach (var p in run.Skip(1)) joined[p] = null;
            }
            run.Clear();
        }
        foreach (var paragraph in paragraphs)
        {
            var text = DocxContent.Text(paragraph).Trim();
            if (text.Length == 0) { Close(); continue; }
            var centred = paragraph.ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Center;
            if (centred && text.Split(' ').Length <= 16 && !".;".Contains(text[^1]) && paragraph.ParagraphProperties?.NumberingProperties is null && content.AllBold(paragraph) is var bold && (bold || atTop))
            {
                // A plain line after bold ones (a letterhead's address under its office) is no part of the bold block.
                if (run.Count > 0 && bold != content.AllBold(run[0])) Close();
                run.Add(paragraph);
            }
            else { Close(); atTop = false; }
        }
        Close();
        return joined;
    }

    /// <summary>A joined title block naming its subject ("… TENTANG …"): what the document is, whatever the letterhead above it says.</summary>
    public static bool NamesSubject(string block) => Subject().IsMatch(block);

    [GeneratedRegex(@"\S\s+(?:TENTANG|Tentang)\s+\S")]
    private static partial Regex Subject();

    /// <summary>
    /// What kind of document a title block opens ("SURAT EDARAN NOMOR … TENTANG …" → "Surat edaran"), so the signature
    /// line says what was signed, as the letter's own closing sentence ("Demikian surat edaran ini …") does.
    /// </summary>
    public static string? Kind(string? block)
    {
        if (block is null || KindWords().Match(block) is not { Success: true } m) return null;
        var kind = m.Groups[1].Value.Trim().ToLowerInvariant();
        return kind.Split(' ').Length > 4 ? null : char.ToUpperInvariant(kind[0]) + kind[1..];
    }

    // A civil servant's rank closes with its group in parentheses ("Penata Tingkat I (III/d)").
    [GeneratedRegex(@"^(.+?)\s+((?:\p{Lu}\p{Ll}+\s+|I\s+){1,4}\((?:IV|III|II|I)/[a-e]\))$")]
    private static partial Regex RankAfterName();

    [GeneratedRegex(@"^(.+?)\s+(?:NOMOR|Nomor|TENTANG|Tentang)\b")]
    private static partial Regex KindWords();

    // "1.<tab>", "a)<tab>": a list marker typed by hand and lined up with a tab.
    [GeneratedRegex(@"^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$")]
    private static partial Regex Marker();

    /// <summary>Whether the paragraph opens with a hand-typed list marker followed by a tab (no Word numbering).</summary>
    public static bool IsHandNumbered(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.NumberingProperties is not null) return false;
        var parts = paragraph.Descendants().Where(e => e is Text or TabChar).Take(2).ToList();
        return parts.Count == 2 && parts[0] is Text marker && Marker().IsMatch(marker.Text) && parts[1] is TabChar;
    }

    /// <summary>The text without its hand-typed marker.</summary>
    public static string WithoutMarker(string text) => MarkerAndSpace().Replace(text, "", 1);

    [GeneratedRegex(@"^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+")]
    private static partial Regex MarkerAndSpace();

    /// <summary>A point that reads as a sentence of the letter rather than an item of a list: a closing stop and several words (or a lead-in's colon).</summary>
    public static bool IsSentence(string text) => text.EndsWith('.') && text.Split(' ').Length >= 8;

    /// <summary>The left indent of a paragraph (twips), which nests hand-numbered points.</summary>
    public static int Indent(Paragraph paragraph) =>
        int.TryParse(paragraph.ParagraphProperties?.Indentation?.Left?.Value, out var left) ? left : 0;

    // The civil-servant number line closing a signature block ("NIP 19700512 199503 1 004").
    // A signature block's opening line: a place, a comma, then a date of day, month and year ("Nunukan, 2 Juni 2026").
    [GeneratedRegex(@"^\p{Lu}[\p{L} .'-]{1,40}, \d{1,2} \p{L}{3,} \d{4}\s+")]
    private static partial Regex PlaceAndDate();

    [GeneratedRegex(@"(?:^|; )NIP\.?\s*:?\s*\d")]
    private static partial Regex ServantNumber();

    private const int MaxNameWords = 8;

    /// <summary>
    /// A table laying signature blocks side by side (the minutes' "Notulis," beside "Pimpinan Rapat,"): each cell read
    /// as one line saying who signed for which role, as a signature block in the text is. Null when any filled cell
    /// is no signature block.
    /// </summary>
    public static List<string>? SignatureCells(Table table)
    {
        var cells = table.Descendants<TableCell>()
            .Select(c => c.Elements<Paragraph>().Select(p => DocxContent.Text(p).Trim()).ToList())
            .Where(c => c.Exists(t => t.Length > 0)).ToList();
        if (cells.Count == 0) return null;
        var lines = new List<string>();
        foreach (var cell in cells)
        {
            if (Signed(cell) is not { } line) return null;
            lines.Add(line);
        }
        return lines;
    }

    // The role line ends in a comma and the space left to sign (empty paragraphs) separates it from the name; the
    // lines above it say where and when, the ones below the name the rank and NIP.
    private static string? Signed(List<string> paragraphs)
    {
        for (var r = 0; r < paragraphs.Count - 2; r++)
        {
            if (!paragraphs[r].EndsWith(',') || paragraphs[r + 1].Length > 0) continue;
            var n = r + 1;
            while (n < paragraphs.Count && paragraphs[n].Length == 0) n++;
            if (n >= paragraphs.Count || paragraphs[n].Split(' ').Length > MaxNameWords) return null;
            var before = paragraphs.Take(r).Where(p => p.Length > 0).ToList();
            var after = paragraphs.Skip(n + 1).Where(p => p.Length > 0).ToList();
            if (after.Count > 2) return null;
            var line = $"Ditandatangani oleh {paragraphs[n].TrimEnd(',')}, {paragraphs[r].TrimEnd(',')}";
            if (after.Count > 0) line += $" ({string.Join(", ", after)})";
            return before.Count > 0 ? $"{string.Join(" ", before).TrimEnd(',', ':')}: {line}." : line + ".";
        }
        return null;
    }

    /// <summary>
    /// What may stand between a signature block's lines: blank space, or the heading a letter without headings gives
    /// each of its paragraphs ("## Surat … (3)"), which a block's office, name and NIP lines each got.
    /// </summary>
    private static bool Between(string paragraph) =>
        paragraph.Trim().Length == 0 || paragraph.StartsWith("## ", StringComparison.Ordinal) && paragraph.TrimEnd().EndsWith(')') && !paragraph.Contains('\n');

    /// <summary>
    /// A signature block — the office ending in a comma, the signer's name, then rank and NIP — read as one line saying
    /// who signed, so a question about who signed finds the name with the office it signs for.
    /// </summary>
    public static string Signatures(string markdown, string? kind)
    {
        var paragraphs = markdown.Split("\n\n").ToList();
        for (var i = paragraphs.Count - 1; i >= 2; i--)
        {
            if (!ServantNumber().IsMatch(paragraphs[i])) continue;
            var n = i - 1;
            while (n > 0 && Between(paragraphs[n])) n--;
            var o = n - 1;
            while (o > 0 && Between(paragraphs[o])) o--;
            var (name, office) = (paragraphs[n].Trim(), paragraphs[o].Trim());
            // A block opened by its place and date ("Nunukan, 2 Juni 2026") read on one line with the office: the
            // office is what follows the date, a signing office whether or not its line closes with a comma.
            var dated = PlaceAndDate().Match(office);
            if (dated.Success && dated.Length < office.Length) office = office[dated.Length..].Trim().TrimEnd(',') + ",";
            var rank = "";
            // A printed block whose name and rank lines were read as one paragraph: the rank ("Pembina (IV/a)") is
            // the name's rank, not part of it.
            if (RankAfterName().Match(name) is { Success: true } ranked) (name, rank) = (ranked.Groups[1].Value.Trim(), ranked.Groups[2].Value + ", ");
            if (o < 0 || name.Split(' ').Length > 8 || !office.EndsWith(',') || office.Split(' ').Length > 20 || name.StartsWith('#') || office.StartsWith('#')) continue;
            // The words a reader adds in reading the block: the office signs, the name below it is who.
            var line = $"{(kind is null ? "Ditandatangani" : kind + " ini ditandatangani")} oleh {name.TrimEnd(',')}, {office.Replace("; ", " ").TrimEnd(',')} ({rank}{paragraphs[i].Trim().Replace("; ", ", ")}).";
            paragraphs[o] = line;
            paragraphs.RemoveRange(o + 1, i - o);
            i = o; // the block is one paragraph now: go on above it (a block closing the text left i past the end)
        }
        return string.Join("\n\n", paragraphs);
    }
}
