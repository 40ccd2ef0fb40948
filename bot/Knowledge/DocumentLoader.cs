using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using YamlDotNet.RepresentationModel;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Reads the programme documents staff drop into knowledge/: Markdown and text (YAML front matter: title, topic,
/// sources, updated), PDF, DOCX and HTML. Every format is turned into headed sections, then into passages.
/// knowledge/data/ holds CSV data owned by the regions capability and is skipped.
/// </summary>
public static class DocumentLoader
{
    private static readonly string[] Extensions = [".md", ".markdown", ".txt", ".pdf", ".docx", ".html", ".htm"];

    public static IReadOnlyList<KnowledgeDocument> LoadFolder(string folder, Action<string, Exception>? onError = null)
    {
        if (!Directory.Exists(folder)) return [];
        var documents = new List<KnowledgeDocument>();
        foreach (var file in KnowledgeFiles(folder))
        {
            try
            {
                if (Load(file, Path.GetRelativePath(folder, file).Replace('\\', '/')) is { Passages.Count: > 0 } document)
                    documents.Add(document);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                onError?.Invoke(file, ex); // one unreadable file must not take the whole knowledge base down
            }
        }
        return documents;
    }

    /// <summary>The files that make up the knowledge base, in a stable order (also used to fingerprint a built index).</summary>
    public static IEnumerable<string> KnowledgeFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            // data/ (CSV of the regions capability), lexicon/ (word lists) and understanding/ (intent examples) are not documents.
            .Where(f => !IsUnder(folder, f, "data") && !IsUnder(folder, f, Lexicon.FolderName) && !IsUnder(folder, f, "understanding"))
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    private static bool IsUnder(string root, string file, string subfolder)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        return relative.StartsWith(subfolder + "/", StringComparison.OrdinalIgnoreCase);
    }

    public static KnowledgeDocument? Load(string file, string relativePath) =>
        Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".pdf" => FromPdf(file, relativePath),
            ".docx" => FromDocx(file, relativePath),
            ".html" or ".htm" => FromHtml(File.ReadAllText(file), relativePath),
            _ => FromMarkdown(File.ReadAllText(file), relativePath),
        };

    public static KnowledgeDocument FromMarkdown(string text, string relativePath)
    {
        var (meta, body) = FrontMatter.Split(text);
        var title = meta.Scalar("title");
        var sources = meta.List("sources");
        return Sections(body, relativePath, title, meta.Scalar("topic"), sources.Count > 0 ? sources : [title ?? Path.GetFileNameWithoutExtension(relativePath)],
            meta.Scalar("updated"), meta.Questions);
    }

    /// <summary>
    /// A PDF split by its headings: PdfPig gives every letter's font size and font; lines set larger than the body
    /// text, or bold short lines, are headings (the larger, the higher). Without any heading, every paragraph is a
    /// passage of its own — never one passage per page.
    /// </summary>
    public static KnowledgeDocument FromPdf(string file, string relativePath)
    {
        using var pdf = PdfDocument.Open(file);
        var lines = pdf.GetPages().SelectMany(PdfLines).ToList();
        var title = pdf.Information.Title is { Length: > 0 } t ? t : null;
        var markdown = PdfLayout.ToMarkdown(lines, ref title, Path.GetFileNameWithoutExtension(file).Replace('-', ' ').Replace('_', ' '));
        title ??= Path.GetFileNameWithoutExtension(file);
        return Sections(markdown, relativePath, title, null, [Citation(title, pdf.Information.Author, PdfDate(pdf.Information.CreationDate))], null);
    }

    private static IEnumerable<PdfLine> PdfLines(Page page) =>
        page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var letters = g.OrderBy(l => l.StartBaseLine.X).ToList();
                var text = new StringBuilder();
                for (var i = 0; i < letters.Count; i++)
                {
                    // A gap wider than a third of the font size is a space the PDF did not write as a glyph.
                    if (i > 0 && letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X > letters[i].PointSize * 0.25) text.Append(' ');
                    text.Append(letters[i].Value);
                }
                var size = letters.GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(s => s.Count())!.Key;
                var bold = letters.Count(l => l.FontDetails?.IsBold == true || (l.FontName ?? "").Contains("Bold", StringComparison.OrdinalIgnoreCase)) > letters.Count / 2;
                return new PdfLine(page.Number, g.Key, text.ToString().Trim(), size, bold);
            });

    private static string? PdfDate(string? raw) =>
        raw is { Length: >= 10 } && raw.StartsWith("D:", StringComparison.Ordinal) && DateTime.TryParseExact(raw[2..10], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID")) : null;

    /// <summary>How a document is cited to users: its title, author and date — never its file name.</summary>
    private static string Citation(string title, string? author, string? date) =>
        string.Join(", ", new[] { title, author, date }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>DOCX: Title/Heading styles become headings, numbered paragraphs list items, tables one line per row.</summary>
    public static KnowledgeDocument FromDocx(string file, string relativePath)
    {
        using var word = WordprocessingDocument.Open(file, false);
        var markdown = new StringBuilder();
        string? title = word.PackageProperties.Title is { Length: > 0 } t ? t : null;
        foreach (var element in word.MainDocumentPart?.Document?.Body?.ChildElements ?? [])
        {
            if (element is Table table)
            {
                AppendTable(markdown, table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => Flat(c.InnerText)).ToList()).ToList());
                continue;
            }
            if (element is not Paragraph paragraph) continue;
            var text = paragraph.InnerText.Trim();
            if (text.Length == 0) continue;
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            var prefix = HeadingLevel(style) switch
            {
                0 => "# ",
                1 => "## ",
                >= 2 => "### ",
                _ => paragraph.ParagraphProperties?.NumberingProperties is not null || style.StartsWith("List", StringComparison.OrdinalIgnoreCase) ? "- " : "",
            };
            if (prefix == "# " && title is null) title = text;
            markdown.Append(prefix).AppendLine(text).AppendLine();
        }
        title ??= Path.GetFileNameWithoutExtension(file);
        var date = word.PackageProperties.Created?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
        return Sections(markdown.ToString(), relativePath, title, null, [Citation(title, word.PackageProperties.Creator, date)], null);
    }

    /// <summary>A table as list lines "header: value; header: value", so each row is searchable on its own.</summary>
    private static void AppendTable(StringBuilder markdown, List<List<string>> rows)
    {
        if (rows.Count == 0) return;
        var header = rows[0];
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Select((cell, i) => i < header.Count && header[i].Length > 0 ? $"{header[i]}: {cell}" : cell).Where(c => c.Trim().Length > 0);
            markdown.Append("- ").AppendLine(string.Join("; ", cells));
        }
        if (rows.Count == 1) markdown.Append("- ").AppendLine(string.Join("; ", header));
        markdown.AppendLine();
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Word style ids: Title → 0, Heading1/Judul1 → 1, Heading2+ → 2; -1 for body text.</summary>
    private static int HeadingLevel(string styleId)
    {
        if (styleId.Equals("Title", StringComparison.OrdinalIgnoreCase) || styleId.Equals("Judul", StringComparison.OrdinalIgnoreCase)) return 0;
        foreach (var prefix in new[] { "Heading", "Judul" })
            if (styleId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && int.TryParse(styleId[prefix.Length..], out var level))
                return Math.Max(1, level);
        return -1;
    }

    /// <summary>
    /// HTML: h1–h3 headings, paragraphs, list items and table rows; the source from &lt;meta name="source"&gt; (or the
    /// author/publisher and the canonical link), the date from &lt;meta name="date"&gt; or article:published_time, and
    /// &lt;meta name="description"&gt; as the text before the first heading.
    /// </summary>
    public static KnowledgeDocument FromHtml(string html, string relativePath)
    {
        var document = new HtmlParser().ParseDocument(html);
        string? Meta(params string[] names) => names.Select(n => document.QuerySelector($"meta[name='{n}'], meta[property='{n}']")?.GetAttribute("content"))
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        var markdown = new StringBuilder();
        string? title = document.Title is { Length: > 0 } t ? t.Trim() : null;
        if (Meta("description", "og:description") is { } description) markdown.AppendLine(description).AppendLine();
        foreach (var element in document.Body?.QuerySelectorAll("h1, h2, h3, h4, p, li, tr") ?? Enumerable.Empty<AngleSharp.Dom.IElement>())
        {
            if (element.LocalName is "p" or "li" && (element.Closest("li") != element && element.Closest("li") is not null || element.Closest("table") is not null)) continue;
            if (element.LocalName == "tr")
            {
                var cells = element.Children.Where(c => c.LocalName is "td" or "th").Select(c => Flat(c.TextContent)).ToList();
                var header = element.Closest("table")?.QuerySelector("tr")?.Children.Where(c => c.LocalName is "th").Select(c => Flat(c.TextContent)).ToList() ?? [];
                if (element.Children.All(c => c.LocalName == "th")) continue;
                markdown.Append("- ").AppendLine(string.Join("; ", cells.Select((c, i) => i < header.Count && header[i].Length > 0 ? $"{header[i]}: {c}" : c)));
                continue;
            }
            var text = Flat(element.TextContent);
            if (text.Length == 0) continue;
            var prefix = element.LocalName switch { "h1" => "# ", "h2" => "## ", "h3" or "h4" => "### ", "li" => "- ", _ => "" };
            if (prefix == "# ") title ??= text;
            markdown.Append(prefix).AppendLine(text).AppendLine();
        }
        title ??= Path.GetFileNameWithoutExtension(relativePath);
        var named = document.QuerySelectorAll("meta[name=source]").Select(e => e.GetAttribute("content")).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToList();
        var link = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var date = Meta("date", "article:published_time", "dcterms.date");
        var sources = named.Count > 0
            ? named
            : [Citation(title, Meta("author", "publisher", "og:site_name"), date) + (link is { Length: > 0 } ? $" — {link}" : "")];
        if (named.Count > 0 && link is { Length: > 0 } && !named.Any(n => n.Contains(link, StringComparison.Ordinal))) sources.Add(link);
        return Sections(markdown.ToString(), relativePath, title, null, sources, date);
    }

    /// <summary>
    /// Splits Markdown into passages with Markdig: one per ## or ### section (a # heading names the document), text
    /// before the first ## as its own passage. Each passage keeps the document title and its heading path.
    /// </summary>
    public static KnowledgeDocument Sections(string markdown, string relativePath, string? title, string? topic,
        IReadOnlyList<string> sources, string? updated, IReadOnlyDictionary<string, IReadOnlyList<string>>? questions = null)
    {
        markdown = markdown.Replace("\r\n", "\n");
        var pending = new List<(IReadOnlyList<string> Headings, string Body)>();
        string? h1 = null, h2 = null, h3 = null;
        var body = new StringBuilder();

        void Flush()
        {
            var text = body.ToString().Trim();
            body.Clear();
            if (text.Length == 0) return;
            IReadOnlyList<string> headings = h3 is not null ? [h2 ?? "", h3] : h2 is not null ? [h2] : [];
            pending.Add((headings.Where(h => h.Length > 0).ToList(), text));
        }

        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            if (block is HeadingBlock { Level: <= 3 } heading)
            {
                Flush();
                var text = HeadingText(markdown, heading);
                switch (heading.Level)
                {
                    case 1: h1 ??= text; h2 = h3 = null; break;
                    case 2: h2 = text; h3 = null; break;
                    default: h3 = text; break;
                }
                continue;
            }
            body.Append(markdown, block.Span.Start, Math.Min(block.Span.Length, markdown.Length - block.Span.Start)).Append("\n\n");
        }
        Flush();

        var documentTitle = title ?? h1 ?? Path.GetFileNameWithoutExtension(relativePath);
        var documentTopic = topic ?? Path.GetFileNameWithoutExtension(relativePath);
        var passages = new List<Passage>();
        foreach (var (headings, text) in pending)
            passages.Add(new Passage($"{relativePath}#{passages.Count}", relativePath, documentTitle, documentTopic, headings, text, sources)
            {
                AlternateQuestions = questions is not null && headings.Count > 0 && questions.TryGetValue(headings[^1], out var asked) ? asked : [],
            });
        return new KnowledgeDocument(relativePath, documentTitle, documentTopic, sources, updated, passages);
    }

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    // The heading as written, without the #s (ATX) or the underline (setext).
    private static string HeadingText(string markdown, HeadingBlock heading)
    {
        var raw = markdown.Substring(heading.Span.Start, Math.Min(heading.Span.Length, markdown.Length - heading.Span.Start));
        return raw.Split('\n')[0].Trim().Trim('#').Trim();
    }
}

