using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The eighth new-document probe (Knowledge/unseen-documents-8, made by its make_fixtures.py with the writers shared in
/// fixture_documents.py), documents whose facts overlap the programme's own (evaluation weights and awards of other
/// years, Jawa Timur regions): slides exported to PDF (large titles in a light face, one wrapped over two lines,
/// divider slides, columns of bullets side by side); a DOCX monitoring report whose outline numbers are typed into
/// its headings (level 3 as bold body paragraphs) with a long annex table; a regency's HTML news listing (posts in
/// divs with dated meta lines, "read more" links, a correction post, site furniture). 24 questions and three the
/// documents cannot answer, written before the engine was changed, asked through /api/messages; the dev questions
/// must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe8Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-8", output)
{
    protected override int QuestionCount => 27;

    // First contact 22/27 (PDF 8/8, DOCX 6/8, HTML 7/8, declines 1/3): the bold "2.2.1" headings lost the "2.2 Capaian
    // per Pilar" above them, and "tahap 2" was doubted against a post saying "tahap kedua".
    protected override int Floor => 24;
}
