using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The thirty-fourth new-document probe (Knowledge/unseen-documents-34, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py): a PDF quick-win report form of Kota Kotamobagu filled in a PDF editor (an AcroForm: the page
/// prints only the numbered labels and empty boxes, every answer is a field value drawn by its widget, multi-line boxes
/// for the problems and the follow-up, ticked and unticked pillar checkboxes); a DOCX action plan of Kotamobagu's digital
/// schools whose schedule is a Gantt chart (one column per month under a spanned "Bulan (2026)" header, the months of
/// each activity marked only by filled empty cells); an HTML page exported from Notion on the cashless market fees of
/// Pasar Serasi (a properties table in the article's header, a callout figure, a toggle list of details, a to-do list,
/// two columns). 27 questions on the documents (values asked by their labels, dates, persons, numbers) and three the
/// built-in documents must keep answering, written before the engine was changed; the dev questions must all still be
/// answered.
/// </summary>
public sealed class UnseenDocumentsProbe34Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-34", output)
{
    protected override int QuestionCount => 30;

    // First contact 15/30: the PDF form read as its labels alone (the answers live only in the fields), the Gantt
    // chart's rows as activities without months. After the changes 25/30: the form's answers and ticked pillars, the
    // activities' months read. Still failing: "masuk pilar apa" answered with the form's whole block, "berapa
    // chromebook" declined (the number stands in a schedule row), "qris pasar serasi itu apa" declined and "status"
    // answered by the callout (the Notion properties table and callout form one passage with no heading).
    protected override int Floor => 24;
}
