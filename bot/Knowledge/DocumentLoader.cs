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
using static SmartCity.Bot.Knowledge.FlatText;

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
            ".txt" when File.ReadAllText(file) is var text && PlainTextLayout.IsPlain(text) => FromPlainText(text, relativePath),
            _ => FromMarkdown(File.ReadAllText(file), relativePath),
        };

    /// <summary>
    /// A .txt typed with no markup (a memo, a letter): its capitals lines head sections, its points are list lines and
    /// its signature block says who signed; the file name is its title, as for a PDF without one.
    /// </summary>
    public static KnowledgeDocument FromPlainText(string text, string relativePath)
    {
        var (markdown, kind) = PlainTextLayout.ToMarkdown(text);
        var title = Path.GetFileNameWithoutExtension(relativePath).Replace('-', ' ').Replace('_', ' ');
        return Sections(DocxLetter.Signatures(markdown, kind), relativePath, title, null, [title], null, readFrontToBack: true);
    }

    public static KnowledgeDocument FromMarkdown(string text, string relativePath)
    {
        var (meta, body) = FrontMatter.Split(text);
        var title = meta.Scalar("title");
        var sources = meta.List("sources");
        return Sections(WithHtmlRead(body), relativePath, title, meta.Scalar("topic"), sources.Count > 0 ? sources : [title ?? Path.GetFileNameWithoutExtension(relativePath)],
            meta.Scalar("updated"), meta.Questions);
    }

    /// <summary>
    /// Markdown written on a site's editor often carries HTML pieces the page shows as structure: an answer folded in
    /// &lt;details&gt;/&lt;summary&gt;, an HTML table with merged cells, &lt;br&gt; and &lt;kbd&gt; inside sentences,
    /// footnotes. Read raw, their tags and entities would be the passage's words. Such a text is rendered to HTML
    /// (Markdig) and read back as a web page is, so the summary heads its answer and the table's rows read whole;
    /// Markdown with no HTML block is kept as it was written.
    /// </summary>
    internal static string WithHtmlRead(string body)
    {
        var parsed = Markdown.Parse(body, HtmlPipeline);
        if (!parsed.Descendants<HtmlBlock>().Any(b => b.Type is HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock)) return body;
        var page = new HtmlParser().ParseDocument("<html><body>" + Markdown.ToHtml(body, HtmlPipeline) + "</body></html>");
        var markdown = new StringBuilder();
        if (page.Body is { } root) HtmlBlocks.Append(root, markdown);
        return markdown.ToString();
    }

    private static readonly MarkdownPipeline HtmlPipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().Build();

    /// <summary>
    /// A PDF split by its headings: PdfPig gives every letter's font size and font; lines set larger than the body
    /// text, or bold short lines, are headings (the larger, the higher). Without any heading, every paragraph is a
    /// passage of its own — never one passage per page.
    /// </summary>
    public static KnowledgeDocument FromPdf(string file, string relativePath)
    {
        using var pdf = PdfDocument.Open(file);
        var form = pdf.TryGetForm(out var filled) ? filled : null;
        var lines = pdf.GetPages().SelectMany(p => PdfLines(p, form)).ToList();
        var placeholder = pdf.Information.Title is { Length: > 0 } named && NamesItsProgram(named, pdf.Information.Creator, pdf.Information.Producer);
        var title = pdf.Information.Title is { Length: > 0 } t && !IsFileNameTitle(t) && !placeholder ? t : null;
        var markdown = PdfLayout.ToMarkdown(lines, ref title, Path.GetFileNameWithoutExtension(file).Replace('-', ' ').Replace('_', ' '));
        // An unnamed deck's cover slide names it, even when the closing slide's "Terima Kasih" is set larger.
        if (placeholder) title ??= OpeningHeading(markdown);
        title ??= Path.GetFileNameWithoutExtension(file);
        // A letter's signature block reads as who signed it, as in a DOCX or plain-text letter.
        markdown = DocxLetter.Signatures(markdown, DocxLetter.Kind(title));
        return Sections(markdown, relativePath, title, null, [Citation(title, pdf.Information.Author, PdfDate(pdf.Information.CreationDate))], null, readFrontToBack: true);
    }

    /// <summary>
    /// The title an exporter fills in from the source file ("Microsoft Word - JUKNIS final rev2.docx"): a file name,
    /// no title, so the document's own title lines name it.
    /// </summary>
    internal static bool IsFileNameTitle(string title) =>
        FileNameTitle.IsMatch(title.Trim()) || !title.Trim().Contains(' ') && title.Contains('_') || title.TrimStart().StartsWith("Microsoft ", StringComparison.OrdinalIgnoreCase) && title.Contains(" - ", StringComparison.Ordinal);

    /// <summary>
    /// The placeholder an application writes when the author never named the file ("PowerPoint Presentation" from
    /// "Microsoft PowerPoint for Microsoft 365"): a title sharing a name with the program that made the PDF names the
    /// program, not the document, so the first slide's or page's own title lines name it.
    /// </summary>
    internal static bool NamesItsProgram(string title, params string?[] programs)
    {
        var programWords = programs.Where(p => !string.IsNullOrWhiteSpace(p))
            .SelectMany(p => ProgramWord.Matches(p!).Select(m => m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        programWords.Remove("Microsoft"); // the vendor also names documents' subjects ("Microsoft Teams untuk rapat daerah")
        return ProgramWord.Matches(title).Any(m => programWords.Contains(m.Value));
    }

    private static string? OpeningHeading(string markdown) =>
        markdown.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) is { } first && first.StartsWith('#') ? first.TrimStart('#').Trim() is { Length: > 0 } h ? h : null : null;

    private static readonly System.Text.RegularExpressions.Regex ProgramWord = new(@"\p{L}{4,}", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex FileNameTitle =
        new(@"\.(?:docx?|odt|rtf|pptx?|odp|xlsx?|ods|pdf|txt|indd|pub)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);

    private static IEnumerable<PdfLine> PdfLines(Page page, UglyToad.PdfPig.AcroForms.AcroForm? form)
    {
        // Text running up or down the page (a booklet's side tab, a stamp or watermark set at an angle) is furniture
        // beside the text, and its letters, each on a baseline of its own, would break every line they fall into.
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.TextOrientation == TextOrientation.Horizontal).ToList();
        // A table drawn with all its borders is read by the boxes its lines enclose, the rest of the page by baselines.
        var grids = PdfRuledTable.Find(page);
        var ruled = grids.SelectMany(g => PdfRuledTable.Rows(page, g, letters.Where(g.Holds).ToList())).OrderByDescending(l => l.Y).ToList();
        if (ruled.Count > 0) letters = letters.Where(l => !grids.Any(g => g.Holds(l))).ToList();
        // A box beside the running text is read on its own, its lines marked as the box's, after the page's text.
        var sidebars = PdfSidebar.Find(page, letters);
        var boxed = sidebars.Select((box, i) => (Number: i + 1, Letters: letters.Where(l => PdfSidebar.Holds(box, l)).ToList())).ToList();
        if (sidebars.Count > 0) letters = letters.Where(l => !sidebars.Any(b => PdfSidebar.Holds(b, l))).ToList();
        var lines = BaselineLines(page, letters).ToList();
        // A filled-in form's answers are its fields' values, never among the page's letters.
        PdfFormFields.Into(lines, page, form);
        foreach (var (number, inBox) in boxed) lines.AddRange(BaselineLines(page, inBox).Select(l => l with { Sidebar = number }));
        PdfTurnedHeader.Into(lines, page);
        foreach (var row in ruled)
        {
            var at = lines.FindIndex(l => l.RuledCells is null && l.Sidebar == 0 && l.Y < row.Y);
            lines.Insert(at < 0 ? lines.Count : at, row);
        }
        return lines;
    }

    private static IEnumerable<PdfLine> BaselineLines(Page page, List<UglyToad.PdfPig.Content.Letter> letters)
    {
        var rows = letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g => new PdfColumns.Row(g.Key, g.OrderBy(l => l.StartBaseLine.X).ToList()))
            .ToList();
        return PdfColumns.InReadingOrder(rows, PdfLayout.CellGap).Select(row =>
        {
            var letters = row.Letters;
            var text = new StringBuilder();
            var cells = new List<double>();
            var ends = new List<double>();
            var words = new List<(int Index, double X)>();
            var wide = new List<(int Index, double X, double End)>(); // spaces wider than a word space
            var tracking = PdfLayout.Tracking(letters);
            for (var i = 0; i < letters.Count; i++)
            {
                // A gap wider than a quarter of the font size is a space the PDF did not write as a glyph; one wider
                // than the font size separates the cells of a table row. A letter-spaced line's own spacing is no gap.
                var gap = i > 0 ? letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X - tracking : 0;
                if (gap > letters[i].PointSize * PdfLayout.CellGap) { text.Append('\t'); cells.Add(letters[i].StartBaseLine.X); ends.Add(letters[i - 1].EndBaseLine.X); }
                // The space belongs to the smaller of the two letters: in a heading set in small capitals the space
                // after a small word ("LATAR ") is narrower than a quarter of the next word's large first capital.
                else if (i > 0 && gap > Math.Min(letters[i].PointSize, letters[i - 1].PointSize) * 0.25)
                {
                    if (gap > letters[i].PointSize * PdfLayout.NarrowCellGap) wide.Add((text.Length, letters[i].StartBaseLine.X, letters[i - 1].EndBaseLine.X));
                    text.Append(' '); words.Add((text.Length, letters[i].StartBaseLine.X));
                }
                if (i == 0) cells.Add(letters[i].StartBaseLine.X);
                text.Append(letters[i].Value);
            }
            ends.Add(letters[^1].EndBaseLine.X);
            // In a row already split into three cells or more (a table's), a gap twice a word space is a column gap
            // too: a spreadsheet sets a right-aligned number ("1") a few points before the next column's text.
            if (cells.Count >= 3 && wide.Count > 0)
            {
                foreach (var (index, x, end) in wide)
                {
                    text[index] = '\t';
                    var at = cells.FindIndex(c => c > x);
                    if (at < 0) { cells.Add(x); ends.Insert(ends.Count - 1, end); }
                    else { cells.Insert(at, x); ends.Insert(at - 1, end); }
                }
            }
            var size = PdfLayout.SmallCapsSize(letters) ?? letters.GroupBy(l => Math.Round(l.PointSize, 1)).MaxBy(s => s.Count())!.Key;
            var bold = letters.Count(l => l.FontDetails?.IsBold == true || (l.FontName ?? "").Contains("Bold", StringComparison.OrdinalIgnoreCase)) > letters.Count / 2;
            var tint = letters.GroupBy(PdfLayout.Tint).MaxBy(g => g.Count())!.Key;
            return new PdfLine(page.Number, row.Y, text.ToString().Trim(), size, bold) { Cells = cells, CellEnds = ends, Words = words, Tint = tint };
        });
    }

    private static string? PdfDate(string? raw) =>
        raw is { Length: >= 10 } && raw.StartsWith("D:", StringComparison.Ordinal) && DateTime.TryParseExact(raw[2..10], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID")) : null;

    /// <summary>How a document is cited to users: its title, author and date — never its file name.</summary>
    private static string Citation(string title, string? author, string? date) =>
        string.Join(", ", new[] { title, author, date }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>
    /// DOCX: Title/Heading styles become headings (resolved by the style's name, outline level or the style it is
    /// based on, since Word writes locale-specific style ids), numbered paragraphs list items, tables one line per row.
    /// A short paragraph set entirely in bold that asks a question is an FAQ heading one level below its section.
    /// </summary>
    public static KnowledgeDocument FromDocx(string file, string relativePath)
    {
        using var word = WordprocessingDocument.Open(file, false);
        DocxContent.UnwrapSmartTags(word.MainDocumentPart?.Document?.Body);
        var markdown = new StringBuilder();
        string? title = word.PackageProperties.Title is { Length: > 0 } t ? t : null;
        var levels = DocxHeadingLevels(word.MainDocumentPart?.StyleDefinitionsPart?.Styles);
        var content = new DocxContent(word.MainDocumentPart?.StyleDefinitionsPart?.Styles);
        var blocks = DocxContent.Blocks(word.MainDocumentPart?.Document?.Body).ToList();
        // Without any section heading style (a Title alone is none) the writer marks headings by setting short lines
        // in bold: those are the sections.
        var styled = blocks.OfType<Paragraph>().Any(p => StyledLevel(p, levels) >= 1);
        var typed = styled ? [] : TypedOutlineHeadings(blocks.OfType<Paragraph>());
        var notes = Notes(word.MainDocumentPart?.FootnotesPart?.Footnotes?.Elements<Footnote>().Select(n => (n.Id?.Value, DocxContent.Text(n))));
        var endnotes = Notes(word.MainDocumentPart?.EndnotesPart?.Endnotes?.Elements<Endnote>().Select(n => (n.Id?.Value, DocxContent.Text(n))));
        var paragraphs = blocks.OfType<Paragraph>().ToList();
        var centred = DocxLetter.CentredBlocks(paragraphs, content);
        // A letter's or decree's title block names the document ("SURAT EDARAN … TENTANG …"), not the letterhead above it.
        title ??= centred.Values.FirstOrDefault(b => b is not null && DocxLetter.NamesSubject(b));
        var handIndents = paragraphs.Where(DocxLetter.IsHandNumbered).Select(DocxLetter.Indent).Distinct().Order().ToList();
        var outline = new DocxOutline(word.MainDocumentPart?.NumberingDefinitionsPart?.Numbering, paragraphs, content);
        var regulation = DocxRegulation.Read(paragraphs);
        var leadIn = -1; // the depth of the last outline clause when it ends with a colon: the list after it is its items
        var pointIsText = false; // the last outermost hand-numbered point was written as text, its sub-points one level up
        var section = 1;
        string? opening = null; // a short first line before any heading: the title when none is set, never the file name
        var headed = false;
        var contentsDepth = 0; // inside a table-of-contents field while > 0
        foreach (var element in blocks)
        {
            if (element is Table table)
            {
                if (DocxForm.Fields(table, content) is { } fields)
                {
                    DocxForm.Append(markdown, fields, headed ? section + 1 : 1);
                    headed = true;
                    continue;
                }
                if (DocxLetter.SignatureCells(table) is { } signed)
                {
                    foreach (var line in signed) markdown.AppendLine(line).AppendLine();
                    continue;
                }
                var rows = DocxContent.TableRows(table);
                // A one-cell table is a box around text (a shaded title banner), not a table of rows: a short one
                // before any text is the document's opening line, a longer one a paragraph.
                if (rows is [[var boxed]])
                {
                    if (boxed.Length == 0) continue;
                    if (markdown.Length == 0 && opening is null && boxed.Split(' ').Length <= MaxTitleWords && !boxed.EndsWith('.')) opening = boxed;
                    else markdown.Append(boxed).AppendLine().AppendLine();
                    continue;
                }
                AppendTable(markdown, rows);
                continue;
            }
            if (element is not Paragraph paragraph) continue;
            if (SkipsContents(paragraph, content, ref contentsDepth)) continue;
            var text = DocxContent.Text(paragraph).Trim();
            if (text.Length == 0) continue;
            text = DocxContent.WithoutTypedSpacing(Choices.Chosen(text) ?? text);
            if (regulation is not null)
            {
                if (DocxRegulation.SaysNothing(text)) continue;
                if (regulation.JoinsChapter(paragraph, out var chapter)) { if (chapter is null) continue; text = chapter; }
            }
            var block = centred.TryGetValue(paragraph, out var joined);
            if (block && joined is null) continue; // read with the first line of its block
            if (block) text = DocxContent.WithoutTypedSpacing(joined!);
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            var level = StyledLevel(paragraph, levels);
            // Only a heading with a depth of its own (a style or a typed outline number) opens a section that the bold
            // lines after it sit one level below; bold lines are siblings of each other.
            if (level < 0 && regulation?.Level(paragraph) is >= 1 and var part) level = part;
            var opensSection = level >= 1;
            if (level < 0 && IsBoldQuestion(paragraph, text, content)) level = section + 1;
            // A bold line opening the document is its title; later ones head sections (below a styled heading, if any).
            else if (level < 0 && (block || IsBoldHeading(paragraph, text, content)))
            {
                opensSection = OutlineDepth(text) > 1;
                level = markdown.Length == 0 && title is null ? 0 : opensSection ? OutlineDepth(text) : styled ? section + 1 : 1;
            }
            else if (level < 0 && typed.TryGetValue(paragraph, out var numbered)) (level, opensSection) = (numbered, true);
            // A chapter of an outline Word numbers itself heads a section, under its number ("2. SUSUNAN DEWAN").
            else if (level < 0 && outline.IsChapter(paragraph)) (level, opensSection) = (styled ? section + 1 : 1, !styled);
            if (opensSection && level >= 1) section = level;
            if (level >= 0) headed = true;
            else if (!headed && opening is null && markdown.Length == 0 && text.Split(' ').Length <= MaxTitleWords && !text.EndsWith('.')) opening = text;
            // Each level keeps its own depth ("2.2.1" under "2.2" under "2."), so a section's path names every heading above it.
            var prefix = level >= 0 ? new string('#', Math.Min(level, MaxHeadingDepth) + 1) + " " : ListPrefix(paragraph, style);
            (prefix, text, leadIn) = OutlineItem(outline, paragraph, level, prefix, text, leadIn);
            // A regulation's ayat and points are cited by the numbers Word shows ("ayat (3)", "huruf b").
            if (regulation is not null && level < 0 && prefix.Length > 0 && outline.Label(paragraph) is { } cited && !text.StartsWith(cited, StringComparison.Ordinal))
                text = cited + " " + text;
            // Points numbered by hand are list items too, nested by how far they are indented.
            // An outermost point that is a sentence (a letter's "2. Masa berlaku … berakhir …") is a paragraph of
            // its own: a letter's points are its text, not a list of items to show whole.
            if (level < 0 && prefix.Length == 0 && DocxLetter.IsHandNumbered(paragraph))
            {
                var depth = Math.Min(3, handIndents.IndexOf(DocxLetter.Indent(paragraph)));
                text = DocxLetter.WithoutMarker(text);
                if (depth == 0) pointIsText = DocxLetter.IsSentence(text) || text.EndsWith(':');
                prefix = depth == 0 && pointIsText ? "" : new string(' ', Math.Max(0, depth - (pointIsText ? 1 : 0)) * 2) + "- ";
            }
            if (prefix == "# " && title is null) title = text;
            markdown.Append(prefix).Append(text);
            // A footnote's text belongs to the sentence that points to it: a fact staff put there must be findable with it.
            foreach (var reference in paragraph.Descendants<FootnoteReference>())
                if (reference.Id?.Value is { } id && notes.TryGetValue(id, out var note)) markdown.Append(' ').Append(note);
            foreach (var reference in paragraph.Descendants<EndnoteReference>())
                if (reference.Id?.Value is { } id && endnotes.TryGetValue(id, out var note)) markdown.Append(' ').Append(note);
            markdown.AppendLine().AppendLine();
        }
        title ??= opening ?? Path.GetFileNameWithoutExtension(file);
        var date = word.PackageProperties.Created?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
        return Sections(DocxLetter.Signatures(markdown.ToString(), DocxLetter.Kind(centred.Values.FirstOrDefault(b => b is not null && DocxLetter.NamesSubject(b)))), relativePath, title, null, [Citation(title, word.PackageProperties.Creator, date)], null, readFrontToBack: true);
    }

    /// <summary>
    /// A row of one cell spanning a table of several columns ("Tahap II - Pelaksanaan" over the activities of that
    /// phase) names the group of rows under it; it is no value of the first column ("No: Tahap II …").
    /// </summary>
    internal static bool IsGroupRow(IReadOnlyList<string> row, IReadOnlyList<string> header) =>
        header.Count >= 3 && row.Count == 1 && row[0].Trim().Length > 0;

    /// <summary>
    /// The group a table's rows fall under ("Lantai 1", "Smart Governance": a row of one cell spanning the table). A row
    /// under it read alone lost its group, so "loket BPJS … di lantai berapa" found no row naming the floor and the
    /// whole table was shown: each row under a short group opens with it ("Lantai 1 — Loket: Loket 6; …", as a column read
    /// as a line opens with its name). A long group
    /// cell (a note across the table) and a group with no rows under it stay lines of their own.
    /// </summary>
    internal sealed class TableGroup(Action<string> line)
    {
        private const int MaxWords = 6;
        private string? _name;
        private bool _used;

        public void Open(string cell)
        {
            Close();
            var name = Flat(cell).TrimEnd(':', ' ');
            if (name.Split(' ').Length <= MaxWords) (_name, _used) = (name, false);
            else line(name + ":");
        }

        public string Leading(string row)
        {
            if (_name is null || row.Length == 0) return row;
            _used = true;
            return $"{_name} — {row}";
        }

        public void Close()
        {
            if (_name is not null && !_used) line(_name + ":");
            _name = null;
        }
    }

    private const int MaxTitleWords = 14;
    private const int MaxHeadingDepth = 5;

    // An outline number typed before a heading ("2.2.1 Smart Economy"): its parts are the heading's depth.
    private static readonly System.Text.RegularExpressions.Regex TypedOutline = new(@"^\d{1,2}(?:\.\d{1,2}){1,4}\.?\s+\p{Lu}", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static int OutlineDepth(string heading) =>
        TypedOutline.Match(heading) is { Success: true } m ? m.Value.Split(' ')[0].TrimEnd('.').Split('.').Length : 0;

    // "1. Pendahuluan", "2.1 Sasaran": a section number typed in the body font, then a capitalised short title.
    private static readonly System.Text.RegularExpressions.Regex TypedSection = new(@"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{Lu}", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>
    /// A DOCX without heading styles whose sections are numbered by hand in plain type ("1. Pendahuluan", "2.1 …"), as
    /// the PDF reader takes them: short lines with no closing stop, not Word list items, numbers that only go up
    /// (a list restarting at 1 inside a section is no heading), each with text of its own before the next heading at
    /// its depth (a hand-numbered list "1. Kota A", "2. Kota B" is none), at least two with one top-level. The depth is
    /// the level.
    /// </summary>
    private static Dictionary<Paragraph, int> TypedOutlineHeadings(IEnumerable<Paragraph> paragraphs)
    {
        var found = new Dictionary<Paragraph, int>();
        var section = 0;
        var depth = 0; // of the last numbered heading
        var letter = 'A'; // the next lettered sub-heading under it
        var lines = paragraphs.Where(p => DocxContent.Text(p).Trim().Length > 0).ToList();
        foreach (var paragraph in lines)
        {
            var text = DocxContent.Text(paragraph).Trim();
            var match = TypedSection.Match(text);
            // "A. Capaian" under "3.1 …": lettered sub-headings of a numbered section, A, B, C in turn, one level below it.
            if (depth > 0 && TypedLetter.Match(text) is { Success: true } lettered && lettered.Groups[1].Value[0] == letter && IsShortLine(paragraph, text))
            {
                found[paragraph] = depth + 1;
                letter++;
                continue;
            }
            if (!match.Success || paragraph.ParagraphProperties?.NumberingProperties is not null || text.Split(' ').Length > MaxTypedHeadingWords || ".:;,".Contains(text[^1])) continue;
            var number = match.Groups[1].Value.Split('.').Select(int.Parse).ToArray();
            // A top-level number steps up by one (two, where a section was dropped): a date opening a line ("30 Juni
            // 2026" in a margin note) jumps far ahead and is no section.
            if (number.Length == 1 ? number[0] <= section || section > 0 && number[0] > section + 2 : number[0] != section) continue;
            section = number[0];
            found[paragraph] = depth = number.Length;
            letter = 'A';
        }
        // Two numbered lines in a row at one depth are a list: neither heads a section.
        var listed = Enumerable.Range(0, Math.Max(0, lines.Count - 1))
            .Where(i => found.TryGetValue(lines[i], out var depth) && found.TryGetValue(lines[i + 1], out var next) && next <= depth)
            .SelectMany(i => new[] { lines[i], lines[i + 1] }).ToList();
        foreach (var line in listed) found.Remove(line);
        if (lines.Count > 0) found.Remove(lines[^1]);
        return found.Count >= 2 && found.Values.Contains(1) ? found : [];
    }

    private const int MaxTypedHeadingWords = 10;

    private static readonly System.Text.RegularExpressions.Regex TypedLetter = new(@"^(\p{Lu})\.\s+\p{Lu}", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static bool IsShortLine(Paragraph paragraph, string text) =>
        paragraph.ParagraphProperties?.NumberingProperties is null && text.Split(' ').Length <= MaxTypedHeadingWords && !".:;,".Contains(text[^1]);

    /// <summary>A line of a table of contents (by its style, or inside the TOC field, which may span many paragraphs).</summary>
    private static bool SkipsContents(Paragraph paragraph, DocxContent content, ref int contentsDepth)
    {
        var (depth, opens) = DocxContent.FieldNesting(paragraph);
        var inside = contentsDepth > 0 || opens;
        if (inside) contentsDepth = Math.Max(0, contentsDepth + depth);
        return inside || content.IsContentsLine(paragraph);
    }

    /// <summary>Footnote or endnote texts by id; Word's separator notes (ids -1 and 0) hold no text.</summary>
    private static Dictionary<long, string> Notes(IEnumerable<(long? Id, string Text)>? notes) =>
        (notes ?? []).Where(n => n.Id is > 0 && n.Text.Trim().Length > 0).ToDictionary(n => n.Id!.Value, n => Flat(n.Text));

    /// <summary>
    /// An item of an outline Word numbers itself shows its number, so a clause citing "butir 2.1" can be followed, and
    /// sits at the top of its chapter's section; a list right after a clause ending with a colon ("bertugas:") holds
    /// that clause's items, one level below it, under their own letters ("huruf c").
    /// </summary>
    private static (string Prefix, string Text, int LeadIn) OutlineItem(DocxOutline outline, Paragraph paragraph, int level, string prefix, string text, int leadIn)
    {
        var number = outline.Number(paragraph);
        if (level >= 0) return (prefix, number is null ? text : number + " " + text, -1);
        if (outline.Depth(paragraph) is >= 0 and var depth)
            return (new string(' ', depth * 2) + "- ", number is null ? text : number + " " + text, text.EndsWith(':') ? depth : -1);
        if (leadIn >= 0 && prefix.Length > 0 && outline.Label(paragraph) is { } label)
            return (new string(' ', (leadIn + 1 + prefix.TakeWhile(c => c == ' ').Count() / 2) * 2) + "- ", label + " " + text, leadIn);
        return (prefix, text, -1);
    }

    /// <summary>A numbered or bulleted paragraph is a list item, indented by its list level so nested items stay under their lead-in.</summary>
    private static string ListPrefix(Paragraph paragraph, string style)
    {
        var numbering = paragraph.ParagraphProperties?.NumberingProperties;
        if (numbering is null && !style.StartsWith("List", StringComparison.OrdinalIgnoreCase)) return "";
        var depth = Math.Clamp(numbering?.NumberingLevelReference?.Val?.Value ?? 0, 0, 3);
        return new string(' ', depth * 2) + "- ";
    }

    private static int StyledLevel(Paragraph paragraph, Dictionary<string, int> levels)
    {
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        var level = levels.TryGetValue(style, out var l) ? l : HeadingLevel(style);
        if (level < 0 && paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9) level = outline + 1;
        return level;
    }

    /// <summary>Heading level of every paragraph style: by its name ("Title", "heading 2"), its outline level, or its base style.</summary>
    private static Dictionary<string, int> DocxHeadingLevels(Styles? styles)
    {
        var all = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToDictionary(s => s.StyleId!.Value!, StringComparer.OrdinalIgnoreCase)
                  ?? new Dictionary<string, Style>(StringComparer.OrdinalIgnoreCase);
        int Level(Style style, int depth)
        {
            var name = style.StyleName?.Val?.Value ?? "";
            if (name.Equals("Title", StringComparison.OrdinalIgnoreCase)) return 0;
            if (HeadingLevel(name.Replace(" ", "")) is >= 0 and var byName) return byName;
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9) return outline + 1;
            return depth < 5 && style.BasedOn?.Val?.Value is { } parent && all.TryGetValue(parent, out var based) ? Level(based, depth + 1) : -1;
        }
        return all.ToDictionary(p => p.Key, p => Level(p.Value, 0), StringComparer.OrdinalIgnoreCase);
    }

    // FAQ sections are often written as bold question lines followed by the answer in plain text.
    private static bool IsBoldQuestion(Paragraph paragraph, string text, DocxContent content) =>
        text.EndsWith('?') && text.Split(' ').Length <= 20 && content.AllBold(paragraph);

    /// <summary>
    /// A short paragraph wholly in bold (or wholly underlined) that is no sentence (no closing stop, colon or
    /// semicolon) and no list item: how headings look in a document written without heading styles.
    /// </summary>
    private static bool IsBoldHeading(Paragraph paragraph, string text, DocxContent content) =>
        text.Split(' ').Length <= MaxTitleWords && !".:;,".Contains(text[^1]) &&
        paragraph.ParagraphProperties?.NumberingProperties is null && (content.AllBold(paragraph) || DocxContent.AllUnderlined(paragraph));

    /// <summary>A table as list lines "header: value; header: value", so each row is searchable on its own.</summary>
    internal static void AppendTable(StringBuilder markdown, List<List<string>> rows)
    {
        if (rows.Count == 0) return;
        // A letter's "Nomor | : 400/…" block (a borderless table lining up labels and values) is label: value lines.
        if (rows.All(r => r.Count >= 2 && r[0].Trim().Length > 0 && string.Join(' ', r.Skip(1)).TrimStart().StartsWith(':')))
        {
            foreach (var row in rows) markdown.Append("- ").Append(row[0].Trim()).Append(": ").AppendLine(string.Join(' ', row.Skip(1)).Trim().TrimStart(':').Trim());
            markdown.AppendLine();
            return;
        }
        if (FaqRows(rows) is { } faq)
        {
            foreach (var (question, answer) in faq) markdown.Append("### ").AppendLine(question).AppendLine().AppendLine(answer).AppendLine();
            return;
        }
        rows = WithoutRowNumbers(rows);
        var header = rows[0];
        // A table continued on the next page repeats its header row there: no row of data.
        var group = new TableGroup(line => markdown.Append("- ").AppendLine(line));
        foreach (var row in rows.Skip(1).Where(r => !r.SequenceEqual(header)))
        {
            if (IsGroupRow(row, header)) { group.Open(row[0]); continue; }
            // A column marked by a shape names its header alone ("Pelaksana Kepala UPT"): the mark says only "this one".
            var cells = row.Select((cell, i) => i < header.Count && header[i].Length > 0 && cell.Trim().Length > 0 ? cell == DocxContent.ShapeMark ? header[i] : $"{header[i]}: {cell}" : cell)
                .Where(c => c.Trim().Length > 0 && c != DocxContent.ShapeMark);
            markdown.Append("- ").AppendLine(group.Leading(string.Join("; ", cells)));
        }
        group.Close();
        if (rows.Count == 1) markdown.Append("- ").AppendLine(string.Join("; ", header));
        markdown.AppendLine();
    }

    /// <summary>
    /// An FAQ kept in a table (a question per row in the first column, its answer beside it, under a header row or not):
    /// each question heads its answer, as a bold question in the text does, so a question is answered by its own row and
    /// not by the whole table read as "Pertanyaan: …; Jawaban: …" lines. Null when any row is not a question and answer.
    /// </summary>
    private static List<(string Question, string Answer)>? FaqRows(List<List<string>> rows)
    {
        var cells = rows.Select(r => r.Where(c => c.Trim().Length > 0).Select(c => c.Trim()).ToList()).ToList();
        var data = cells.Count > 0 && !cells[0].FirstOrDefault("").EndsWith('?') ? cells.Skip(1).ToList() : cells;
        if (data.Count < MinFaqRows || data.Any(r => r.Count != 2 || !r[0].EndsWith('?') || r[1].EndsWith('?'))) return null;
        return data.Select(r => (r[0], r[1])).ToList();
    }

    private const int MinFaqRows = 2;

    /// <summary>
    /// A first column that only counts the rows ("No" 1, 2, 3 …) is dropped: each row is a line of its own already, and
    /// "No: 5" would offer a number to a "berapa" question that counts nothing.
    /// </summary>
    internal static List<List<string>> WithoutRowNumbers(List<List<string>> rows)
    {
        var data = rows.Skip(1).Where(r => !r.SequenceEqual(rows[0])).ToList();
        var counts = data.Count >= 2 && rows[0].Count >= 3 && rows[0][0].Trim().Length is > 0 and <= 6 &&
                     data.Select((r, i) => r.Count >= 3 && r[0].Trim().TrimEnd('.') == (i + 1).ToString(CultureInfo.InvariantCulture)).All(x => x);
        return counts ? rows.Select(r => r.Skip(1).ToList()).ToList() : rows;
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

    /// <summary>
    /// HTML: h1–h3 headings, paragraphs, text set directly in &lt;div&gt;s, list items, definition lists and table rows,
    /// without the page's navigation, header and footer; the title without the site name; the source from &lt;meta name="source"&gt; (or the
    /// author/publisher and the canonical link), the date from &lt;meta name="date"&gt; or article:published_time, and
    /// &lt;meta name="description"&gt; as the text before the first heading.
    /// </summary>
    public static KnowledgeDocument FromHtml(string html, string relativePath)
    {
        var document = new HtmlParser().ParseDocument(html);
        if (document.Body is { } body)
        {
            HtmlFilledForm.Rewrite(body);
            HtmlStructure.MarkAriaHeadings(body);
            HtmlStructure.MarkClassBold(document);
            HtmlStructure.MoveLinkedNotes(body);
        }
        string? Meta(params string[] names) => names.Select(n => document.QuerySelector($"meta[name='{n}'], meta[property='{n}']")?.GetAttribute("content"))
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        var markdown = new StringBuilder();
        var h1 = PageHeading(document) is { } first ? Flat(first.TextContent) : null;
        var headings = document.QuerySelectorAll("h1, h2, h3").Select(h => Flat(h.TextContent)).ToList();
        var (pageTitle, site) = PageTitle(document.Title, h1, headings);
        string? title = Meta("og:title") ?? pageTitle;
        // A shorter social-card title whose every word the page's h1 repeats: the h1 says more (its region, its year).
        if (h1 is { Length: > 0 } && title is { Length: > 0 } && h1.Length > title.Length && TitleWords(title).All(TitleWords(h1).Contains)) title = h1;
        if (Meta("description", "og:description") is { } description) markdown.AppendLine(description).AppendLine();
        if (document.Body is { } root) HtmlBlocks.Append(root, markdown);
        if (title is null && h1 is { Length: > 0 }) title = h1;
        title ??= Path.GetFileNameWithoutExtension(relativePath);
        var named = document.QuerySelectorAll("meta[name=source]").Select(e => e.GetAttribute("content")).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToList();
        var link = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var date = IndonesianDate(Meta("date", "article:published_time", "dcterms.date")) ?? PostedDate(document) ?? HtmlStructure.DatelineDate(document);
        var sources = named.Count > 0
            ? named
            : [Citation(title, Meta("author", "publisher", "og:site_name") ?? site, date) + (link is { Length: > 0 } ? $" — {link}" : "")];
        if (named.Count > 0 && link is { Length: > 0 } && !named.Any(n => n.Contains(link, StringComparison.Ordinal))) sources.Add(link);
        return Sections(markdown.ToString(), relativePath, title, null, sources, date, readFrontToBack: true);
    }

    /// <summary>
    /// A machine date from the page's meta tags ("2025-08-27T15:42:00+07:00") as a reader writes it ("27 Agustus 2025"):
    /// it is quoted in the answer's source line. Anything else (already written out) is kept as it is.
    /// </summary>
    internal static string? IndonesianDate(string? raw) =>
        raw is { Length: >= 10 } && DateTime.TryParseExact(raw[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) &&
        (raw.Length == 10 || raw[10] is 'T' or ' ')
            ? d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID")) : raw;

    /// <summary>
    /// When a single post was published: the machine-readable &lt;time datetime&gt; beside its heading, where the
    /// page's meta tags give none (a blog theme prints it in the post's byline only). A listing's many posts have no one date.
    /// </summary>
    private static string? PostedDate(AngleSharp.Dom.IDocument document)
    {
        if (document.QuerySelectorAll("article").Length > 1 || PageHeading(document)?.Closest("article") is not { } article) return null;
        return article.QuerySelector("time[datetime]")?.GetAttribute("datetime") is { Length: >= 10 } raw &&
               DateTime.TryParseExact(raw[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID")) : null;
    }

    /// <summary>
    /// The page's own heading: the &lt;h1&gt; of its article or main content before any other (a theme's header sets the
    /// site's name in an &lt;h1&gt; above the post's).
    /// </summary>
    internal static AngleSharp.Dom.IElement? PageHeading(AngleSharp.Dom.IParentNode root) =>
        root.QuerySelector("article h1") ?? root.QuerySelector("main h1") ?? root.QuerySelector("h1");

    /// <summary>
    /// A page's &lt;title&gt; names the site too ("Laporan … | Portal …"); the part the h1 repeats is the document's.
    /// Without one, the part whose words the page's headings use most (a listing's "Berita Smart City", not the
    /// office running the site), the longer on a tie. The other part names the site: who published the page.
    /// </summary>
    private static (string? Title, string? Site) PageTitle(string? pageTitle, string? h1, IReadOnlyList<string> headings)
    {
        if (string.IsNullOrWhiteSpace(pageTitle)) return (null, null);
        pageTitle = pageTitle.Trim();
        // "Judul berita – Pemerintah Kota X": what is left beside the h1 names the site, who published the page.
        if (h1 is { Length: > 0 } && pageTitle.Contains(h1, StringComparison.OrdinalIgnoreCase))
        {
            // "Siaran Pers: Judul | Dinas X": the part after the h1 names the site; a label before it ("Siaran Pers:")
            // names the kind of page, and is the site only when nothing follows the h1.
            var at = pageTitle.IndexOf(h1, StringComparison.OrdinalIgnoreCase);
            var after = pageTitle[(at + h1.Length)..].Trim(TitleSeparators);
            var before = pageTitle[..at].Trim(TitleSeparators);
            return (h1, after.Length >= MinSiteName ? after : before.Length >= MinSiteName ? before : null);
        }
        var parts = pageTitle.Split([" | ", " – ", " — ", " :: "], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).ToList();
        if (parts.Count < 2) return (pageTitle, null);
        var headed = headings.SelectMany(TitleWords).ToHashSet();
        double Share(string part) => TitleWords(part) is { Count: > 0 } words ? (double)words.Count(headed.Contains) / words.Count : 0;
        var title = parts.OrderByDescending(Share).ThenByDescending(p => p.Length).First();
        return (title, parts.Count == 2 ? parts.First(p => p != title) : null);
    }

    private const int MinSiteName = 3;
    private static readonly char[] TitleSeparators = [' ', '|', '–', '—', '-', ':'];

    private static List<string> TitleWords(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), @"[\p{L}\p{N}]{2,}").Select(m => m.Value).ToList();

    /// <summary>
    /// Splits Markdown into passages with Markdig: one per section of ## or a deeper heading (a # heading names the
    /// document), text before the first ## as its own passage; a pipe table one line per row like other tables. Each
    /// passage keeps the document title and its heading path.
    /// </summary>
    public static KnowledgeDocument Sections(string markdown, string relativePath, string? title, string? topic,
        IReadOnlyList<string> sources, string? updated, IReadOnlyDictionary<string, IReadOnlyList<string>>? questions = null, bool readFrontToBack = false)
    {
        markdown = markdown.Replace("\r\n", "\n");
        var pending = new List<(IReadOnlyList<string> Headings, string Body)>();
        string? h1 = null;
        // The open heading of each level below the title (## at 0): a section under "### 2026" and "#### Wilayah Timur"
        // keeps both, since a question may need the year and the region to find it.
        var open = new string?[5];
        var body = new StringBuilder();

        void Flush()
        {
            var text = body.ToString().Trim();
            body.Clear();
            if (text.Length == 0) return;
            pending.Add((open.Where(h => h is { Length: > 0 }).Select(h => h!).ToList(), text));
        }

        string? titleStart = null; // a first heading whose words are all the title's: maybe the title's first line
        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            if (block is HeadingBlock heading)
            {
                Flush();
                var text = HeadingText(markdown, heading);
                // The document's first heading repeating its title (a PDF's or a page's title set in bold) is the
                // title, not a section: as a section its heading would match every question about the document.
                var opensAsTitle = readFrontToBack && h1 is null && heading.Level == 2 && pending.Count == 0 && open.All(h => h is null) && title is not null && NamesTitle(text, title);
                // A title set over two bold lines ("NOTULEN RAPAT" / "TIM … KOTA X") is the title too, read together:
                // its second line alone would head the first section with words every question about the document uses.
                var endsTitle = readFrontToBack && h1 is null && heading.Level == 2 && pending.Count == 0 && titleStart is not null && open[0] == titleStart && title is not null && NamesTitle(titleStart + " " + text, title);
                titleStart = readFrontToBack && h1 is null && heading.Level == 2 && pending.Count == 0 && open.All(h => h is null) && title is not null && WithinTitle(text, title) ? text : null;
                if (heading.Level == 1 || opensAsTitle || endsTitle) { h1 ??= endsTitle ? open[0] + " " + text : text; Array.Clear(open); titleStart = null; continue; }
                var depth = heading.Level - 2;
                open[depth] = text;
                Array.Clear(open, depth + 1, open.Length - depth - 1);
                continue;
            }
            var raw = markdown.Substring(block.Span.Start, Math.Min(block.Span.Length, markdown.Length - block.Span.Start));
            if (block is Markdig.Extensions.Tables.Table) AppendTable(body, PipeRows(raw));
            else body.Append(raw).Append("\n\n");
        }
        Flush();

        var documentTitle = title ?? h1 ?? Path.GetFileNameWithoutExtension(relativePath);
        var documentTopic = topic ?? Path.GetFileNameWithoutExtension(relativePath);
        var passages = new List<Passage>();
        // A PDF, DOCX or web page is written to be read front to back: what it defined once, its later sections use
        // bare. A Markdown document here is written section by section for the bot, each section standing alone.
        var abbreviations = readFrontToBack ? Abbreviations.Defined(pending.Select(p => p.Body), documentTitle) : new Dictionary<string, string>();
        foreach (var (headings, text) in pending)
            passages.Add(new Passage($"{relativePath}#{passages.Count}", relativePath, documentTitle, documentTopic, headings, Abbreviations.Expand(text, abbreviations), sources)
            {
                AlternateQuestions = questions is not null && headings.Count > 0 && questions.TryGetValue(headings[^1], out var asked) ? asked : [],
            });
        return new KnowledgeDocument(relativePath, documentTitle, documentTopic, sources, updated, passages);
    }

    /// <summary>Whether a heading and a title share nearly all their words (case and a word like "tahun" aside).</summary>
    private static bool NamesTitle(string heading, string title)
    {
        var (a, b) = (TitleWords(heading).ToHashSet(), TitleWords(title).ToHashSet());
        return a.Count > 0 && b.Count > 0 && a.Intersect(b).Count() >= 0.8 * Math.Max(a.Count, b.Count);
    }

    /// <summary>Whether every word of a heading is one of the title's (a title's first printed line).</summary>
    private static bool WithinTitle(string heading, string title) =>
        TitleWords(heading) is { Count: > 0 } words && words.ToHashSet().IsSubsetOf(TitleWords(title));

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The cells of a Markdown pipe table, its delimiter row ("|---|:--:|") left out.</summary>
    private static List<List<string>> PipeRows(string table) =>
        table.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.All(c => c is '|' or '-' or ':' or ' '))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToList()).ToList();

    // The heading as written, without the #s (ATX) or the underline (setext).
    private static string HeadingText(string markdown, HeadingBlock heading)
    {
        var raw = markdown.Substring(heading.Span.Start, Math.Min(heading.Span.Length, markdown.Length - heading.Span.Start));
        return raw.Split('\n')[0].Trim().Trim('#').Trim();
    }
}

/// <summary>
/// Walks an HTML body in reading order and writes its text blocks as Markdown. Pages from a CMS put text straight
/// into &lt;div&gt;s and wrap the article in navigation and footer lists, so blocks are found by structure, not tag list.
/// </summary>
internal static class HtmlBlocks
{
    private static readonly HashSet<string> Skipped = ["nav", "header", "footer", "aside", "script", "style", "noscript", "form", "template", "svg", "button"];
    private static readonly HashSet<string> Blocks = ["address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption"];

    // Landmark roles and class/id words (English web conventions, as CMS themes name them) of the site's furniture
    // around an article: cookie notices, breadcrumbs, sidebars and their widgets, share buttons, tag lists, post meta.
    private static readonly HashSet<string> NoiseRoles = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "tablist"];
    private static readonly HashSet<string> NoiseNames = ["cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "sidebar", "widget", "widgets",
        "share", "sharing", "social", "tags", "tagcloud", "topbar", "meta", "byline", "related", "comments", "comment", "advert", "ads", "ad", "ticker",
        "navbar", "menu", "pagination", "subscribe", "newsletter", "popup", "modal", "skip", "crumbs", "footer", "copyright",
        "postinfo", "entryinfo", "articleinfo", "author"];

    // A post's meta line is furniture, but the date in it says when the post's facts were written: that stays.
    private static readonly HashSet<string> DatedNoise = ["meta", "byline", "postinfo", "entryinfo", "articleinfo"];
    private static readonly HashSet<string> DateNames = ["date", "published", "posted", "time", "tanggal", "tgl"];

    public static void Append(AngleSharp.Dom.IElement root, StringBuilder markdown)
    {
        // A line break separates words like a space; its text node would otherwise glue "2027Notulis".
        // In a table cell it separates the cell's items ("Juara 1: …<br>Juara 2: …") as a DOCX cell's line break does.
        foreach (var br in root.QuerySelectorAll("br").ToList()) br.Replace(root.Owner!.CreateTextNode(br.Closest("td, th") is null ? " " : "; "));
        HtmlStructure.RemoveUnseen(root);
        // Only a page without section headings of its own has them in styled blocks: where it has headings, short
        // styled lines are its posts' meta lines. Toggles first, so an accordion's header is no section title.
        var headed = root.QuerySelector("h2, h3, h4, h5, h6") is not null;
        HtmlStructure.MarkToggles(root);
        HtmlStructure.FillCounters(root);
        if (!headed) HtmlStructure.MarkTemplateHeadings(root, MaxHeadingWords, e => NamedWords(e).Any(NoiseNames.Contains));
        var headingLinks = root.QuerySelectorAll("h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]")
            .Select(a => a.GetAttribute("href")!).ToHashSet(StringComparer.Ordinal);
        var heading = DocumentLoader.PageHeading(root);
        var page = new Page(heading, Flat(root.TextContent).Length, headingLinks, BoldLinePrefix(root))
        {
            SinglePost = root.QuerySelectorAll("article").Length == 1 && heading?.Closest("article") is not null,
            LeadInSections = !headed && HtmlStructure.LeadsInSections(root, IsBoldHeading, IsRelatedLink),
        };
        if (ContentRoot(root, heading, page.TextLength) is { } content) Element(content, markdown, inArticle: true, page);
        else foreach (var child in root.Children) Element(child, markdown, inArticle: root.LocalName is "main" or "article", page);
        if (page.Writers is { } writers) markdown.Insert(page.ProseEnd ?? markdown.Length, writers + "\n\n");
    }

    /// <summary>
    /// The one &lt;main&gt; or &lt;article&gt; holding the page's heading and most of its text, as a browser's reader view
    /// takes it: what lies outside (a ticker of popular headlines, a site banner however its theme names it) is site
    /// furniture. None when the page has several, or the container holds too little of the text to be the content.
    /// </summary>
    private static AngleSharp.Dom.IElement? ContentRoot(AngleSharp.Dom.IElement root, AngleSharp.Dom.IElement? heading, int textLength)
    {
        if (heading is null || textLength == 0) return null;
        foreach (var tag in new[] { "main", "article" })
        {
            var all = root.QuerySelectorAll(tag);
            if (all.Length == 1 && all[0].Contains(heading) && Flat(all[0].TextContent).Length >= textLength * MinContentShare) return all[0];
        }
        return null;
    }

    private const double MinContentShare = 0.5;

    /// <summary>
    /// A news site's "Baca juga: …" line inside the article: a short label, then one link whose text is another
    /// post's headline. It points elsewhere; its headline's facts are not the article's.
    /// </summary>
    private static bool IsRelatedLink(AngleSharp.Dom.IElement element)
    {
        if (element.Closest("li, td, th, dd, table") is not null) return false;
        var links = element.QuerySelectorAll("a[href]");
        if (links.Length != 1 || links[0].GetAttribute("href") is not { } href || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ||
            href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || href.StartsWith('#')) return false;
        var text = Flat(element.TextContent);
        var linkText = Flat(links[0].TextContent);
        var label = text.Replace(linkText, "").Trim();
        // The label is set apart as a label ("Baca Juga:", a bold "BACA JUGA"); "Daftar di <a>…</a>" is a sentence.
        var setApart = label.Length == 0 || label[^1] is ':' or '-' or '»' or '|' ||
                       element.QuerySelectorAll("b, strong").Any(b => Flat(b.TextContent).TrimEnd(':', ' ') == label.TrimEnd(':', ' ') && !links[0].Contains(b));
        return linkText.Split(' ').Length >= 4 && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && setApart;
    }

    /// <summary>
    /// A line that is only a link to another place on the same page ("Kembali ke atas" under every section of a
    /// long page, "Lompat ke daftar isi"): a way to move about the page, no text of the section it closes.
    /// </summary>
    private static bool IsInPageJump(AngleSharp.Dom.IElement element) =>
        element.QuerySelectorAll("a[href]") is { Length: 1 } links && links[0].GetAttribute("href")!.StartsWith('#') &&
        links[0].GetAttribute("href")!.Length > 1 && Flat(element.TextContent) is { Length: > 0 } text && text == Flat(links[0].TextContent);

    /// <summary>
    /// A header holding the page's heading is content. A theme's site header setting the site's name in an &lt;h1&gt;
    /// above the article's own is not.
    /// </summary>
    private static bool HoldsPageHeading(AngleSharp.Dom.IElement header, Page page) =>
        page.Heading is { } heading ? header.Contains(heading) || header.QuerySelector("h2") is not null && heading.Closest("article, main") is null
                                    : header.QuerySelector("h1, h2") is not null;

    /// <summary>
    /// An &lt;aside&gt; inside an &lt;article&gt; is a note on that article (a "Catatan:" box beside a paragraph), so its
    /// text is content; the sidebar asides of a theme stand beside the article, not in it. A note marked as furniture
    /// (a related-posts box, a list of links) is still dropped by the furniture check.
    /// </summary>
    private static bool IsArticleNote(AngleSharp.Dom.IElement element) =>
        element.LocalName == "aside" && (element.ParentElement?.Closest("article") is not null || IsMainNote(element));

    /// <summary>
    /// An &lt;aside&gt; inside a &lt;main&gt; that holds no &lt;article&gt;: the page's content is the main element itself
    /// (a glossary, a service page), and a note set in it ("send new terms to …") belongs to that content. A theme's
    /// sidebar stands beside the article a main element holds.
    /// </summary>
    private static bool IsMainNote(AngleSharp.Dom.IElement aside) =>
        aside.ParentElement?.Closest("main") is { } main && main.QuerySelector("article") is null;

    /// <summary>What sets the article apart from furniture: its heading and the page's amount of text.</summary>
    private sealed record Page(AngleSharp.Dom.IElement? Heading, int TextLength, IReadOnlySet<string> HeadingLinks, string BoldLinePrefix)
    {
        /// <summary>The page is one post in an &lt;article&gt; (its date is the document's), not a listing of posts.</summary>
        public bool SinglePost { get; init; }

        /// <summary>The page has no headings, but its paragraphs open with bold lead-ins: each lead-in heads a section.</summary>
        public bool LeadInSections { get; init; }

        /// <summary>The writers its byline names, read after the article's last paragraph: its opening sentence stays the one naming the subject.</summary>
        public string? Writers { get; set; }

        /// <summary>Where the article's last paragraph ends: the writers go there, before any trailing heading ("Bagikan ini:").</summary>
        public int? ProseEnd { get; set; }
    }

    /// <summary>
    /// A bold line heads a section at the level of the content's own top section headings: beside an &lt;h3&gt; when
    /// the article has no &lt;h2&gt;, so the &lt;h3&gt; after a bold line is not read as part of it.
    /// Headings in the sidebar or comments (widget titles) are not the content's.
    /// </summary>
    private static string BoldLinePrefix(AngleSharp.Dom.IElement root)
    {
        var content = root.QuerySelector("article") ?? root.QuerySelector("main") ?? root;
        return content.QuerySelector("h2") is null && content.QuerySelector("h3, h4, h5, h6") is not null ? "### " : "## ";
    }

    /// <summary>
    /// Marked as site furniture by its role, class or id — unless it holds the page's heading or most of its text, as
    /// a wrapper named after its layout ("has-sidebar") does.
    /// </summary>
    private static bool IsFurniture(AngleSharp.Dom.IElement element, Page page)
    {
        if (element.HasAttribute(CardPart)) return false;
        var marked = NoiseRoles.Contains(element.GetAttribute("role") ?? "") || NamedWords(element).Any(NoiseNames.Contains) || IsLinkList(element);
        if (!marked) return false;
        if (page.Heading is { } heading && (element == heading || element.Contains(heading))) return false;
        return Flat(element.TextContent).Length * 2 < page.TextLength;
    }

    /// <summary>
    /// A block that is all links (a menu, however its theme names it: "menu-kiri", a table of links) is navigation.
    /// </summary>
    private static bool IsLinkList(AngleSharp.Dom.IElement element) =>
        element.LocalName is "div" or "td" or "table" or "ul" or "ol" && element.QuerySelectorAll("a").Length >= 3 && HtmlStructure.LinkShare(element) > 0.8 &&
        !HtmlStructure.IsAttachmentList(element);

    /// <summary>The words of an element's class and id ("site-footer" → site, footer, sitefooter; "top-bar" → topbar).</summary>
    private static IEnumerable<string> NamedWords(AngleSharp.Dom.IElement element)
    {
        foreach (var token in $"{element.GetAttribute("class")} {element.GetAttribute("id")}".ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var words = token.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words) yield return word;
            if (words.Length > 1) yield return string.Concat(words);
        }
    }

    /// <summary>The publication date in a post's meta line (a &lt;time&gt;, or an element named as a date), if any.</summary>
    private static string? MetaDate(AngleSharp.Dom.IElement element)
    {
        if (!NamedWords(element).Any(DatedNoise.Contains)) return null;
        var dated = element.QuerySelectorAll("*").Prepend(element)
            .FirstOrDefault(e => e.LocalName == "time" || e != element && NamedWords(e).Any(DateNames.Contains));
        return dated is null ? null : Flat(dated.TextContent);
    }

    // Who wrote the post; its editor stays furniture with the rest of the meta line.
    private static readonly HashSet<string> WriterNames = ["author", "writer", "reporter", "penulis"];
    private static readonly char[] BylineParts = ['|', '•', '·'];
    private const string WriterLabel = "Penulis";

    /// <summary>
    /// The writers named in a post's meta line ("Penulis: …" in an element named so), as one line; a name without its
    /// label is the post's writer. Null when the line names none.
    /// </summary>
    private static string? MetaWriters(AngleSharp.Dom.IElement element)
    {
        if (!NamedWords(element).Any(w => DatedNoise.Contains(w) || WriterNames.Contains(w))) return null;
        var named = element.QuerySelectorAll("*").Prepend(element)
            .Where(e => NamedWords(e).Any(WriterNames.Contains) && !e.QuerySelectorAll("*").Any(c => NamedWords(c).Any(WriterNames.Contains)))
            // "Penulis: … | Editor: …" in one element: the first part names the writer.
            .Select(e => Flat(e.TextContent).Split(BylineParts)[0].Trim()).Where(t => t.Length > 0 && t.Split(' ').Length <= MaxWriterWords).ToList();
        if (named.Count == 0) return null;
        return string.Join(". ", named.Select(t => t.Contains(':') ? t : $"{WriterLabel}: {t}")) + ".";
    }

    private const int MaxWriterWords = 8;

    /// <summary>A "read more" link: it only repeats the link of a heading above it, to the same page.</summary>
    private static bool RepeatsHeadingLink(AngleSharp.Dom.INode node, Page page) =>
        node is AngleSharp.Dom.IElement element && (element.LocalName == "a" ? element : element.Children.Length == 1 && Flat(element.TextContent) == Flat(element.Children[0].TextContent) ? element.Children[0] : null)
            is { LocalName: "a" } link && link.GetAttribute("href") is { } href && page.HeadingLinks.Contains(href) && link.Closest("h1, h2, h3, h4, h5, h6") is null;

    /// <summary>
    /// An &lt;hgroup&gt;: its heading heads the part, and the lines grouped with it (a kicker above, "SIARAN PERS"; a
    /// subtitle below) are that part's first text, not a paragraph in which the heading's words are lost.
    /// </summary>
    private static void HeadingGroup(AngleSharp.Dom.IElement group, StringBuilder markdown)
    {
        var heading = group.Children.FirstOrDefault(c => c.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6");
        if (heading is null) { Line(markdown, "", group.TextContent); return; }
        Line(markdown, heading.LocalName == "h1" ? "# " : heading.LocalName == "h2" ? "## " : "### ", heading.TextContent);
        foreach (var line in group.Children.Where(c => c != heading)) Line(markdown, "", line.TextContent);
    }

    /// <summary>
    /// A quotation whose speaker is named in its &lt;cite&gt; or &lt;footer&gt; ("— Kepala Dinas …"): one line, the words
    /// and who said them, so "siapa yang mengatakan …" and "siapa kepala dinas …" find the speaker with the words.
    /// Null for a quotation naming no one.
    /// </summary>
    private static string? Attribution(AngleSharp.Dom.IElement quote)
    {
        var speaker = quote.Children.LastOrDefault(c => c.LocalName is "cite" or "footer")
                      ?? quote.Children.LastOrDefault()?.Children.LastOrDefault(c => c.LocalName == "cite");
        if (speaker is null) return null;
        var who = Flat(speaker.TextContent).TrimStart('—', '–', '-', ' ');
        var words = Flat(string.Concat(quote.ChildNodes.Where(n => n != speaker && n is not AngleSharp.Dom.IElement { LocalName: "cite" or "footer" }).Select(n => n.TextContent)));
        words = words.Replace(who, "").Trim().TrimEnd('—', '–', '-', ' ');
        return who.Length == 0 || words.Length == 0 ? null : $"{words} — {who}";
    }

    private static void Element(AngleSharp.Dom.IElement element, StringBuilder markdown, bool inArticle, Page page)
    {
        var name = element.LocalName;
        // A header inside the article or holding the page's heading is content; the site's header and footer are not.
        if (Skipped.Contains(name) && !(name == "header" && (inArticle || HoldsPageHeading(element, page))) && !IsArticleNote(element)) return;
        // A tab panel is hidden until its tab is clicked, like an accordion's answer: it is content, headed by its tab.
        var tabLabel = HtmlStructure.TabLabel(element);
        if (tabLabel is null && (element.GetAttribute("hidden") is not null || element.GetAttribute("aria-hidden") == "true")) return;
        if (tabLabel is { Length: > 0 } && !StartsWithHeading(element)) Line(markdown, page.BoldLinePrefix, tabLabel);
        if (IsFurniture(element, page))
        {
            // A single post's date is its document's date (cited with the source), not a line of its first section.
            if (MetaDate(element) is { Length: > 0 } date && !(page.SinglePost && element.Closest("article") is not null)) Line(markdown, "", date);
            // Who wrote a post is asked about it ("siapa penulis beritanya"): the byline's names stay, the rest goes.
            if (MetaWriters(element) is { Length: > 0 } writers) page.Writers ??= writers;
            return;
        }
        if (RepeatsHeadingLink(element, page)) return;
        inArticle |= name is "main" or "article";
        switch (name)
        {
            case "h1": Line(markdown, "# ", element.TextContent); return;
            case "hgroup": HeadingGroup(element, markdown); return;
            case "blockquote" when Attribution(element) is { } said: Line(markdown, "", said); return;
            case "h2": Line(markdown, "## ", element.TextContent); return;
            case "h3" or "h4" or "h5" or "h6": Line(markdown, "### ", element.TextContent); return;
            case "p" or "div" when IsBoldHeading(element): Line(markdown, page.BoldLinePrefix, element.TextContent); return;
            case "p" or "div" when IsRelatedLink(element) || IsInPageJump(element): return;
            case "p" when page.LeadInSections && HtmlStructure.LeadIn(element) is { } lead:
                Line(markdown, page.BoldLinePrefix, lead.Heading);
                Line(markdown, "", lead.Text);
                return;
            case "table" when !HtmlStructure.IsLayoutTable(element): Table(element, markdown); return;
            case "dl": Definitions(element, markdown); return;
            case "details" when element.Children.FirstOrDefault(c => c.LocalName == "summary") is { } summary:
                Accordion(element, summary, markdown, inArticle, page); return;
            // An item is one line, paragraphs inside it included; only a nested list makes items of its own.
            case "li" when element.QuerySelector("ul, ol, dl, table") is null: Line(markdown, ItemIndent(element) + "- ", element.TextContent); return;
            case "li" when element.QuerySelector("dl, table") is null: NestedItem(element, markdown, inArticle, page); return;
        }
        if (HtmlStructure.CardHeading(element) is { } cardHeading)
        {
            Card(element, cardHeading, markdown, inArticle, page);
            return;
        }
        if (!element.Children.Any(c => Blocks.Contains(c.LocalName)))
        {
            Line(markdown, name == "li" ? "- " : "", element.TextContent);
            if (name == "p") page.ProseEnd = markdown.Length;
            return;
        }
        Children(element, markdown, inArticle, page, skipped: null);
    }

    /// <summary>
    /// A card: its heading first, then everything else in it (the badge above the heading, the text, its own footer
    /// with the region and status, which is the card's and no site footer).
    /// </summary>
    private static void Card(AngleSharp.Dom.IElement card, AngleSharp.Dom.IElement heading, StringBuilder markdown, bool inArticle, Page page)
    {
        Element(heading, markdown, inArticle, page);
        var parent = heading.Parent!;
        var next = heading.NextSibling;
        parent.RemoveChild(heading);
        foreach (var footer in card.QuerySelectorAll("*").Where(e => NamedWords(e).Contains("footer"))) footer.SetAttribute(CardPart, "");
        Children(card, markdown, inArticle, page, skipped: null);
        parent.InsertBefore(heading, next);
    }

    private const string CardPart = "data-card-part";

    /// <summary>
    /// An item holding a list of its own (a step and its sub-steps): the item's own words are its line and the inner
    /// items follow it indented, one level deeper each, as a nested list reads in Markdown — not a paragraph without
    /// its bullet followed by sub-items that seem to be steps of their own.
    /// </summary>
    private static void NestedItem(AngleSharp.Dom.IElement item, StringBuilder markdown, bool inArticle, Page page)
    {
        var own = string.Concat(item.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement { LocalName: "ul" or "ol" }).Select(n => n.TextContent));
        Line(markdown, ItemIndent(item) + "- ", own);
        foreach (var inner in item.Children.Where(c => c.LocalName is "ul" or "ol").SelectMany(l => l.Children.Where(c => c.LocalName == "li")))
            Element(inner, markdown, inArticle, page);
    }

    // Two spaces for each list item the item sits in.
    private static string ItemIndent(AngleSharp.Dom.IElement item) =>
        new(' ', 2 * Enclosing(item).Count(a => a.LocalName == "li"));

    private static IEnumerable<AngleSharp.Dom.IElement> Enclosing(AngleSharp.Dom.IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement) yield return e;
    }

    /// <summary>Mixed content: inline runs between block children are paragraphs of their own.</summary>
    private static void Children(AngleSharp.Dom.IElement element, StringBuilder markdown, bool inArticle, Page page, AngleSharp.Dom.INode? skipped)
    {
        var inline = new StringBuilder();
        string? afterAccordion = null; // the section the accordion items sit in, while text after them is pending
        AngleSharp.Dom.INode? figureCaption = null; // read with the figure heading before it
        foreach (var node in element.ChildNodes)
        {
            if (node == skipped) continue;
            if (node == figureCaption) continue;
            if (node is AngleSharp.Dom.IElement { LocalName: "figcaption" } tableCaption && element.Children.FirstOrDefault(c => c.LocalName == "table") is { } captioned &&
                FigureCaption(captioned) == tableCaption) continue; // read as the table's caption, before its rows
            if (node is AngleSharp.Dom.IComment) continue; // a theme's note to its developers, never shown
            if (node is AngleSharp.Dom.IElement figure && IsHeading(figure) && HtmlStructure.IsFigure(figure) &&
                figure.NextElementSibling is { } caption && !IsHeading(caption) && Flat(caption.TextContent) is { Length: > 0 } captionText && captionText.Split(' ').Length <= MaxHeadingWords)
            {
                // A statistic: its caption names the figure ("Kabupaten/Kota Peserta: 6").
                Line(markdown, "", inline.ToString()); inline.Clear();
                Line(markdown, "", $"{captionText.TrimEnd(':')}: {Flat(figure.TextContent)}");
                figureCaption = caption;
                continue;
            }
            if (node is AngleSharp.Dom.IElement child && (Blocks.Contains(child.LocalName) || Skipped.Contains(child.LocalName)))
            {
                Line(markdown, "", inline.ToString()); inline.Clear();
                if (IsAccordion(child)) afterAccordion ??= EnclosingSection(markdown);
                else if (afterAccordion is not null && !IsHeading(child) && child.TextContent.Trim().Length > 0)
                {
                    // Text after the accordion belongs to the section around it, not to its last item.
                    Line(markdown, "## ", afterAccordion);
                    afterAccordion = null;
                }
                else if (IsHeading(child)) afterAccordion = null;
                Element(child, markdown, inArticle, page);
            }
            else if (!RepeatsHeadingLink(node, page))
            {
                if (afterAccordion is not null && node.TextContent.Trim().Length > 0) { Line(markdown, "## ", afterAccordion); afterAccordion = null; }
                inline.Append(node.TextContent);
            }
        }
        Line(markdown, "", inline.ToString());
    }

    /// <summary>
    /// A short paragraph wholly in bold that is no sentence, outside lists and tables: how a page exported from a word
    /// processor ("Save as Web Page") marks the headings it was typed with, as a DOCX without heading styles does.
    /// </summary>
    private static bool IsBoldHeading(AngleSharp.Dom.IElement element)
    {
        var text = Flat(element.TextContent);
        if (text.Length == 0 || text.Split(' ').Length > MaxHeadingWords || ".:;,".Contains(text[^1])) return false;
        if (element.Closest("li, td, th, dd, dt, table") is not null || element.Children.Any(c => Blocks.Contains(c.LocalName))) return false;
        var bold = element.QuerySelectorAll("b, strong").Select(b => Flat(b.TextContent)).Where(t => t.Length > 0);
        return Flat(string.Join(' ', bold)) == text;
    }

    private const int MaxHeadingWords = 14;

    private static bool IsAccordion(AngleSharp.Dom.IElement element) =>
        element.LocalName == "details" && element.Children.Any(c => c.LocalName == "summary");

    private static bool IsHeading(AngleSharp.Dom.IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>The panel's own first block is a heading: it names itself, the tab's label is not repeated.</summary>
    private static bool StartsWithHeading(AngleSharp.Dom.IElement element) =>
        element.Children.FirstOrDefault(c => c.TextContent.Trim().Length > 0) is { } first && IsHeading(first);

    /// <summary>The last "## " heading written so far (or the page's "# " title): the section an accordion sits in.</summary>
    private static string EnclosingSection(StringBuilder markdown)
    {
        var lines = markdown.ToString().Split('\n');
        for (var i = lines.Length - 1; i >= 0; i--)
            if (lines[i].StartsWith("## ", StringComparison.Ordinal) || lines[i].StartsWith("# ", StringComparison.Ordinal))
                return lines[i][(lines[i].IndexOf(' ') + 1)..].Trim();
        return "";
    }

    /// <summary>
    /// An accordion item (&lt;details&gt;): its &lt;summary&gt; is what a reader clicks to open the answer — in an FAQ the
    /// question itself — so it heads a section of its own one level below the page's section, like a bold question
    /// line in a DOCX, and the rest of the item is that section's text.
    /// </summary>
    private static void Accordion(AngleSharp.Dom.IElement details, AngleSharp.Dom.IElement summary, StringBuilder markdown, bool inArticle, Page page)
    {
        Line(markdown, "### ", summary.TextContent);
        Children(details, markdown, inArticle, page, skipped: summary);
    }

    private static void Line(StringBuilder markdown, string prefix, string text)
    {
        var flat = Flat(text);
        if (flat.Length > 0) markdown.Append(prefix).AppendLine(flat).AppendLine();
    }

    /// <summary>Each row as "header: value; …" so a row is searchable and quotable on its own.</summary>
    private static void Table(AngleSharp.Dom.IElement table, StringBuilder markdown)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        // A footer row of one cell is a note under the table (the next meeting, a source), no row of it: it is read
        // after the rows as a line of its own.
        var notes = rows.Where(r => r.ParentElement?.LocalName == "tfoot" && r.Children.Count(c => c.LocalName is "td" or "th") == 1).ToList();
        rows = rows.Except(notes).ToList();
        if (rows.Count == 0) return;
        Rows(table, rows, markdown);
        foreach (var note in notes) Line(markdown, "", note.TextContent);
        if (notes.Count > 0) markdown.AppendLine();
    }

    /// <summary>
    /// A table set after the page's sections (a &lt;section&gt; or &lt;article&gt; with its own heading just before it),
    /// not inside the last of them: it is no part of that section, and its caption heads it as a section of its own.
    /// </summary>
    /// <summary>
    /// A table set in a &lt;figure&gt; with a &lt;figcaption&gt; instead of a &lt;caption&gt;: the figcaption names the
    /// table. Read where it stands (often under the table) it trailed the rows as a stray line, and a question on one
    /// row was answered with the whole table; read as the caption it comes first, as a caption does.
    /// </summary>
    private static AngleSharp.Dom.IElement? FigureCaption(AngleSharp.Dom.IElement table) =>
        table.ParentElement is { LocalName: "figure" } figure && figure.Children.Count(c => c.LocalName == "table") == 1
            ? figure.Children.FirstOrDefault(c => c.LocalName == "figcaption") : null;

    private static bool FollowsSections(AngleSharp.Dom.IElement table) =>
        table.PreviousElementSibling is { LocalName: "section" or "article" } before && before.QuerySelector("h2, h3, h4") is not null;

    private static void Rows(AngleSharp.Dom.IElement table, List<AngleSharp.Dom.IElement> rows, StringBuilder markdown)
    {
        var grid = Grid(rows);
        // A header row: header cells, or (a word processor's table) cells whose text is all bold.
        var first = rows[0].Children.Where(c => c.LocalName is "td" or "th").ToList();
        // A blank corner cell over a column of row headers (th scope="row") leaves the row still a header row.
        var cornered = first.Count > 1 && Flat(first[0].TextContent).Length == 0 && first.Skip(1).All(c => c.LocalName == "th");
        var isHeader = rows.Count > 1 && first.Count > 0 && (first.All(c => c.LocalName == "th") || first.All(IsAllBold) || cornered);
        var header = isHeader ? grid[0] : [];
        var headerRows = isHeader ? 1 : 0;
        if (isHeader && HtmlStructure.SpannedHeader(rows, grid) is { } spanned) (header, headerRows) = (spanned, 2);
        if ((table.QuerySelector("caption") ?? FigureCaption(table)) is { } caption) Line(markdown, FollowsSections(table) ? "## " : "", caption.TextContent);
        // A form-like table of two columns whose first holds bold or header labels ("Peserta | Tim 3-5 orang") reads
        // as "label: value" lines, the label naming what each value is.
        if (!isHeader && rows.All(r => r.Children.Count(c => c.LocalName is "td" or "th") == 2 && r.Children.First(c => c.LocalName is "td" or "th") is var label && (label.LocalName == "th" || IsAllBold(label))))
        {
            foreach (var cells in grid) Line(markdown, "- ", $"{cells[0].TrimEnd(':', ' ')}: {cells[1]}");
            markdown.AppendLine();
            return;
        }
        if (cornered && headerRows == 1 && RowHeaded(rows.Skip(1).ToList()) && grid.Count - 1 > header.Count - 1)
        {
            ByColumn(header, grid.Skip(1).ToList(), markdown);
            return;
        }
        var group = new DocumentLoader.TableGroup(line => Line(markdown, "- ", line));
        foreach (var cells in grid.Skip(headerRows))
        {
            if (DocumentLoader.IsGroupRow(cells, header)) { group.Open(cells[0]); continue; }
            var text = string.Join("; ", cells.Select((c, i) => i < header.Count && header[i].Length > 0 && c.Length > 0 ? $"{header[i]}: {c}" : c).Where(c => c.Length > 0));
            Line(markdown, "- ", group.Leading(text));
        }
        group.Close();
        markdown.AppendLine();
    }

    /// <summary>Every row opens with a header cell naming what the row gives (th scope="row").</summary>
    private static bool RowHeaded(List<AngleSharp.Dom.IElement> rows) =>
        rows.All(r => r.Children.FirstOrDefault(c => c.LocalName is "td" or "th") is { LocalName: "th" } cell && Flat(cell.TextContent).Length > 0);

    /// <summary>
    /// A table comparing a few things side by side (stages, packages, years as columns) whose rows name their
    /// properties: each column is one line "Tahap II — Waktu: …; Pagu: …", so the thing asked about is answered
    /// with its own values, not with every column's value of one property.
    /// </summary>
    private static void ByColumn(List<string> header, List<List<string>> body, StringBuilder markdown)
    {
        for (var column = 1; column < header.Count; column++)
        {
            var values = body.Where(r => column < r.Count && r[column].Length > 0).Select(r => $"{r[0].TrimEnd(':', ' ')}: {r[column]}");
            Line(markdown, "- ", $"{header[column]} — {string.Join("; ", values)}");
        }
        markdown.AppendLine();
    }

    private static bool IsAllBold(AngleSharp.Dom.IElement cell) =>
        Flat(cell.TextContent) is { Length: > 0 } text && Flat(string.Join(' ', cell.QuerySelectorAll("b, strong").Select(b => b.TextContent))) == text;

    /// <summary>The rows' cell texts as the grid a reader sees: a cell spanning rows (rowspan) is read on each of them.</summary>
    private static List<List<string>> Grid(List<AngleSharp.Dom.IElement> rows)
    {
        var pending = new Dictionary<int, (string Text, int Left)>(); // column → text still spanning down, rows left
        var grid = new List<List<string>>();
        foreach (var row in rows)
        {
            var cells = new List<string>();
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                while (pending.TryGetValue(cells.Count, out var above)) Carry(cells, pending, above);
                var span = int.TryParse(cell.GetAttribute("rowspan"), out var n) ? Math.Clamp(n, 1, 100) : 1;
                if (span > 1) pending[cells.Count] = (Flat(cell.TextContent), span - 1);
                cells.Add(Flat(cell.TextContent));
            }
            while (pending.TryGetValue(cells.Count, out var above)) Carry(cells, pending, above);
            grid.Add(cells);
        }
        return grid;
    }

    private static void Carry(List<string> cells, Dictionary<int, (string Text, int Left)> pending, (string Text, int Left) above)
    {
        var column = cells.Count;
        cells.Add(above.Text);
        if (above.Left > 1) pending[column] = (above.Text, above.Left - 1); else pending.Remove(column);
    }

    /// <summary>A definition list as "- term: definition" items.</summary>
    private static void Definitions(AngleSharp.Dom.IElement list, StringBuilder markdown)
    {
        var items = list.QuerySelectorAll("dt, dd").Where(e => e.Closest("dl") == list).ToList();
        if (IsQuestionList(items)) { Questions(items, markdown); return; }
        string? term = null;
        var described = false;
        foreach (var item in list.QuerySelectorAll("dt, dd").Where(e => e.Closest("dl") == list))
        {
            // A term with two descriptions (<dt> then two <dd>s) has both read under it.
            if (item.LocalName == "dt") { if (term is not null && !described) Line(markdown, "- ", term); term = Flat(item.TextContent); described = false; continue; }
            Line(markdown, "- ", term is null ? item.TextContent : $"{term}: {Flat(item.TextContent)}");
            described = true;
        }
        if (term is not null && !described) Line(markdown, "- ", term);
        markdown.AppendLine();
    }

    /// <summary>An FAQ set as a definition list: every term is a question.</summary>
    private static bool IsQuestionList(List<AngleSharp.Dom.IElement> items) =>
        items.Where(i => i.LocalName == "dt").Select(i => Flat(i.TextContent)).ToList() is { Count: >= 2 } terms && terms.All(t => t.EndsWith('?'));

    /// <summary>
    /// Each question heads a section of its own one level below the page's section, like an accordion's summary, and
    /// its answer (a paragraph or a list) is that section's text: one answer is found and quoted, not the whole FAQ.
    /// </summary>
    private static void Questions(List<AngleSharp.Dom.IElement> items, StringBuilder markdown)
    {
        foreach (var item in items)
        {
            if (item.LocalName == "dt") { Line(markdown, "### ", item.TextContent); continue; }
            var listed = item.QuerySelectorAll("li").ToList();
            if (listed.Count == 0) { Line(markdown, "", item.TextContent); continue; }
            foreach (var li in listed) Line(markdown, "- ", li.TextContent);
        }
    }
}

