using System.Text;
using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A plain-text document typed with no markup (a memo or letter saved as .txt): lines in capitals are its headings,
/// "Label : value" lines and points numbered by hand ("1)", "a.") are one line each, a wrapped line continues the point
/// above it, indentation is layout (never a code block), and the signature block reads as who signed, as in a Word
/// letter. Read as Markdown, the same text would be one long paragraph under the file name.
/// </summary>
internal static partial class PlainTextLayout
{
    /// <summary>Whether a .txt file is plain text rather than Markdown saved as .txt (front matter or # headings).</summary>
    public static bool IsPlain(string text) =>
        !text.TrimStart().StartsWith("---") && !MarkdownHeading().IsMatch(text);

    /// <summary>The text as Markdown, and the kind of document its heading names ("NOTA DINAS" above "Nomor …" → "Nota dinas").</summary>
    public static (string Markdown, string? Kind) ToMarkdown(string text)
    {
        var markdown = new StringBuilder();
        string? kind = null, heading = null, current = null, letterHeading = null;
        var (inItem, inParagraph, sawPoints) = (false, false, false);
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var opensBlock = i == 0 || lines[i - 1].Length == 0 || heading is not null;
            if (line.Length == 0 || IsSignedMark(line)) { Close(); (inItem, inParagraph) = (false, false); continue; }
            if (opensBlock && IsCapitals(line) && !ServantNumber().IsMatch(line))
            {
                heading = heading is null ? line : heading + " " + line;
                continue;
            }
            if (heading is not null && kind is null && KindAbove(heading, line) is { } named) (kind, letterHeading) = (named, heading);
            Close();
            // "Tembusan:" alone over numbered lines: the list's heading, so the copies are not read as the last chapter's points.
            if (line.EndsWith(':') && line.Split(' ').Length <= 2 && lines.Skip(i + 1).FirstOrDefault(l => l.Length > 0) is { } next && HandMarker().IsMatch(next))
            {
                heading = line.TrimEnd(':');
                continue;
            }
            if (LabelLine().Match(line) is { Success: true } label && label.Groups[1].Value.Split(' ').Length <= 3)
            {
                markdown.Append("\n- ").Append(label.Groups[1].Value).Append(": ").Append(label.Groups[2].Value);
                (inItem, inParagraph) = (true, false);
            }
            else if (HandMarker().IsMatch(line))
            {
                // Lettered points sit under the numbered point above them, as a letter's "a." under its "1)".
                var nested = char.IsLetter(line[0]) && sawPoints;
                markdown.Append(nested ? "\n  - " : "\n- ").Append(DocxLetter.WithoutMarker(line));
                (inItem, inParagraph, sawPoints) = (true, false, true);
            }
            // The civil-servant number stands apart from the name above it, as a signature block is read.
            else if (ServantNumber().IsMatch(line)) { markdown.Append("\n\n").Append(line).Append("\n\n"); (inItem, inParagraph) = (false, false); }
            else if (inItem || inParagraph) markdown.Append(' ').Append(line);
            else
            {
                // Text after a chapter's points, at the letter's margin, is the letter's own again (the closing and
                // its signature): it goes back under the heading that named the letter.
                if (sawPoints && letterHeading is not null && current != letterHeading) { heading = letterHeading; Close(); }
                markdown.Append("\n\n").Append(line);
                inParagraph = true;
            }
        }
        Close();
        return (markdown.ToString().Trim() + "\n", kind);

        void Close()
        {
            if (heading is null) return;
            markdown.Append("\n\n## ").Append(heading).Append("\n\n");
            (current, heading, sawPoints) = (heading, null, false);
        }
    }

    /// <summary>A heading typed in capitals: letters and no lower case, a few words, no closing stop or comma.</summary>
    internal static bool IsCapitals(string line) =>
        line.Count(char.IsLetter) >= 3 && !line.Any(char.IsLower) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12
        && !".,;:".Contains(line[^1]);

    // "NOTA DINAS" over "Nomor : …": the heading says what kind of document this is (DocxLetter.Kind reads "X NOMOR …").
    private static string? KindAbove(string heading, string line) =>
        line.StartsWith("Nomor", StringComparison.OrdinalIgnoreCase) ? DocxLetter.Kind(heading + " Nomor") : null;

    // "ttd", "ttd." or "(ttd)": the mark standing for a signature on a typed copy, no content.
    private static bool IsSignedMark(string line) => SignedMark().IsMatch(line);

    [GeneratedRegex(@"^\(?ttd\.?\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignedMark();

    // "Nomor   : ND-118/…", "Yth.     : …": a short label, spaces, a colon and its value.
    [GeneratedRegex(@"^([A-Za-z][A-Za-z./ ]{0,24}?)\s*:\s+(\S.*)$")]
    private static partial Regex LabelLine();

    // "1) …", "2. …", "a. …", "iv) …": a point numbered by hand.
    [GeneratedRegex(@"^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+\S")]
    private static partial Regex HandMarker();

    [GeneratedRegex(@"^NIP\.?\s*:?\s*\d")]
    private static partial Regex ServantNumber();

    [GeneratedRegex(@"^#{1,6} \S", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();
}
