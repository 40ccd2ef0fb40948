using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The seventh new-document probe (Knowledge/unseen-documents-7, made by its make_fixtures.py with the writers shared in
/// fixture_documents.py), long documents whose sections compete and whose facts overlap the programme's own (other
/// years, other regions): a second-edition DOCX guide for Kota Kupang (Heading 1 numbered through numbering.xml, a
/// table-of-contents field repeating every heading, a table merged down its first column, a section on what changed
/// since the first edition); a PDF call for proposals (capital roman-numeral headings at the body size, a dates table
/// whose cells wrap onto a second line, lettered items, two pages); HTML minutes exported from a word processor (bold
/// paragraphs as headings, a definition list, a decisions table with a bold first row and rowspan, a sidebar).
/// 24 questions written before the engine was changed, asked through /api/messages; the dev questions must all still
/// be answered.
/// </summary>
public sealed class UnseenDocumentsProbe7Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-7", output)
{
    protected override int QuestionCount => 24;

    // First contact 17/24 (DOCX 7/8, PDF 6/8, HTML 4/8): the minutes were one section (bold-paragraph headings unread),
    // the PDF's wrapped table cells became rows of their own, the PDF's bold title was a section matching every
    // question, "siapa ketua … sekarang" was doubted for an edition's standing arrangement, "rakor" and "minimal" were
    // unknown words, and "dipimpin" was read as the slang "dipimpkan" (so the chair's section lost to one naming the
    // year). 24/24 once the participation dialog, asked about a year its data holds no list of, leaves the question to
    // a document that answers it from a section naming that year (the regions proposed for 2027).
    protected override int Floor => 24;
}