/// <summary>A line of a PDF page: its text, the font size most of its letters have, and whether it is bold.</summary>
internal sealed record PdfLine(int Page, double Y, string Text, double Size, bool Bold)
{
    /// <summary>How many printed lines a heading set over several lines was joined from.</summary>
    public int Lines { get; init; } = 1;

    /// <summary>Where each cell (tab-separated part) of the line starts on the page: the columns of a table row.</summary>
    public IReadOnlyList<double> Cells { get; init; } = [];

    /// <summary>Where each cell ends on the page (its last letter's right edge), one per entry of <see cref="Cells"/>.</summary>
    public IReadOnlyList<double> CellEnds { get; init; } = [];

    /// <summary>The cells of a row of a table drawn with all its borders (<see cref="PdfRuledTable"/>), read box by box; null for other lines.</summary>
    public IReadOnlyList<string>? RuledCells { get; init; }

    /// <summary>The margin box (<see cref="PdfSidebar"/>) the line is set in, numbered on its page; 0 for the page's own text.</summary>
    public int Sidebar { get; init; }

    /// <summary>Where each word after a space starts: its index in Text and its x on the page.</summary>
    public IReadOnlyList<(int Index, double X)> Words { get; init; } = [];

    /// <summary>The fill colour most of the line's letters are set in ("r,g,b"), empty when the PDF gives none.</summary>
    public string Tint { get; init; } = "";
}

