using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The ninth new-document probe (Knowledge/unseen-documents-9, made by its make_fixtures.py with the writers shared in
/// fixture_documents.py), documents laid out as staff really produce them, with facts that overlap the programme's own
/// (a 2019 participant reviewing its masterplan, Riau's participants, the six pillars): a DOCX circular letter
/// (letterhead, a Nomor/Hal layout table, points numbered by hand with tabs, a schedule table, a signature block); a
/// PDF annual report (cover, contents with dot leaders, running header and footer, "BAB" chapters over two lines, a
/// table continued across a page break); an HTML page laid out in tables with styled section titles and a Bootstrap
/// accordion. 24 questions and three the documents cannot answer, written before the engine was changed, asked
/// through /api/messages; the dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe9Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-9", output)
{
    protected override int QuestionCount => 27;

    // First contact 21/27 (DOCX 6/8, PDF 6/8, HTML 7/8, declines 2/3): the letter was one passage whose lists were all
    // shown, the signer's name stood alone under the office, the page's layout table made it one passage of menu and
    // text, and the report's chapters fell out of its sections' heading paths. 23 since docs12: a "Jadwal" heading
    // labels dates, so the closing date of registration is no longer taken from an FAQ heading naming the city.
    protected override int Floor => 23;
}
