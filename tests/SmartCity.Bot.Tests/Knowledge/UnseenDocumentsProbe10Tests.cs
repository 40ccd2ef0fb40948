using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The tenth new-document probe (Knowledge/unseen-documents-10, made by its make_fixtures.py with the writers shared in
/// fixture_documents.py), documents laid out as staff really produce them, with facts that overlap the programme's own
/// (Kalimantan Selatan's participants, a provincial forum beside the national ones, pillar categories): a DOCX terms of
/// reference whose section titles are underlined capitals, with a shaded one-cell title banner, a timeline table whose
/// phases are rows spanning the table, and a contacts table; a PDF of meeting minutes (label/colon/value header pieces,
/// agenda, decisions, a follow-up table whose wrapped cells sit as far apart as its rows, a running header on page 2
/// only); a WordPress announcement (a site-title h1 in the theme's header, the post in an article, bold-line sections
/// beside one h3, a sidebar of last year's posts). 24 questions and three the documents cannot answer, written before
/// the engine was changed, asked through /api/messages; the dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe10Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-10", output)
{
    protected override int QuestionCount => 27;

    // First contact 16/27 (DOCX 5/8, PDF 5/8, HTML 5/8, declines 1/3): the terms of reference was one passage (its
    // underlined headings unread), the page was titled by the site's name and its h3 nested under a bold line, and the
    // minutes' wrapped table rows were split into rows of their own.
    protected override int Floor => 23;
}
