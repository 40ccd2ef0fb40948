using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The seventeenth new-document probe (Knowledge/unseen-documents-17, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py): documents a programme office drops into knowledge/ on subjects the programme's own sections
/// also cover (each cohort's MoU date and four bimtek stages, events at a Santika hotel, the Smart City Award 2025): a
/// two-column PDF report on the 2025 cohort (running header and "Halaman n dari 3", headings numbered "1." and "1.1" in
/// bold body-size type, a full-width schedule table continued across a page break under its repeated header row); a
/// DOCX FAQ of a regional workshop (questions as Heading 3 and, in the last group, as bold paragraphs; some answers as
/// bullet lists); an HTML announcement of the Smart City Award 2026 winners whose date is only in its text, with a list
/// of attachments and a contact block. 27 questions on the documents and three the built-in documents must keep
/// answering, written before the engine was changed, asked through /api/messages; the dev questions must all still be
/// answered.
/// </summary>
public sealed class UnseenDocumentsProbe17Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-17", output)
{
    protected override int QuestionCount => 30;

    // First contact 18/30 (PDF 4/9, DOCX 7/9, HTML 5/9, built-in 2/3): the built-in "angkatan 2025 … tidak
    // ditemukan" section and the older cohorts' MoU sections kept ahead of the 2025 report; the announcement's
    // attachment list was dropped as a menu and its date, written only above the signature, was not read, so the
    // whole article was one headless section; "paling baru" for the award still gave the 2025 award.
    // After the changes (a list of links to files is an attachment list, not a menu; a dateline "Jakarta, 18 November
    // 2026" dates a page no meta tag dates) 20/30. Reading a headless article a paragraph at a time was tried and dropped
    // (probes 12, 14 and 16 lost answers, this one gained none), and so was putting a section whose title names the year
    // asked ahead of one about another year (it answered the 2026 ceremony's paragraph for the 2026 winners), and so was
    // letting a candidate keep the asked year through its document's title, not only its heading (21/30 here, the 2025
    // report's schedule table for "paparan masterplan angkatan 2025", but probes 9 and 12 lost one each). Left: the
    // 2025 report's MoU, deadline, weighting and presentation lose to the built-in sections on other cohorts' MoU and on
    // the 2025 cohort as unknown; "tahap 3" does not find the table's "tahap III" row; the announcement's one headless
    // section (winners written "penerima") loses to the 2025 award for "yg menang … 2026" and is declined for the year;
    // "paling baru" still gives the 2025 award; "peserta … sumatera" is read as a participation list.
    protected override int Floor => 19;
}
