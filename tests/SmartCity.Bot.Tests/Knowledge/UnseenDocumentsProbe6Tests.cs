using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The sixth new-document probe, in layouts the first five did not use (Knowledge/unseen-documents-6, made by its
/// make_fixtures.py with the writers shared in fixture_documents.py): a two-column PDF leaflet (two columns of prose
/// side by side, words hyphenated across line ends, a running header and footer, a table across the page under the
/// columns); a DOCX from an office template (a custom heading style bold only through the style, unaccepted tracked
/// changes replacing a date and a number, tabbed label lines split by line breaks, nested lists, an e-mail hyperlink, a
/// content control); a Markdown guide with front-matter alternate questions, headings down to level four (a year,
/// then a region) and a pipe table. 24 questions written before the engine was changed, asked through
/// /api/messages; the dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe6Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-6", output)
{
    protected override int QuestionCount => 24;

    // First contact 13/24 (PDF 6/8, DOCX 4/8, Markdown 3/8): the PDF's two columns ran together line by line and were
    // read as a table; the DOCX kept deleted text ("15-17 Juni 202622-24 Juni 2026"), glued words at tabs and line
    // breaks, lost its content control and had no sections (its heading style is bold only through the style); the
    // Markdown's level-4 headings stayed in the text and its pipe table was unread. 22/24 after those were read as a
    // reader sees them, chat words for complaining, WhatsApp, late and uploading, "bayar" and a bare "daftar" sought at
    // synonym weight, and "Panitia …" at a sentence's start counted as who. Still failing: "hari kedua … pesertanya
    // ngapain" (a history section's "tahap kedua" and "peserta" outrank the section listing the days), and which
    // offices a region's delegates come from (the DOCX says "peserta … perangkat daerah", the question "utusan … dinas").
    protected override int Floor => 22;
}