/// <summary>A line of a PDF page: its text, the font size most of its letters have, and whether it is bold.</summary>
internal sealed record PdfLine(int Page, double Y, string Text, double Size, bool Bold);

/// <summary>Turns PDF lines into Markdown: headings by font size and weight, paragraphs by spacing, bullets as list items.</summary>
internal static class PdfLayout
{
    private const double HeadingScale = 1.15;
    private const int MaxHeadingWords = 14;

    public static string ToMarkdown(IReadOnlyList<PdfLine> lines, ref string? title, string fallbackName)
    {
        if (lines.Count == 0) return "";
        // The body size is the size most letters are set in.
        var bodySize = lines.GroupBy(l => l.Size).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        bool IsHeading(PdfLine l) => l.Text.Split(' ').Length <= MaxHeadingWords && !l.Text.EndsWith('.') &&
                                     (l.Size >= bodySize * HeadingScale || l.Bold && l.Size >= bodySize);
        var headingSizes = lines.Where(IsHeading).Select(l => l.Size + (l.Bold ? 0.01 : 0)).Distinct().OrderDescending().ToList();
        var markdown = new StringBuilder();
        if (headingSizes.Count == 0) return Paragraphs(lines, markdown, asSections: true, title ?? fallbackName);
        // The largest size opens the document (its title) when it is the first line; the others are ## and ###.
        var first = lines[0];
        var titled = IsHeading(first) && Math.Abs(first.Size + (first.Bold ? 0.01 : 0) - headingSizes[0]) < 0.001 && lines.Count(l => IsHeading(l) && Math.Abs(l.Size + (l.Bold ? 0.01 : 0) - headingSizes[0]) < 0.001) == 1;
        var levels = titled ? headingSizes.Skip(1).ToList() : headingSizes;
        var paragraph = new List<PdfLine>();
        void FlushParagraph() { if (paragraph.Count > 0) Paragraphs(paragraph, markdown, asSections: false, null); paragraph.Clear(); }
        foreach (var line in lines)
        {
            if (!IsHeading(line)) { paragraph.Add(line); continue; }
            FlushParagraph();
            var size = line.Size + (line.Bold ? 0.01 : 0);
            if (titled && line == first) { title ??= line.Text; markdown.Append("# ").AppendLine(line.Text).AppendLine(); continue; }
            var level = Math.Min(levels.IndexOf(size), 1);
            markdown.Append(level == 0 ? "## " : "### ").AppendLine(line.Text).AppendLine();
        }
        FlushParagraph();
        return markdown.ToString();
    }

