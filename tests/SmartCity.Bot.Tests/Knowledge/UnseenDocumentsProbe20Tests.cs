using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The twentieth new-document probe (Knowledge/unseen-documents-20, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py; the memo written by hand): a DOCX monitoring report of a regional quick win bimtek with a
/// cover, a hand-typed "DAFTAR ISI" (dotted leaders, page numbers), Heading 1/2 chapters, footnotes holding facts and
/// header and footer parts ("Halaman n dari m"); an eight-page PDF report of a city's quick win results with a running
/// header and "… — Halaman n dari 8" on every page and a table of ten programmes continuing over a page break; a plain
/// .txt memo (nota dinas) with capitals headings, "Label : value" lines, points "1)" and "a.", a signature block and a
/// "Tembusan:" list. 27 questions on the documents (no page number from a header or contents line may answer) and three
/// the built-in documents must keep answering, written before the engine was changed; the dev questions must all
/// still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe20Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-20", output)
{
    protected override int QuestionCount => 30;

    // First contact 20/30 (DOCX 5/9, PDF 7/9, memo 5/9, built-in 3/3): the memo was read as Markdown, one passage of
    // run-together lines under its letterhead. After the change (PlainTextLayout: capitals lines head sections, label
    // lines and hand-numbered points are list lines, the closing and signature go back under the letter's heading and
    // read as who signed, "Tembusan:" heads its list) still 20/30 with other failures: "siapa yg tanda tangan" gets the
    // memo's label block (its Hal line holds the subject words) over the closing; "kelompok 2" does not meet "Kelompok
    // II"; "kunjungan" is read as Kabupaten Kuningan; "oleh2" does not meet "cendera mata". DOCX: the cover line under
    // the bold "REGIONAL KALIMANTAN TAHUN 2026" answers where/when; the signer's name under "Ketua Tim Pelaksana
    // Bimtek," is cut off. PDF: the signer and the perwali number are missed.
    protected override int Floor => 19;
}