/// <summary>Turns PDF lines into Markdown: headings by font size and weight, paragraphs by spacing, bullets as list items.</summary>
internal static class PdfLayout
{
    private const double HeadingScale = 1.15;
    private const int MaxHeadingWords = 14;
    private const int MaxNumberedHeadingWords = 10;
    public const double CellGap = 1.2;
    public const double NarrowCellGap = 0.6;

    // "2.", "2.1", "3.2.1 Judul": a section number, then a capitalised heading.
    private static readonly System.Text.RegularExpressions.Regex Numbered = new(@"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{Lu}", System.Text.RegularExpressions.RegexOptions.Compiled);

    public static string ToMarkdown(IReadOnlyList<PdfLine> lines, ref string? title, string fallbackName)
    {
        // Margin boxes are read after the text they stand beside, each a passage headed by its own title line.
        var sidebars = lines.Where(l => l.Sidebar > 0).GroupBy(l => (l.Page, l.Sidebar)).Select(g => g.ToList()).ToList();
        var text = MainText(lines.Where(l => l.Sidebar == 0).ToList(), ref title, fallbackName);
        if (sidebars.Count == 0) return text;
        var markdown = new StringBuilder(text);
        foreach (var box in sidebars) Sidebar(box, markdown, title ?? fallbackName);
        return markdown.ToString();
    }

