using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The twelfth new-document probe (Knowledge/unseen-documents-12, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py), laid out unlike probes 1-11 with facts that overlap the programme's own (Sumatera Barat's,
/// Jambi's and Kalimantan Timur's participants, evaluation and awards, pillars): a PDF circular letter under a
/// letterhead with points "1.", "a.", "1)" in hanging indents and an attachment table; a DOCX meeting minutes with a
/// particulars table and an agenda table whose decision cells hold bullet lists; a news article saved from a portal
/// with a ticker, "Baca Juga" links inside the text, comments and a sidebar of other headlines. 24 questions and three
/// the documents cannot answer, written before the engine was changed, asked through /api/messages; the dev questions
/// must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe12Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-12", output)
{
    protected override int QuestionCount => 27;

    // First contact 21/27 (DOCX 6/8, PDF 7/8, HTML 6/8, declines 2/3): a "Baca Juga" headline inside the article won
    // a count question, the letter's table was titled by an office note without its province, informal words missed.
    // After the ingestion changes 24/27; left: a count asked of an agenda table (not sure), "laporan … ditindaklanjuti"
    // routed to collaboration status, and a role ("Kepala Bappeda") taken for the name asked.
    protected override int Floor => 24;
}
