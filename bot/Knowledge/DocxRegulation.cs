using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A regulation typed in Word (a draft peraturan bupati/wali kota) read by its own structure, as
/// <see cref="PdfRegulation"/> reads a printed one: its chapters ("BAB II" over the chapter's name, set in whatever
/// style the office uses — small caps, letter-spaced, not bold) and articles ("Pasal 2", a centred line in the body's
/// type) are its sections, and its ayat keep the numbers Word gives them ("(3)"), so a question about "pasal 4 ayat 2"
/// finds its text. The elucidation after the articles (PENJELASAN) names the articles again, from "Pasal 1": those are
/// sections too, with their "Ayat (2)" lines below them, and its formula "Cukup jelas." (nothing to explain) is no text.
/// </summary>
internal sealed partial class DocxRegulation
{
    private readonly Dictionary<Paragraph, int> _levels = [];
    private readonly Dictionary<Paragraph, string?> _chapterNames = [];

    private DocxRegulation() { }

    // Articles numbered from 1 up, at least two, make a regulation (a letter may cite one "Pasal 5" on a line).
    private const int MinArticles = 2;
    private const int MaxChapterNameWords = 10;

    /// <summary>The regulation's structure, or null for a document with no run of articles "Pasal 1", "Pasal 2", ….</summary>
    public static DocxRegulation? Read(IReadOnlyList<Paragraph> paragraphs)
    {
        var lines = paragraphs.Select(p => (Paragraph: p, Text: DocxContent.Text(p).Trim())).Where(l => l.Text.Length > 0).ToList();
        var articles = lines.Where(l => PdfRegulation.IsArticle(l.Text)).ToList();
        if (articles.Count < MinArticles || Number(articles[0].Text) != 1 || Number(articles[1].Text) != 2) return null;
        var structure = new DocxRegulation();
        var chapters = false;
        var last = 0; // the last article's number: one numbered again from 1 opens the elucidation's articles
        for (var i = 0; i < lines.Count; i++)
        {
            var (paragraph, text) = lines[i];
            if (PdfRegulation.IsChapter(text))
            {
                chapters = true;
                structure._levels[paragraph] = 1;
                var name = i + 1 < lines.Count && IsChapterName(lines[i + 1].Text) ? lines[i + 1].Paragraph : null;
                structure._chapterNames[paragraph] = name is null ? null : lines[i + 1].Text;
                if (name is not null) { structure._chapterNames[name] = null; i++; }
            }
            else if (PdfRegulation.IsArticle(text))
            {
                last = Number(text);
                structure._levels[paragraph] = chapters ? 2 : 1;
            }
            else if (last > 0 && ArticleRange().IsMatch(text)) structure._levels[paragraph] = chapters ? 2 : 1;
            else if (last > 0 && AyatLine().IsMatch(text)) structure._levels[paragraph] = (chapters ? 2 : 1) + 1;
        }
        return structure;
    }

    /// <summary>The heading depth of a chapter, article or ayat line; -1 for any other paragraph.</summary>
    public int Level(Paragraph paragraph) => _levels.TryGetValue(paragraph, out var level) ? level : -1;

    /// <summary>A chapter line with its name joined ("BAB II Dewan Smart City"); null for the name's own paragraph (read with it).</summary>
    public bool JoinsChapter(Paragraph paragraph, out string? joined)
    {
        joined = null;
        if (!_chapterNames.TryGetValue(paragraph, out var name)) return false;
        joined = name is null ? null : $"{DocxContent.Text(paragraph).Trim()} {name}";
        return name is not null || !_levels.ContainsKey(paragraph);
    }

    /// <summary>"Cukup jelas." — the elucidation's word that an article needs none: no fact to find.</summary>
    public static bool SaysNothing(string text) => NothingToExplain().IsMatch(text);

    private static bool IsChapterName(string text) =>
        !PdfRegulation.IsArticle(text) && !PdfRegulation.IsChapter(text) && text.Any(char.IsLetter) && !".:;,".Contains(text[^1])
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxChapterNameWords;

    private static int Number(string article) => int.Parse(article.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);

    // "Ayat (2)" alone on a line: the elucidation's note on one paragraph of the article above it.
    [GeneratedRegex(@"^Ayat\s+\(\d{1,2}\)$")]
    private static partial Regex AyatLine();

    // "Pasal 6 sampai Pasal 9": the elucidation's note on several articles at once.
    [GeneratedRegex(@"^Pasal\s+\d{1,3}\s+(?:sampai(?:\s+dengan)?|s\.d\.|dan)\s+Pasal\s+\d{1,3}$")]
    private static partial Regex ArticleRange();

    [GeneratedRegex(@"^Cukup jelas\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NothingToExplain();
}