    /// <summary>
    /// A margin box: its first line is its title when set apart from the rest (bold or larger) and short; the lines
    /// under it are paragraphs, a label line ("Batas penyerahan:") joined with the value under it.
    /// </summary>
    private static void Sidebar(List<PdfLine> box, StringBuilder markdown, string named)
    {
        var first = box[0];
        var rest = box.Skip(1).ToList();
        var titled = rest.Count > 0 && first.Text.Split(' ').Length <= MaxNumberedHeadingWords && !".:;,".Contains(first.Text[^1]) &&
                     (first.Bold && !rest.All(l => l.Bold) || first.Size > rest.Max(l => l.Size) + 0.5);
        if (titled) markdown.Append("## ").AppendLine(first.Text).AppendLine();
        Paragraphs(titled ? rest : box, markdown, asSections: false, named);
    }

    private static string MainText(IReadOnlyList<PdfLine> lines, ref string? title, string fallbackName)
    {
        lines = WithoutRunningLines(lines).Where(l => !ContentsLine.IsMatch(l.Text)).ToList();
        lines = WithoutPageNumbers(lines);
        lines = WithoutMarginTitle(lines, title);
        lines = PdfTableRows.StackedHeaders(lines);
        if (lines.Count > 0) lines = WithoutNoteMarkers(PdfFootnotes.AfterTheirSections(lines, BodySize(lines), OpensSection(BodySize(lines))), BodySize(lines));
        lines = MarkersJoined(lines);
        if (lines.Count == 0) return "";
        var bodySize = BodySize(lines);
        lines = JoinedHeadingLines(lines, bodySize);
        lines = WithoutLetterhead(lines, bodySize, ref title, out var letter);
        // A regulation is read by its chapters and articles, whatever size they are set in.
        var regulation = PdfRegulation.Read(lines);
        if (regulation is not null) { lines = regulation.Lines; title ??= PdfRegulation.Title(lines); }
        var numbered = regulation?.Headings ?? NumberedHeadings(lines);
        var tinted = TintedHeadings(lines, bodySize);
        bool IsHeading(PdfLine l) => numbered.ContainsKey(l) || tinted.Contains(l) || !IsRow(l) && l.Text.Split(' ').Length <= MaxHeadingWords * l.Lines && !l.Text.EndsWith('.') && !IsQuotation(l.Text) &&
                                     (l.Size >= bodySize * HeadingScale || l.Bold && l.Size >= bodySize);
        var headingSizes = lines.Where(l => IsHeading(l) && !numbered.ContainsKey(l)).Select(l => l.Size + (l.Bold ? 0.01 : 0)).Distinct().OrderDescending().ToList();
        var markdown = new StringBuilder();
        if (headingSizes.Count == 0 && numbered.Count == 0) return Paragraphs(lines, markdown, asSections: true, title ?? fallbackName);
        // The largest size opens the document (its title) when it is the first line; the others are ## and ###.
        var first = lines[0];
        var titled = IsHeading(first) && !numbered.ContainsKey(first) && headingSizes.Count > 0 && Math.Abs(first.Size + (first.Bold ? 0.01 : 0) - headingSizes[0]) < 0.001 && lines.Count(l => IsHeading(l) && Math.Abs(l.Size + (l.Bold ? 0.01 : 0) - headingSizes[0]) < 0.001) == 1;
        var levels = titled ? headingSizes.Skip(1).ToList() : headingSizes;
        var paragraph = new List<PdfLine>();
        var rows = new List<PdfLine>();
        // A letter's text before its first heading (an attachment's title) has no heading of its own: each of its
        // paragraphs is a passage, as in a letter with no heading at all, not one passage led by the letterhead.
        var headed = false;
        var named = title ?? fallbackName;
        void FlushParagraph() { if (paragraph.Count > 0) Paragraphs(paragraph, markdown, asSections: letter && !headed, named); paragraph.Clear(); }
        void FlushRows() { if (rows.Count > 0) DocumentLoader.AppendTable(markdown, PdfTableRows.Placed(PdfTableRows.Aligned(rows)).Select(r => r.Select(Cell).ToList()).ToList()); rows.Clear(); }
        var ruled = new List<List<string>>();
        void FlushRuled() { if (ruled.Count > 0) DocumentLoader.AppendTable(markdown, ruled.ToList()); ruled.Clear(); }
        foreach (var line in lines)
        {
            if (line.RuledCells is { } cells) { FlushParagraph(); FlushRows(); ruled.Add(cells.ToList()); continue; }
            FlushRuled();
            if (rows.Count >= 2 && !numbered.ContainsKey(line) && PdfTableRows.Continues(rows, line)) { rows[^1] = PdfTableRows.Joined(rows, line); continue; }
            if (IsRow(line)) { FlushParagraph(); rows.Add(line); continue; }
            FlushRows();
            if (!IsHeading(line)) { paragraph.Add(line); continue; }
            FlushParagraph();
            headed = true;
            // The section number orders the document; it is no word a user asks with, nor one to show on a button.
            if (numbered.TryGetValue(line, out var depth)) { markdown.Append(depth == 1 ? "## " : "### ").AppendLine(Numbered.Match(line.Text) is var m ? line.Text[m.Groups[1].Length..].TrimStart('.', ' ') : line.Text).AppendLine(); continue; }
            var size = line.Size + (line.Bold ? 0.01 : 0);
            if (titled && line == first) { title ??= line.Text; markdown.Append("# ").AppendLine(line.Text).AppendLine(); continue; }
            var level = Math.Min(levels.IndexOf(size), 1);
            markdown.Append(level == 0 ? "## " : "### ").AppendLine(line.Text).AppendLine();
        }
        FlushParagraph();
        FlushRows();
        FlushRuled();
        return markdown.ToString();
    }

