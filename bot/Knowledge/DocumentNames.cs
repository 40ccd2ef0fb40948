using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// The names a staff document's text gives (a service "Si Gethuk", a place "Umbul Ponggok", a system "QRIS"): what the
/// document is about as much as its title and headings are, though a meeting record or a news post names them only in
/// its sentences and tables. The programme's own markdown documents head every subject they hold, so theirs are not read.
/// </summary>
public static partial class DocumentNames
{
    private static readonly HashSet<string> StaffFormats = new([".pdf", ".docx", ".html", ".htm"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The capitalised names and acronyms inside the passage's sentences, one per line; empty for the programme's own documents.</summary>
    public static string Of(Passage passage) =>
        !StaffFormats.Contains(Path.GetExtension(passage.DocumentPath)) ? ""
            : string.Join('\n', Name().Matches(passage.Body).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal));

    // A capitalised word after a lower-case word or a comma (not a sentence's first word), with the capitalised words
    // after it; or an acronym of three capitals or more.
    [GeneratedRegex(@"(?:(?<=[\p{Ll}\d,;)] )(?<name>\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*))|(?<name>\b\p{Lu}{3,}\b)")]
    private static partial Regex Name();
}
