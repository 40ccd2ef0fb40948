using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The twenty-sixth new-document probe (Knowledge/unseen-documents-26, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py): a PDF technical guideline of Sulawesi Tenggara for the masterplan's chapters whose outline
/// is numbered "1.", "1.1", "1.1.1" in the body's own regular type, with a shaded margin box of key dates (and one of
/// contacts) whose smaller lines fall between the body's, raised footnote marks and footnotes at the page's foot; a
/// DOCX participants' guide of Kota Baubau's bimtek whose headings are bold Normal paragraphs, with a table-of-contents
/// field, a schedule whose day cell is merged down and whose breaks span three columns under a repeated header row,
/// numbered lists restarting in every section and abbreviations typed "ABBR⇥:⇥meaning"; an HTML meeting record whose
/// sections are titled only by role="heading" aria-level, with a captioned action table whose one-cell &lt;tfoot&gt;
/// gives the next meeting, and an FAQ in &lt;details&gt;. 27 questions on the documents and three the built-in
/// documents must keep answering, written before the engine was changed; the dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe26Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-26", output)
{
    protected override int QuestionCount => 30;

    // First contact 21/30 (PDF 6/9, DOCX 7/9, HTML 5/9, built-in 3/3): the margin box's lines were read between the
    // body's, one shared baseline joining both; "30 Juni 2026" from the box was taken for section 30, so every later
    // "1.2" … "4.2" was no heading and the guideline fell into one passage; the record's aria-level titles were no
    // headings (one passage for the whole meeting) and its tfoot note was read as a group row.
    // After the changes (a margin box read apart as its own passage; a top-level number may not jump ahead; raised
    // footnote marks dropped; role="heading" titles read as h1-h6; a one-cell tfoot row a note) 25/30 (PDF 9/9, DOCX
    // 7/9, HTML 6/9, built-in 3/3). Left: "ditanggung siapa" finds the rule but asks back; "hari ketiga" is not read as
    // the schedule's third day (Kamis); "iuran … brp" answered by "tidak dipungut iuran" is asked back; the next
    // meeting in the tfoot note loses to the decisions; "siapa yg nyiapin" over the action table is asked back.
    protected override int Floor => 23;
}