    private static bool IsRow(PdfLine line) => line.Text.Contains('\t');

    /// <summary>Letter's fill colour as "r,g,b" (grey and CMYK given as their RGB), so lines can be grouped by it.</summary>
    internal static string Tint(UglyToad.PdfPig.Content.Letter letter)
    {
        if (letter.Color is not { } colour) return "";
        var (r, g, b) = colour.ToRGBValues();
        return FormattableString.Invariant($"{r:0.00},{g:0.00},{b:0.00}");
    }

    /// <summary>
    /// Section titles told from the body only by their colour: a template sets them at the body's size and weight, in
    /// white on a dark bar or in the house colour. A colour other than the body's, worn by two or more lines that are
    /// all short and unpunctuated, is a heading colour; a coloured quotation or link in running text is not, since
    /// some line in its colour reads as a sentence or it stands alone.
    /// </summary>
    private static HashSet<PdfLine> TintedHeadings(IReadOnlyList<PdfLine> lines, double bodySize)
    {
        var body = lines.Where(l => l.RuledCells is null).GroupBy(l => l.Tint).MaxBy(g => g.Sum(l => l.Text.Length))?.Key;
        if (body is null) return [];
        bool Short(PdfLine l) => !IsRow(l) && l.RuledCells is null && l.Sidebar == 0 && l.Text.Split(' ').Length <= MaxHeadingWords &&
                                 !".,;:".Contains(l.Text[^1]) && !IsQuotation(l.Text) && l.Size >= bodySize * MinTintedHeadingScale;
        return lines.Where(l => l.Tint != body && l.Tint.Length > 0 && l.RuledCells is null).GroupBy(l => l.Tint)
            .Where(g => g.Count() >= 2 && g.All(Short)).SelectMany(g => g).ToHashSet();
    }

