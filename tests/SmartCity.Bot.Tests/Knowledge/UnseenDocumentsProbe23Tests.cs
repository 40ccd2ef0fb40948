using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The twenty-third new-document probe (Knowledge/unseen-documents-23, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py): a PDF invitation letter whose attachment is printed landscape in the same file (a letterhead,
/// the place and date set right, a Nomor/Sifat/Lampiran/Perihal block and no titled subject, the event's particulars as
/// an indented label block, a signature block with rank and NIP; then a wide seven-column matrix in smaller type whose
/// cells wrap over two or three lines, continued on page 3 under its repeated header, with a note under it); a DOCX
/// guideline written as a legal outline Word numbers itself ("%1." chapters, "%1.%2." clauses, no number in the text)
/// whose clauses cite each other ("sebagaimana dimaksud pada butir 2.1"), with a lettered list inside a clause and
/// reviewers' comments that are remarks on the draft, not content; an HTML report with a table of contents of in-page
/// anchors, "kembali ke atas" links, figures whose captions carry facts and footnotes. 27 questions on the documents and
/// three the built-in documents must keep answering, written before the engine was changed; the dev questions must all
/// still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe23Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-23", output)
{
    protected override int QuestionCount => 30;

    // First contact 27/30 (PDF 8/9, DOCX 7/9, HTML 9/9, built-in 3/3), though the PDF passed by luck: the matrix's
    // smaller type outnumbered the letter's, so every line of the letter read as a heading; the guideline's chapters
    // were bullet items in one passage that opened every answer. After the changes (the body size counted on running
    // text; a letter known by its label block, its paragraphs passages of their own; a signature's rank kept apart from
    // the name; a Word-numbered outline read as chapters with numbered clauses) 29/30.
    // Left: "ngirim brp orang" does not reach "mengutus 3 (tiga) orang" (kirim/utus are no synonyms), and the matrix's
    // rows whose cells wrap are still merged (rows 2-4 and 6-7 read as one row; their drawn rules are not read).
    protected override int Floor => 28;
}