    /// <summary>Lines to paragraphs (a gap larger than the line spacing starts one), bullets to "- " items; as sections when the PDF has no headings.</summary>
    private static string Paragraphs(IReadOnlyList<PdfLine> lines, StringBuilder markdown, bool asSections, string? title)
    {
        var spacing = lines.Zip(lines.Skip(1)).Where(p => p.First.Page == p.Second.Page).Select(p => p.First.Y - p.Second.Y).Where(d => d > 0).DefaultIfEmpty(0).Order().ElementAt(0);
        var paragraphs = new List<List<string>>();
        var current = new List<string>();
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            var bullet = line.Text.Length > 1 && "•-–▪●*".Contains(line.Text[0]);
            var gap = previous is not null && (previous.Page != line.Page || previous.Y - line.Y > spacing * 1.4);
            if ((gap || bullet) && current.Count > 0) { paragraphs.Add(current); current = []; }
            current.Add(bullet ? "- " + line.Text[1..].Trim() : line.Text);
            previous = line;
        }
        if (current.Count > 0) paragraphs.Add(current);
        var n = 0;
        foreach (var p in paragraphs)
        {
            var isItem = p[0].StartsWith("- ", StringComparison.Ordinal);
            if (asSections && !isItem) markdown.Append("## ").Append(title ?? "Bagian").Append(" (").Append(++n).AppendLine(")").AppendLine();
            markdown.AppendLine(isItem ? p[0] + (p.Count > 1 ? " " + string.Join(' ', p.Skip(1)) : "") : string.Join(' ', p)).AppendLine();
        }
        return markdown.ToString();
    }
}