    // A coloured title is set at the body's size or larger; smaller coloured lines are captions and notes.
    private const double MinTintedHeadingScale = 0.95;

    /// <summary>
    /// The size the running text is set in: the size most letters outside table rows have. A letter whose attachment is
    /// a wide matrix in smaller type has more letters in its cells than in its text; counting the cells made the body
    /// the matrix's size and every line of the letter a heading. A document that is mostly a table (a recap with a
    /// title and a note) keeps the size most of all its letters have.
    /// </summary>
    internal static double BodySize(IReadOnlyList<PdfLine> lines)
    {
        var text = lines.Where(l => !IsRow(l)).ToList();
        var counted = text.Sum(l => l.Text.Length) >= lines.Sum(l => l.Text.Length) * MinRunningTextShare ? text : lines;
        return counted.GroupBy(l => l.Size).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
    }

    private const double MinRunningTextShare = 0.4;

    /// <summary>
    /// The size of a line set in small capitals ("A. L|ATAR B|ELAKANG": each word's capital at the heading's size, its
    /// other letters as smaller capitals): the capitals' size, so the heading is not taken for small print. Null for a
    /// line of another kind — one with a lowercase letter, one size, or a large letter inside a word.
    /// </summary>
    internal static double? SmallCapsSize(IReadOnlyList<UglyToad.PdfPig.Content.Letter> letters)
    {
        var sizes = letters.Select(l => Math.Round(l.PointSize, 1)).Distinct().OrderDescending().ToList();
        if (sizes.Count != 2 || sizes[1] < sizes[0] * MinSmallCapsRatio || sizes[1] > sizes[0] * MaxSmallCapsRatio) return null;
        if (letters.Any(l => l.Value.Any(char.IsLower))) return null;
        var large = 0;
        for (var i = 0; i < letters.Count; i++)
        {
            if (Math.Round(letters[i].PointSize, 1) != sizes[0] || !letters[i].Value.Any(char.IsLetter)) continue;
            // A large capital opens its word: the letter before it is a space away (or none), not run together with it.
            var opensWord = i == 0 || letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X > letters[i - 1].PointSize * 0.2;
            if (!opensWord) return null;
            large++;
        }
        return large >= 1 && letters.Count(l => l.Value.Any(char.IsLetter)) >= MinSmallCapsLetters ? sizes[0] : null;
    }

