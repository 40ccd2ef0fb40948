using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

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
            .Where(f => !IsUnder(folder, f, "data"))
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
        return Sections(body, relativePath, title, meta.Scalar("topic"), sources.Count > 0 ? sources : [relativePath], meta.Scalar("updated"));
    }

    public static KnowledgeDocument FromPdf(string file, string relativePath)
    {
        using var pdf = PdfDocument.Open(file);
        var markdown = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            var text = ContentOrderTextExtractor.GetText(page);
            if (string.IsNullOrWhiteSpace(text)) continue;
            markdown.Append("## Halaman ").Append(page.Number).AppendLine().AppendLine();
            markdown.AppendLine(text.Trim()).AppendLine();
        }
        var title = pdf.Information.Title is { Length: > 0 } t ? t : Path.GetFileNameWithoutExtension(file);
        return Sections(markdown.ToString(), relativePath, title, null, [Path.GetFileName(file)], null);
    }

    public static KnowledgeDocument FromDocx(string file, string relativePath)
    {
        using var word = WordprocessingDocument.Open(file, false);
        var markdown = new StringBuilder();
        string? title = word.PackageProperties.Title is { Length: > 0 } t ? t : null;
        foreach (var paragraph in word.MainDocumentPart?.Document?.Body?.Elements<Paragraph>() ?? [])
        {
            var text = paragraph.InnerText.Trim();
            if (text.Length == 0) continue;
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            var prefix = HeadingLevel(style) switch
            {
                0 => "# ",
                1 => "## ",
                >= 2 => "### ",
                _ => paragraph.ParagraphProperties?.NumberingProperties is not null ? "- " : "",
            };
            if (prefix == "# " && title is null) title = text;
            markdown.Append(prefix).AppendLine(text).AppendLine();
        }
        return Sections(markdown.ToString(), relativePath, title ?? Path.GetFileNameWithoutExtension(file), null, [Path.GetFileName(file)], null);
    }

    /// <summary>Word style ids: Title → 0, Heading1/Judul1 → 1, Heading2+ → 2; -1 for body text.</summary>
    private static int HeadingLevel(string styleId)
    {
        if (styleId.Equals("Title", StringComparison.OrdinalIgnoreCase) || styleId.Equals("Judul", StringComparison.OrdinalIgnoreCase)) return 0;
        foreach (var prefix in new[] { "Heading", "Judul" })
            if (styleId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && int.TryParse(styleId[prefix.Length..], out var level))
                return Math.Max(1, level);
        return -1;
    }

    public static KnowledgeDocument FromHtml(string html, string relativePath)
    {
        var document = new HtmlParser().ParseDocument(html);
        var markdown = new StringBuilder();
        string? title = document.Title is { Length: > 0 } t ? t.Trim() : null;
        foreach (var element in document.Body?.QuerySelectorAll("h1, h2, h3, h4, p, li") ?? Enumerable.Empty<AngleSharp.Dom.IElement>())
        {
            if (element.LocalName == "p" && element.Closest("li") is not null) continue; // the list item already carries it
            var text = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length == 0) continue;
            var prefix = element.LocalName switch { "h1" => "# ", "h2" => "## ", "h3" or "h4" => "### ", "li" => "- ", _ => "" };
            if (prefix == "# ") title ??= text;
            markdown.Append(prefix).AppendLine(text).AppendLine();
        }
        var sources = document.QuerySelectorAll("meta[name=source], link[rel=canonical]")
            .Select(e => e.GetAttribute("content") ?? e.GetAttribute("href"))
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList();
        return Sections(markdown.ToString(), relativePath, title ?? Path.GetFileNameWithoutExtension(relativePath), null,
            sources.Count > 0 ? sources : [Path.GetFileName(relativePath)], null);
    }

    /// <summary>Splits Markdown into passages: one per ## or ### section, text before the first ## as its own passage.</summary>
    public static KnowledgeDocument Sections(string markdown, string relativePath, string? title, string? topic,
        IReadOnlyList<string> sources, string? updated)
    {
        var passages = new List<Passage>();
        string? h1 = null;
        string? h2 = null;
        string? h3 = null;
        var body = new StringBuilder();
        var pending = new List<(IReadOnlyList<string> Headings, string Body)>();

        void Flush()
        {
            var text = body.ToString().Trim();
            body.Clear();
            if (text.Length == 0) return;
            IReadOnlyList<string> headings = h3 is not null ? [h2 ?? "", h3] : h2 is not null ? [h2] : [];
            pending.Add((headings.Where(h => h.Length > 0).ToList(), text));
        }

        var inFence = false;
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            if (!inFence && line.StartsWith("# ", StringComparison.Ordinal)) { Flush(); h1 ??= line[2..].Trim(); h2 = h3 = null; continue; }
            if (!inFence && line.StartsWith("## ", StringComparison.Ordinal)) { Flush(); h2 = line[3..].Trim(); h3 = null; continue; }
            if (!inFence && line.StartsWith("### ", StringComparison.Ordinal)) { Flush(); h3 = line[4..].Trim(); continue; }
            body.AppendLine(line);
        }
        Flush();

        var documentTitle = title ?? h1 ?? Path.GetFileNameWithoutExtension(relativePath);
        var documentTopic = topic ?? Path.GetFileNameWithoutExtension(relativePath);
        foreach (var (headings, text) in pending)
            passages.Add(new Passage($"{relativePath}#{passages.Count}", relativePath, documentTitle, documentTopic, headings, text, sources));
        return new KnowledgeDocument(relativePath, documentTitle, documentTopic, sources, updated, passages);
    }
}

/// <summary>The small YAML subset used in front matter: scalars, "- item" lists and [a, b] inline lists.</summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public string? Scalar(string key) => _values.TryGetValue(key, out var v) && v.Count > 0 ? v[0] : null;

    public IReadOnlyList<string> List(string key) => _values.TryGetValue(key, out var v) ? v : [];

    public static (FrontMatter Meta, string Body) Split(string text)
    {
        var meta = new FrontMatter();
        var lines = text.Replace("\r\n", "\n").TrimStart('\uFEFF').Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---") return (meta, text);
        var end = Array.FindIndex(lines, 1, l => l.Trim() is "---" or "...");
        if (end < 0) return (meta, text);
        string? current = null;
        for (var i = 1; i < end; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("- ", StringComparison.Ordinal) && current is not null)
            {
                meta._values[current].Add(Unquote(line.TrimStart()[2..]));
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(line[0])) continue;
            current = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            var values = meta._values[current] = [];
            if (value.StartsWith('[') && value.EndsWith(']'))
                values.AddRange(value[1..^1].Split(',').Select(Unquote).Where(v => v.Length > 0));
            else if (value.Length > 0) values.Add(Unquote(value));
        }
        return (meta, string.Join('\n', lines[(end + 1)..]));
    }

    private static string Unquote(string value)
    {
        value = value.Trim();
        if (value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\''))
            value = value[1..^1].Replace("\\\"", "\"");
        return value;
    }
}