/// <summary>YAML front matter (YamlDotNet): scalars, lists, and `questions:` (heading → other ways to ask it).</summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IReadOnlyList<string>> _questions = new(StringComparer.OrdinalIgnoreCase);

    public string? Scalar(string key) => _values.TryGetValue(key, out var v) && v.Count > 0 ? v[0] : null;

    public IReadOnlyList<string> List(string key) => _values.TryGetValue(key, out var v) ? v : [];

    /// <summary>Alternate questions per section heading, as staff listed them under `questions:`.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Questions => _questions;

    public static (FrontMatter Meta, string Body) Split(string text)
    {
        var meta = new FrontMatter();
        var lines = text.Replace("\r\n", "\n").TrimStart('\uFEFF').Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---") return (meta, text);
        var end = Array.FindIndex(lines, 1, l => l.Trim() is "---" or "...");
        if (end < 0) return (meta, text);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(string.Join('\n', lines[1..end])));
        if (yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode root)
            foreach (var (keyNode, value) in root.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value ?? "";
                if (key.Equals("questions", StringComparison.OrdinalIgnoreCase) && value is YamlMappingNode perHeading)
                    foreach (var (heading, asked) in perHeading.Children)
                        meta._questions[((YamlScalarNode)heading).Value ?? ""] = Values(asked);
                else meta._values[key] = Values(value);
            }
        return (meta, string.Join('\n', lines[(end + 1)..]));
    }

    private static List<string> Values(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value is { Length: > 0 } v ? [v] : [],
        YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList(),
        _ => [],
    };
}
