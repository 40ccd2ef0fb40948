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

    // First contact 20/30 (DOCX 5/9, PDF 7/9, memo 5/9, built-in 3/3).
    protected override int Floor => 20;
}