    private const double MinSmallCapsRatio = 0.6, MaxSmallCapsRatio = 0.9;
    private const int MinSmallCapsLetters = 5;

    /// <summary>
    /// The spacing a designer added between every letter of a line (a title set in letter-spaced capitals,
    /// "K E T E N T U A N"): the usual gap between neighbouring letters when most gaps are that wide, else 0. Only
    /// gaps wider than it are word spaces, so the title reads as words and is no row of one-letter cells.
    /// </summary>
    internal static double Tracking(IReadOnlyList<UglyToad.PdfPig.Content.Letter> letters)
    {
        if (letters.Count < MinTrackedLetters) return 0;
        var gaps = letters.Zip(letters.Skip(1)).Select(p => p.Second.StartBaseLine.X - p.First.EndBaseLine.X).Order().ToList();
        var usual = gaps[gaps.Count / 2];
        var size = letters[0].PointSize;
        // Tracked, not spaced into columns: the usual gap is wider than a word space but well under a cell's gap, and
        // nearly all gaps are that one (the rest are word spaces on top of it).
        if (usual <= size * 0.25 || usual >= size * NarrowCellGap) return 0;
        return gaps.Count(g => Math.Abs(g - usual) < size * 0.08) >= gaps.Count * 0.6 ? usual : 0;
    }

    private const int MinTrackedLetters = 6;

    // A pull quote: a sentence in quotation marks set large between paragraphs; it heads no section.
    internal static bool IsQuotation(string text) => text.Length > 1 && "\"“„«'‘".Contains(text[0]);

