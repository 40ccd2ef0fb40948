using System.Globalization;
using AngleSharp.Dom;
using static SmartCity.Bot.Knowledge.FlatText;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Structure a page shows without heading or list elements: a CMS theme styles its section titles with a class of its
/// own, lays the page out in tables, and hides answers behind accordion toggles. Each is rewritten in place into the
/// element a reader would take it for, so the block walker reads it like a page written with headings.
/// </summary>
internal static class HtmlStructure
{
    private static readonly HashSet<string> Blocks = ["address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "tr", "td", "th", "ul"];

    /// <summary>
    /// An accordion toggle (Bootstrap's data-toggle/data-bs-toggle="collapse", or a button with aria-controls) is the
    /// question a reader clicks to open its answer: it becomes a heading one level below the page's sections. Only a
    /// toggle whose target holds text counts (a collapsed navigation menu's toggle opens links, not an answer).
    /// </summary>
    public static void MarkToggles(IElement root)
    {
        var toggles = root.QuerySelectorAll("[data-toggle], [data-bs-toggle], [aria-controls]").Where(IsCollapseToggle).ToList();
        foreach (var toggle in toggles)
        {
            var text = Flat(toggle.TextContent);
            var target = Target(root, toggle);
            if (text.Length == 0 || text.Split(' ').Length > 25 || target is null || target.Contains(toggle) || Flat(target.TextContent).Length < 20 || LinkShare(target) > 0.6) continue;
            var heading = root.Owner!.CreateElement("h4");
            heading.TextContent = text;
            toggle.Replace(heading);
        }
    }

    /// <summary>
    /// A title marked only for assistive technology (role="heading" with aria-level, on a div or p): it is the heading
    /// a screen reader announces, so it becomes the h1-h6 of its level (2 when the level is missing, as ARIA reads it).
    /// </summary>
    public static void MarkAriaHeadings(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("[role=heading]").Where(e => e.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6")).ToList())
        {
            var text = Flat(element.TextContent);
            if (text.Length == 0) continue;
            var level = int.TryParse(element.GetAttribute("aria-level"), out var l) ? Math.Clamp(l, 1, 6) : 2;
            var heading = root.Owner!.CreateElement($"h{level}");
            heading.TextContent = text;
            element.Replace(heading);
        }
    }

    /// <summary>
    /// Text made bold only by a class of the page's own style sheet (a word processor's "publish to the web" export
    /// writes ".c4{font-weight:700}" and &lt;span class="c4"&gt;, never &lt;b&gt;): each such element is set in a &lt;b&gt;, so its
    /// bold titles and header rows read as the same page written with &lt;b&gt; would.
    /// </summary>
    public static void MarkClassBold(IDocument document)
    {
        var sheet = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        var bold = System.Text.RegularExpressions.Regex.Matches(sheet, @"\.([A-Za-z_][\w-]*)\s*\{[^}]*font-weight\s*:\s*(?:bold|[6-9]00)\b")
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        if (bold.Count == 0 || document.Body is not { } body) return;
        foreach (var element in body.QuerySelectorAll("span[class]").Where(e => e.ClassList.Any(bold.Contains)).ToList())
        {
            var b = document.CreateElement("b");
            while (element.FirstChild is { } child) b.AppendChild(child);
            element.AppendChild(b);
        }
    }

    /// <summary>
    /// A note at the page's end linked both ways with its marker ("…transport&lt;sup&gt;&lt;a href="#ftnt1"&gt;[1]&lt;/a&gt;&lt;/sup&gt;" and
    /// "&lt;a href="#ftnt_ref1" id="ftnt1"&gt;[1]&lt;/a&gt; Uang transport …"): its text belongs to the sentence that points to it,
    /// as a DOCX footnote's does, not to whatever section the page ends with; the marker and the note's number go.
    /// </summary>
    public static void MoveLinkedNotes(IElement root)
    {
        foreach (var sup in root.QuerySelectorAll("sup").Where(IsNoteMarker).ToList())
        {
            var link = sup.QuerySelector("a[href^='#']")!;
            var back = link.Id ?? sup.Id;
            if (link.GetAttribute("href")!.Length < 2 || root.Owner!.GetElementById(link.GetAttribute("href")![1..]) is not { } target ||
                string.IsNullOrEmpty(back) || target.GetAttribute("href") != "#" + back || !root.Contains(target)) continue;
            var note = target.Closest("p, li, dd") ?? target.ParentElement;
            var citing = sup.Closest("p, li, td, th, dd");
            if (note is null || citing is null || note.Contains(sup) || citing.Contains(target)) continue;
            var text = Flat(string.Concat(note.ChildNodes.Where(n => n != target).Select(n => n.TextContent)));
            if (text.Length == 0) continue;
            citing.AppendChild(root.Owner.CreateTextNode(" " + text));
            note.Remove();
        }
    }

    /// <summary>
    /// The label of a tab panel (role="tabpanel", or a Bootstrap "tab-pane"): the text of the tab that opens it, found
    /// by aria-labelledby, by a tab's aria-controls or by a link to its id; "" for a panel no tab names; null for an
    /// element that is no tab panel.
    /// </summary>
    public static string? TabLabel(IElement e)
    {
        var isPanel = e.GetAttribute("role") == "tabpanel" || (e.GetAttribute("class") ?? "").Split(' ').Contains("tab-pane");
        if (!isPanel) return null;
        var owner = e.Owner!;
        var id = e.Id;
        var tab = (e.GetAttribute("aria-labelledby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(owner.GetElementById).FirstOrDefault(t => t is not null)
                  ?? (string.IsNullOrEmpty(id) ? null : owner.QuerySelectorAll("[aria-controls], a[href^='#'], [data-bs-target], [data-target]")
                      .FirstOrDefault(t => t != e && !e.Contains(t) && new[] { t.GetAttribute("aria-controls"), t.GetAttribute("href"), t.GetAttribute("data-bs-target"), t.GetAttribute("data-target") }
                          .Any(r => r?.TrimStart('#') == id)));
        var label = tab is null ? e.GetAttribute("aria-label") ?? "" : Flat(tab.TextContent);
        return label.Split(' ').Length > 12 ? "" : label;
    }

    /// <summary>
    /// A counter animated by script from 0 up to its figure ("&lt;h3 data-target="6"&gt;0&lt;/h3&gt;"): the page shows the
    /// figure, the HTML holds 0. The figure from its data attribute replaces the placeholder.
    /// </summary>
    public static void FillCounters(IElement root)
    {
        foreach (var counter in root.QuerySelectorAll("[data-target], [data-count], [data-to], [data-value], [data-number], [data-counter]"))
        {
            var figure = new[] { "data-target", "data-count", "data-to", "data-value", "data-number", "data-counter" }
                .Select(counter.GetAttribute).FirstOrDefault(v => v is not null && IsNumber(v.Trim()));
            if (figure is null || counter.Children.Length > 0 || !(Flat(counter.TextContent) is var shown && (shown.Length == 0 || IsNumber(shown)))) continue;
            counter.TextContent = figure.Trim();
        }
    }

    private static bool IsNumber(string text) => text.Length > 0 && text.Any(char.IsDigit) && text.All(c => char.IsDigit(c) || c is '.' or ',');

    /// <summary>
    /// A heading that is only a figure ("6", "Rp18,6 M", "75%") over a short caption is a statistic, not a section:
    /// it reads "caption: figure". True for a heading with a digit and no word of three letters or more.
    /// </summary>
    public static bool IsFigure(IElement heading)
    {
        var text = Flat(heading.TextContent);
        return text.Length > 0 && text.Length <= 20 && text.Any(char.IsDigit) &&
               !System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<![\p{L}\d])\p{L}{3,}");
    }

    /// <summary>
    /// A card (a box of a grid of items) holding one heading with text before it (a category badge) or after it in
    /// its own footer (a region, a status): all of it belongs to that heading's section, not the badge to the card
    /// before. The heading of such a box; null for any other element.
    /// </summary>
    public static IElement? CardHeading(IElement box)
    {
        if (box.LocalName is not ("div" or "article" or "li" or "section")) return null;
        var headings = box.QuerySelectorAll("h2, h3, h4, h5, h6");
        if (headings.Length != 1 || Flat(box.TextContent).Length > MaxCardText) return null;
        var heading = headings[0];
        if (box.QuerySelector("h1") is not null) return null;
        // Only a badge's few words before the heading: a page's opening text before its first section is no card.
        var before = Flat(string.Concat(box.Descendants<IText>().TakeWhile(t => !heading.Contains(t)).Select(t => t.TextContent + " ")));
        return before.Length > 0 && before.Split(' ').Length <= MaxBadgeWords ? heading : null;
    }

    private const int MaxCardText = 800;
    private const int MaxBadgeWords = 6;

    private static bool IsCollapseToggle(IElement e) =>
        (e.GetAttribute("data-toggle") ?? e.GetAttribute("data-bs-toggle")) is "collapse" ||
        e.GetAttribute("aria-controls") is { Length: > 0 } && e.GetAttribute("aria-expanded") is not null;

    private static IElement? Target(IElement root, IElement toggle)
    {
        var reference = toggle.GetAttribute("data-target") ?? toggle.GetAttribute("data-bs-target") ?? toggle.GetAttribute("aria-controls")
                        ?? (toggle.GetAttribute("href") is { } href && href.StartsWith('#') ? href : null);
        var id = reference?.Split(',')[0].Trim().TrimStart('#');
        return string.IsNullOrEmpty(id) ? null : root.Owner!.GetElementById(id);
    }

    /// <summary>
    /// Short blocks sharing one class, each standing alone (no stop at the end, no block inside) and followed by
    /// content, are the section titles of the page's template ("judul-seksi", "section-title"): they become ## headings.
    /// One such block alone is no pattern (a page title or a date line); every block of the class must fit.
    /// </summary>
    public static void MarkTemplateHeadings(IElement root, int maxWords, Func<IElement, bool> isFurniture)
    {
        var classed = root.QuerySelectorAll("div[class], p[class]").Where(e => e.Closest("table") is not { } table || IsLayoutTable(table))
            .GroupBy(e => e.GetAttribute("class")!.Trim()).Where(g => g.Key.Length > 0 && g.Count() >= 2);
        foreach (var group in classed)
        {
            var members = group.ToList();
            if (!members.All(e => IsTitleLike(e, maxWords) && !isFurniture(e))) continue;
            foreach (var member in members)
            {
                var heading = root.Owner!.CreateElement("h2");
                heading.TextContent = Flat(member.TextContent);
                member.Replace(heading);
            }
        }
    }

    private static bool IsTitleLike(IElement e, int maxWords)
    {
        var text = Flat(e.TextContent);
        if (text.Length == 0 || text.Split(' ').Length > maxWords || ".:;,".Contains(text[^1])) return false;
        if (e.Children.Any(c => Blocks.Contains(c.LocalName)) || e.QuerySelector("a") is not null) return false;
        return e.NextElementSibling is { } next && Flat(next.TextContent).Length > text.Length;
    }

    /// <summary>
    /// A table used to lay the page out (an old CMS's columns: a menu cell beside the content cell) rather than to hold
    /// data: a cell of its own holds another table, a heading or a form, or it is marked role="presentation".
    /// Its cells are read as the page's blocks, each in turn.
    /// </summary>
    public static bool IsLayoutTable(IElement table) =>
        table.GetAttribute("role") is "presentation" or "none" ||
        table.QuerySelectorAll("td, th").Where(c => c.Closest("table") == table).Any(c => c.QuerySelector("table, h1, h2, h3, h4, h5, h6, form") is not null);

    /// <summary>
    /// A list of links to files (an announcement's "Lampiran": decrees, score sheets, forms as PDF/XLSX) is content, not
    /// navigation: a menu links pages. Most of its links must end in a document file's extension.
    /// </summary>
    public static bool IsAttachmentList(IElement e)
    {
        var links = e.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        return links.Count > 0 && links.Count(IsDocumentFile) * 2 > links.Count;
    }

    private static bool IsDocumentFile(string href) =>
        DocumentExtensions.Contains(Path.GetExtension(href.Split('?', '#')[0]).ToLowerInvariant());

    private static readonly HashSet<string> DocumentExtensions = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".csv", ".zip", ".rar"];

    /// <summary>
    /// The date an announcement or letter gives only in its text: a dateline "Jakarta, 18 November 2026" opening a
    /// paragraph (above the signature, or before a news story's first sentence), written out as it stands. Used when no
    /// meta tag or &lt;time&gt; dates the page; the last dateline wins, since a signature closes the page.
    /// </summary>
    public static string? DatelineDate(IDocument document)
    {
        var root = (IParentNode?)(DocumentLoader.PageHeading(document)?.Closest("article, main")) ?? document.Body;
        if (root is null) return null;
        string? found = null;
        foreach (var block in root.QuerySelectorAll("p, div"))
        {
            var first = block.ChildNodes.FirstOrDefault(n => n.NodeType == NodeType.Text && n.TextContent.Trim().Length > 0)?.TextContent;
            if (first is null || Dateline.Match(first) is not { Success: true } m) continue;
            if (DateTime.TryParseExact(m.Groups[1].Value, "d MMMM yyyy", Indonesian, DateTimeStyles.None, out _)) found = m.Groups[1].Value;
        }
        return found;
    }

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static readonly System.Text.RegularExpressions.Regex Dateline =
        new(@"^\s*\p{Lu}[\p{L}. ]{1,30},\s*(\d{1,2} \p{L}+ \d{4})\b");

    /// <summary>How much of an element's text is link text: a menu is nearly all links.</summary>
    public static double LinkShare(IElement e)
    {
        var all = Flat(e.TextContent).Length;
        return all == 0 ? 0 : (double)e.QuerySelectorAll("a").Sum(a => Flat(a.TextContent).Length) / all;
    }

    /// <summary>
    /// What a reader never sees is no text of the page: a block hidden by its inline style (last year's figures left
    /// in the page, display:none) unless something opens it (a toggle naming its id, a title just above it that a
    /// script opens it from), and a footnote's marker ("40%&lt;sup&gt;&lt;a href="#cat1"&gt;1&lt;/a&gt;&lt;/sup&gt;"), which would
    /// glue its number to the figure before it ("40%1").
    /// </summary>
    public static void RemoveUnseen(IElement root)
    {
        foreach (var hidden in root.QuerySelectorAll("[style]").Where(IsStyledHidden).ToList())
            if (!IsOpenable(root, hidden)) hidden.Remove();
        foreach (var marker in root.QuerySelectorAll("sup").Where(IsNoteMarker).ToList()) marker.Remove();
        // The same marker written the other way round (a Markdown converter's "<a href="#fn:1"><sup>1</sup></a>"), and
        // the note's link back to it, an arrow with no word.
        foreach (var link in root.QuerySelectorAll("a[href^='#']").Where(a => a.QuerySelector("sup") is { } sup && Flat(sup.TextContent) is { Length: > 0 and <= 3 } n && Flat(a.TextContent) == n || Flat(a.TextContent) is { Length: > 0 and <= 2 } t && !t.Any(char.IsLetterOrDigit)).ToList())
            link.Remove();
    }

    private static bool IsStyledHidden(IElement e) =>
        System.Text.RegularExpressions.Regex.IsMatch(e.GetAttribute("style") ?? "", @"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static bool IsOpenable(IElement root, IElement hidden) =>
        TabLabel(hidden) is not null ||
        !string.IsNullOrEmpty(hidden.Id) && root.QuerySelectorAll("[href], [aria-controls], [data-target], [data-bs-target]").Any(t =>
            new[] { t.GetAttribute("href"), t.GetAttribute("aria-controls"), t.GetAttribute("data-target"), t.GetAttribute("data-bs-target") }.Any(r => r?.TrimStart('#') == hidden.Id)) ||
        hidden.PreviousElementSibling is { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "dt" or "button" or "summary" or "a" };

    private static bool IsNoteMarker(IElement sup) =>
        Flat(sup.TextContent) is { Length: > 0 and <= 3 } text && sup.QuerySelector("a[href^='#']") is { } link && Flat(link.TextContent) == text;

    /// <summary>
    /// A header of two rows whose first spans columns over the second ("Pemenang" over "Juara I | Juara II | Juara
    /// III"; "Kategori" spanning both rows): one header naming each column by both ("Pemenang Juara I"), or null.
    /// </summary>
    public static List<string>? SpannedHeader(IReadOnlyList<IElement> rows, IReadOnlyList<List<string>> grid)
    {
        if (rows.Count < 3 || grid.Count < 3) return null;
        var top = rows[0].Children.Where(c => c.LocalName is "td" or "th").ToList();
        var second = rows[1].Children.Where(c => c.LocalName is "td" or "th").ToList();
        if (!top.Any(c => Span(c, "colspan") > 1) || second.Count == 0 || !second.All(c => c.LocalName == "th")) return null;
        var expanded = top.SelectMany(c => Enumerable.Repeat(Flat(c.TextContent), Span(c, "colspan"))).ToList();
        var below = grid[1];
        if (expanded.Count != below.Count) return null;
        return expanded.Select((t, i) => t == below[i] || below[i].Length == 0 ? t : t.Length == 0 ? below[i] : $"{t} {below[i]}").ToList();
    }

    private static int Span(IElement cell, string attribute) => int.TryParse(cell.GetAttribute(attribute), out var n) ? Math.Clamp(n, 1, 50) : 1;

    /// <summary>
    /// A paragraph opening with a short bold phrase ended by a stop or colon ("&lt;strong&gt;Pantau 240 CCTV.&lt;/strong&gt;
    /// Dari ruang kendali …"): a news writer's section title set inline. The phrase without its stop, and the rest.
    /// A dateline ("&lt;strong&gt;TERNATE&lt;/strong&gt; – …") has no stop and is no lead-in.
    /// </summary>
    public static (string Heading, string Text)? LeadIn(IElement paragraph)
    {
        if (paragraph.Closest("li, td, th, dd, dt, table, blockquote") is not null) return null;
        var first = paragraph.ChildNodes.FirstOrDefault(n => n.TextContent.Trim().Length > 0);
        if (first is not IElement { LocalName: "strong" or "b" } bold) return null;
        var lead = Flat(bold.TextContent);
        var whole = Flat(paragraph.TextContent);
        if (!whole.StartsWith(lead, StringComparison.Ordinal)) return null;
        var rest = whole[lead.Length..].Trim();
        if (lead.Length < 3 || lead[^1] is not ('.' or ':') || rest.Split(' ').Length < MinLeadInText) return null;
        var words = lead.Split(' ').Length;
        return words is >= 1 and <= MaxLeadInWords && char.IsUpper(lead[0]) ? (lead.TrimEnd('.', ':', ' '), rest) : null;
    }

    /// <summary>
    /// A page without headings or bold heading lines whose paragraphs open with lead-ins (two at least: one is emphasis,
    /// two are a pattern): a long news article set that way is one passage otherwise, so a question on its last
    /// paragraph competes with the whole text.
    /// </summary>
    public static bool LeadsInSections(IElement root, Func<IElement, bool> isBoldHeading, Func<IElement, bool> isRelatedLink)
    {
        var paragraphs = root.QuerySelectorAll("p").ToList();
        if (paragraphs.Any(p => isBoldHeading(p) && p.Closest("article, main") is not null)) return false;
        return paragraphs.Count(p => !isRelatedLink(p) && LeadIn(p) is not null) >= MinLeadIns;
    }

    private const int MaxLeadInWords = 8;
    private const int MinLeadInText = 5;
    private const int MinLeadIns = 2;
}
