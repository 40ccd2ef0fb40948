using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The second new-document probe, of kinds the first did not try (Knowledge/unseen-documents-2, made by its
/// make_fixtures.py): a three-page PDF whose headings are section numbers in the body font, with a running header and
/// footer and a table; a DOCX whose heading styles have locale ids, with a numbered list, a date table and an FAQ of
/// bold questions; a CMS page with text straight in divs, a definition list, a thead table and navigation around
/// it. 24 questions written before the engine was changed, asked through /api/messages; the dev questions must all
/// still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe2Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-2", output)
{
    protected override int QuestionCount => 24;

    // Measured 20/24 on the ingestion branch, 19/24 after the merge with the stricter confidence (an ordinary word the
    // new document does not use, "standar", reads as an unknown name). First contact before the changes: 14/24.
    // Still failing: "pentest" (a word
    // the document does not use, so the deadline flow keeps the message), a sentence pick inside the right
    // section ("dinonaktifkan" is the second sentence), and two questions whose word ("biaya", "hambatan") the
    // section says differently ("anggaran", "kendala") while another section names the program asked about.
    // 21/24 since the everyday synonym groups, the rerank of 30 candidates and the head-word dominance answer those two.
    protected override int Floor => 21;
}