    /// <summary>
    /// A letter's letterhead (kop surat): the office's name in large or bold lines above the letter's subject block
    /// ("SURAT EDARAN … TENTANG …") on its first page. It says who wrote the letter, it heads no section: its lines are
    /// read as a paragraph, and the subject block with the office names the document, since the metadata title an
    /// office fills in is a shorter note ("SE verifikasi 2032") that names neither the subject nor the region.
    /// </summary>
    private static IReadOnlyList<PdfLine> WithoutLetterhead(IReadOnlyList<PdfLine> lines, double bodySize, ref string? title, out bool letter)
    {
        letter = false;
        var subject = lines.FirstOrDefault(l => l.Page == lines[0].Page && l.Size >= bodySize && (l.Bold || l.Size >= bodySize * HeadingScale) &&
                                                   l.Text.Contains(" TENTANG ", StringComparison.Ordinal) && DocxLetter.NamesSubject(l.Text))
                      ?? LabelBlockSubject(lines, bodySize);
        if (subject is null) return lines;
        var head = lines.TakeWhile(l => l != subject).Where(l => l.Page == subject.Page && !IsRow(l) && l.Text.Split(' ').Length <= MaxHeadingWords &&
                                                                 (l.Bold && l.Size >= bodySize || l.Size >= bodySize * HeadingScale)).ToHashSet();
        // A decree that opens with its subject has no letterhead: its own first line titles it as before.
        if (head.Count == 0) return lines;
        var issuer = string.Join(", ", lines.Where(head.Contains).Select(l => l.Text.TrimEnd(',')));
        var named = LabelLine.Match(subject.Text) is { Success: true } labelled ? labelled.Groups[1].Value.Trim() : subject.Text;
        if (title is null || Words(title) < Words(named)) title = $"{named} — {issuer}";
        letter = true;
        return lines.Select(l => head.Contains(l) ? l with { Size = bodySize, Bold = false } : l).ToList();
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// A letter without a titled subject block names its subject in the last line of the label block under its
    /// letterhead ("Nomor : …", "Sifat : …", "Lampiran : …", then the subject's label): three label lines or more in a
    /// row on the first page, in the body's size, with the letterhead's large or bold lines above them.
    /// </summary>
    private static PdfLine? LabelBlockSubject(IReadOnlyList<PdfLine> lines, double bodySize)
    {
        var run = new List<PdfLine>();
        foreach (var line in lines.TakeWhile(l => l.Page == lines[0].Page))
        {
            if (Math.Abs(line.Size - bodySize) < 0.5 && LabelLine.IsMatch(line.Text)) { run.Add(line); continue; }
            if (run.Count >= MinLabelLines) break;
            run.Clear();
        }
        return run.Count >= MinLabelLines ? run[^1] : null;
    }

    private const int MinLabelLines = 3;

    // "Hal : Undangan …", "Nomor<tab>:<tab>005/…": a one-word label, a colon, the value.
    private static readonly System.Text.RegularExpressions.Regex LabelLine = new(@"^\p{Lu}\p{Ll}+\s*\t?\s*:\s*\t?\s*(\S.*)$", System.Text.RegularExpressions.RegexOptions.Compiled);

    // A section number, list letter or bullet standing alone before a tab stop: "1.", "2.1", "a.", "b)", "IV.", "•".
    private static readonly System.Text.RegularExpressions.Regex Marker = new(@"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\p{L}[.)]|[IVX]{1,4}\.|[•▪◦·‣–-])$", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>
    /// A heading or list item whose number sits at a tab stop before its text ("1.⇥Ketentuan Umum", "a.⇥Pelayanan …",
    /// as Word exports a numbered heading or a hanging indent) is one line, not a two-cell table row — unless it follows
    /// a row of a table, whose first column may be numbered.
    /// </summary>
    private static IReadOnlyList<PdfLine> MarkersJoined(IReadOnlyList<PdfLine> lines)
    {
        var result = new List<PdfLine>(lines.Count);
        foreach (var line in lines)
        {
            var parts = line.Text.Split('\t');
            var inTable = result.Count > 0 && IsRow(result[^1]) && result[^1].Page == line.Page;
            result.Add(parts.Length == 2 && Marker.IsMatch(parts[0].Trim()) && !inTable
                ? line with { Text = $"{parts[0].Trim()} {parts[1].Trim()}", Cells = [line.Cells[0]] }
                : line);
        }
        return result;
    }

    // A line of a table of contents: a heading, a dot leader and its page number ("1.1 Latar Belakang ..... 3"). It
    // repeats a heading with no content of its own, and would compete with the section it points to.
    private static readonly System.Text.RegularExpressions.Regex ContentsLine = new(@"\S.*(?:\.\s?){4,}\s*(?:\d{1,3}|[ivxlcIVXLC]{1,6})$", System.Text.RegularExpressions.RegexOptions.Compiled);

    // A slide's columns of bullets read as a table: the bullet marks an item, it is no part of the cell's text.
    private static string Cell(string text) => text.Trim().TrimStart('•', '▪', '◦', '·', '‣').TrimStart();

    /// <summary>
    /// A heading set over several lines (a decree's "KEPUTUSAN … / NOMOR … / TENTANG / …", a long title wrapped) is one
    /// heading: consecutive lines of one size, bold or larger than the body (a slide's title in a light face), no
    /// sentence among them, a line apart, on one page.
    /// </summary>
    private static IReadOnlyList<PdfLine> JoinedHeadingLines(IReadOnlyList<PdfLine> lines, double bodySize)
    {
        var joined = new List<PdfLine>(lines.Count);
        foreach (var line in lines)
        {
            if (joined.Count > 0 && joined[^1] is var previous && (previous.Bold && line.Bold || previous.Size >= bodySize * HeadingScale) && previous.Page == line.Page &&
                Math.Abs(previous.Size - line.Size) < 0.1 && previous.Y > line.Y && previous.Y - line.Y <= line.Size * LineSpan && !IsRow(line) && !IsRow(previous) &&
                !".:;".Contains(previous.Text[^1]) && !Numbered.IsMatch(line.Text) && !Article.IsMatch(line.Text) && (!Article.IsMatch(previous.Text) || BareChapter.IsMatch(previous.Text)) &&
                (previous.Text + " " + line.Text).Split(' ').Length <= MaxJoinedHeadingWords)
            {
                joined[^1] = previous with { Text = previous.Text + " " + line.Text, Y = line.Y, Lines = previous.Lines + 1 };
                continue;
            }
            joined.Add(line);
        }
        return joined;
    }

    private const double LineSpan = 1.8;
    private const int MaxJoinedHeadingWords = 24;

    // An article of a regulation or decree ("Pasal 3", "BAB II"): a heading of its own, never joined to the next line.
    private static readonly System.Text.RegularExpressions.Regex Article = new(@"^(Pasal|BAB|Bab)\s+[\dIVXLC]+\b", System.Text.RegularExpressions.RegexOptions.Compiled);

    // A chapter line with no title of its own ("BAB III" over "CAPAIAN KABUPATEN/KOTA"): the title on the next line is its.
    private static readonly System.Text.RegularExpressions.Regex BareChapter = new(@"^(?:BAB|Bab)\s+(?<n>[IVXLC]+|\d{1,2})$", System.Text.RegularExpressions.RegexOptions.Compiled);
    private static readonly System.Text.RegularExpressions.Regex Chapter = new(@"^(?:BAB|Bab)\s+(?<n>[IVXLC]+|\d{1,2})\b", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>
    /// Section numbers in the body font ("1. Ruang Lingkup", "2.1 Sumber data") are headings when the document numbers
    /// at least two sections that way; the depth of the number is the level. Sentences (ending in a stop) are list items.
    /// </summary>
    private static Dictionary<PdfLine, int> NumberedHeadings(IReadOnlyList<PdfLine> lines)
    {
        var found = new Dictionary<PdfLine, int>();
        var section = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // A numbered line whose sentence goes on in lower case on the next line is a list item wrapped at the
            // column's edge ("1. Memiliki kantor kampung yang dapat dipakai" / "sebagai pos …"): a heading ends its line.
            if (i + 1 < lines.Count && WrapsOnto(line, lines[i + 1])) continue;
            // A chapter ("BAB II …") is the top level its sections "2.1", "2.2" are numbered under.
            if (Chapter.Match(line.Text) is { Success: true } chapter && !IsRow(line) && line.Text.Split(' ').Length <= MaxJoinedHeadingWords && !".:;,".Contains(line.Text[^1])
                && Numeral(chapter.Groups["n"].Value) is var value && value == section + 1)
            {
                section = value;
                found[line] = 1;
                continue;
            }
            var match = Numbered.Match(line.Text);
            if (!match.Success || IsRow(line) || line.Text.Split(' ').Length > MaxNumberedHeadingWords || ".:;,".Contains(line.Text[^1])) continue;
            var number = match.Groups[1].Value.Split('.').Select(int.Parse).ToArray();
            // Section numbers only go up ("3." after "2.", "2.1" inside "2."); a numbered list restarts at 1 inside a
            // section, so a number that goes back is a list item, not a heading.
            // A top-level number steps up by one (two, where a section was dropped): a date opening a line ("30 Juni
            // 2026" in a margin note) jumps far ahead and is no section.
            if (number.Length == 1 ? number[0] <= section || section > 0 && number[0] > section + 2 : number[0] != section) continue;
            section = number[0];
            found[line] = number.Length;
        }
        return found.Count >= 2 && found.Values.Contains(1) ? found : [];
    }

    // Before headings are settled: a short line set larger than the body, or bold at its size, opens a section.
    private static Func<PdfLine, bool> OpensSection(double bodySize) => l =>
        !IsRow(l) && l.Text.Split(' ').Length <= MaxHeadingWords && !l.Text.EndsWith('.') && (l.Size >= bodySize * HeadingScale || l.Bold && l.Size >= bodySize);

    private static bool WrapsOnto(PdfLine line, PdfLine next) =>
        next.Page == line.Page && !IsRow(next) && !IsRow(line) && Math.Abs(next.Size - line.Size) < 0.1 && line.Y > next.Y &&
        line.Y - next.Y <= line.Size * LineSpan && next.Text.Length > 0 && char.IsLower(next.Text[0]);

    /// <summary>
    /// A footnote's mark raised over the end of a sentence ("… lima perangkat daerah.¹"): a figure or two in small type
    /// just above a line of text, on a baseline of its own. As a line it splits the paragraph it marks.
    /// </summary>
    private static IReadOnlyList<PdfLine> WithoutNoteMarkers(IReadOnlyList<PdfLine> lines, double bodySize) =>
        lines.Where(l => !(NoteMark.IsMatch(l.Text) && l.Size < bodySize * 0.8 &&
                           lines.Any(o => o != l && o.Page == l.Page && o.Y < l.Y && l.Y - o.Y <= bodySize * 0.7 && !NoteMark.IsMatch(o.Text)))).ToList();

    private static readonly System.Text.RegularExpressions.Regex NoteMark = new(@"^\d{1,2}\*?$|^\*{1,3}$", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>A chapter number in arabic or roman figures.</summary>
    private static int Numeral(string text) => int.TryParse(text, out var n) ? n : RomanFigureFilter.Sum(text);

    /// <summary>Running headers and footers (the same line, page numbers aside, at the same height on several pages) are not content.</summary>
    private static IReadOnlyList<PdfLine> WithoutRunningLines(IReadOnlyList<PdfLine> lines)
    {
        var pages = lines.Select(l => l.Page).Distinct().Count();
        if (pages < 2) return lines;
        // A page number is no part of the key, in arabic or roman figures ("- 3 -", "ii" on the front matter's pages).
        // An article's or chapter's number is no page number: "Pasal 2" and "Pasal 7" opening two pages at one height
        // are two headings.
        static string Key(PdfLine l) => $"{Math.Round(l.Y / 3)}|{(Article.IsMatch(l.Text) ? l.Text : string.Join('\t', l.Text.Split('\t').Where(c => !PageNumber.IsMatch(c)).Select(c => string.Concat(c.Where(ch => !char.IsDigit(ch))))))}";
        var running = lines.GroupBy(Key).Where(g => g.Select(l => l.Page).Distinct().Count() >= Math.Max(2, (pages + 1) / 2)).Select(g => g.Key).ToHashSet();
        return running.Count == 0 ? lines : lines.Where(l => !running.Contains(Key(l))).ToList();
    }

    /// <summary>
    /// A running header printed on some pages only (not the first): the document's title in small type above (or
    /// below) everything else on its page, often with a page number. It repeats the title; as text it splits the
    /// paragraph carried over from the page before.
    /// </summary>
    private static IReadOnlyList<PdfLine> WithoutMarginTitle(IReadOnlyList<PdfLine> lines, string? title)
    {
        if (title is not { Length: >= 10 } || lines.Count == 0) return lines;
        var bodySize = lines.GroupBy(l => l.Size).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        var edges = lines.GroupBy(l => l.Page).SelectMany(g => new[] { g.MaxBy(l => l.Y)!, g.MinBy(l => l.Y)! }).ToHashSet();
        return lines.Where(l => !(edges.Contains(l) && l.Size < bodySize && l.Text.Contains(title, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>
    /// A page's own number printed alone at its top or bottom ("- 2 -" over a letter's second page): furniture even on
    /// the one page that has it, where the running-line check sees no repetition. Other figures at an edge stay.
    /// </summary>
    private static IReadOnlyList<PdfLine> WithoutPageNumbers(IReadOnlyList<PdfLine> lines)
    {
        var edges = lines.GroupBy(l => l.Page).Where(g => g.Count() > 1).SelectMany(g => new[] { g.MaxBy(l => l.Y)!, g.MinBy(l => l.Y)! }).ToHashSet();
        return lines.Where(l => !(edges.Contains(l) && PageNumber.IsMatch(l.Text) && int.TryParse(l.Text.Trim(' ', '-', '–', '—'), out var n) && n == l.Page)).ToList();
    }

    private static readonly System.Text.RegularExpressions.Regex PageNumber = new(@"^[\s\-–—]*(?:\d{1,4}|[ivxlc]{1,6}|[IVXLC]{1,6})[\s\-–—]*$", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex ItemMarker = new(@"^(?:[a-z]|\d{1,2})[.)]\s+(?=\S)", System.Text.RegularExpressions.RegexOptions.Compiled);
    private static readonly System.Text.RegularExpressions.Regex LeaderLine = new(@"^(?<label>\p{Lu}[^.:\t]{1,60}?)\s*\.{3,}\s*:\s*(?<value>\S.*)$", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex LabelledItem = new(@"^(?<label>\p{L}[\p{L} ]{2,30}?)\s*:\s+(?<item>(?:[a-z]|\d{1,2})[.)]\s+\S)", System.Text.RegularExpressions.RegexOptions.Compiled);

    // A word broken at a line end ("Mas-" / "terplan") is one word again; a repeated word ("masing-" / "masing") and a
    // hyphen before a capital ("se-" / "Papua", "Wi-" / "Fi") keep their hyphen.
    private static readonly System.Text.RegularExpressions.Regex Broken = new(@"(\p{L}+)-$", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>A paragraph's printed lines as one text, words hyphenated across a line end joined.</summary>
    internal static string Unwrapped(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder(lines.Count > 0 ? lines[0] : "");
        foreach (var line in lines.Skip(1))
        {
            var next = line.TrimStart();
            if (next.Length == 0) continue;
            var end = text.ToString();
            if (Broken.Match(end) is { Success: true } broken && char.IsLetter(next[0]))
            {
                var nextWord = new string(next.TakeWhile(char.IsLetter).ToArray());
                if (char.IsLower(next[0]) && !nextWord.Equals(broken.Groups[1].Value, StringComparison.OrdinalIgnoreCase)) text.Length--;
                text.Append(next);
                continue;
            }
            text.Append(' ').Append(next);
        }
        return text.ToString();
    }

    /// <summary>A line opening a page goes on with the last page's sentence: that one stopped mid-clause, this one is no item and starts in lower case.</summary>
    private static bool ContinuesOverPage(string previous, string line, bool bullet) =>
        !bullet && previous.Length > 0 && !".:;!?".Contains(previous.TrimEnd()[^1]) && line.Length > 0 && char.IsLower(line[0]);

    /// <summary>
    /// A line starting far left of the one before (the "Tembusan:" list after a signature block set in the right half
    /// of the page): no wrapped line of the same paragraph, which starts under the text or a short indent left of it.
    /// </summary>
    private static bool StartsFarLeft(PdfLine previous, PdfLine line) =>
        previous.Cells.Count > 0 && line.Cells.Count > 0 && previous.Page == line.Page && previous.Cells[0] - line.Cells[0] > line.Size * FarLeftSizes;

    private const double FarLeftSizes = 15;

    // The civil-servant number under a signer's name ("NIP 19700522 199503 1 002"): its own line of the signature block.
    private static readonly System.Text.RegularExpressions.Regex ServantNumberLine = new(@"^NIP\.?\s*:?\s*\d", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>Lines to paragraphs (a gap larger than the line spacing starts one), bullets to "- " items; as sections when the PDF has no headings.</summary>
    private static string Paragraphs(IReadOnlyList<PdfLine> lines, StringBuilder markdown, bool asSections, string? title)
    {
        var spacing = lines.Zip(lines.Skip(1)).Where(p => p.First.Page == p.Second.Page).Select(p => p.First.Y - p.Second.Y).Where(d => d > 0).DefaultIfEmpty(0).Order().ElementAt(0);
        var paragraphs = new List<List<string>>();
        var current = new List<string>();
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            var text = line.Text;
            // "Menimbang : a. bahwa …": a label whose first item starts on its own line is the list's lead-in.
            if (LabelledItem.Match(text) is { Success: true } labelled)
            {
                if (current.Count > 0) { paragraphs.Add(current); current = []; }
                paragraphs.Add([labelled.Groups["label"].Value.Trim() + ":"]);
                text = text[labelled.Groups["item"].Index..];
            }
            // "Nama Kegiatan ........ : …": a form's label line is a fact of its own, its dot leader only fills the gap.
            var leader = LeaderLine.Match(text);
            var formLine = leader.Success;
            if (formLine) text = $"{leader.Groups["label"].Value.TrimEnd()}: {leader.Groups["value"].Value}";
            var marker = ItemMarker.Match(text);
            var bullet = text.Length > 1 && "•-–▪●*".Contains(text[0]) || marker.Success;
            // Back up the page is the top of the next column; a new page starts a paragraph unless its first line goes
            // on with the sentence the last page broke off (a lettered point running over the page break).
            var gap = previous is not null && (previous.Page != line.Page && !ContinuesOverPage(previous.Text, text, bullet) || previous.Page == line.Page && previous.Y - line.Y > spacing * 1.4 || line.Y > previous.Y && previous.Page == line.Page
                                               || StartsFarLeft(previous, line) || ServantNumberLine.IsMatch(text) || formLine);
            if ((gap || bullet) && current.Count > 0) { paragraphs.Add(current); current = []; }
            // Lettered and numbered items ("a. …", "2) …") are list items like bullets; the marker itself says nothing.
            current.Add(!bullet ? text : "- " + (marker.Success ? text[marker.Length..] : text[1..]).Trim());
            previous = line;
        }
        if (current.Count > 0) paragraphs.Add(current);
        // Numbered on from the paragraphs written before (a letter's text is flushed a paragraph group at a time).
        var n = asSections ? System.Text.RegularExpressions.Regex.Matches(markdown.ToString(), "^## " + System.Text.RegularExpressions.Regex.Escape(title ?? "Bagian") + @" \(\d+\)$", System.Text.RegularExpressions.RegexOptions.Multiline).Count : 0;
        foreach (var p in paragraphs)
        {
            var text = Unwrapped(p);
            var isItem = text.StartsWith("- ", StringComparison.Ordinal);
            if (asSections && !isItem) markdown.Append("## ").Append(title ?? "Bagian").Append(" (").Append(++n).AppendLine(")").AppendLine();
            markdown.AppendLine(text).AppendLine();
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
