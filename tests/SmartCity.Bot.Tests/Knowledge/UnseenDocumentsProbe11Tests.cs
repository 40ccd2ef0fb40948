using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The eleventh new-document probe (Knowledge/unseen-documents-11, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py), laid out unlike probes 1-10 with facts that overlap the programme's own (Bali's
/// participants and quick wins, Sulawesi Utara's and Lampung's participants, the six pillars, masterplans): a DOCX
/// monitoring report whose outline ("1.", "1.1", "A.") is typed into plain Normal paragraphs, so a finding's section
/// names its regency only in its heading path; a PDF guideline exported the way Word exports (a text matrix per line,
/// kerned TJ arrays, headings at the body's size told apart only by their numbers, a ruled table continued over a page
/// break without its header, a file name as its metadata title); a page whose sections are hidden tab panels named by
/// their tab buttons, with an FAQ in a definition list and a captioned quota table. 24 questions and three the documents
/// cannot answer, written before the engine was changed, asked through /api/messages; the dev questions must all still
/// be answered.
/// </summary>
public sealed class UnseenDocumentsProbe11Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-11", output)
{
    protected override int QuestionCount => 27;

    // First contact 15/27 (DOCX 6/8, PDF 7/8, HTML 0/8, declines 2/3): the page's tab panels were skipped as hidden,
    // the report's lettered sub-headings were body text, and the guideline's table swallowed the sections after it.
    protected override int Floor => 24;
}
