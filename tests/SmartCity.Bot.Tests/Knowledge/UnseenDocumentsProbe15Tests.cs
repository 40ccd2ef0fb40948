using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The fifteenth new-document probe (Knowledge/unseen-documents-15, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py), laid out unlike probes 1-14, on subjects the programme's own short sections also cover
/// (masterplans, Wonogiri, Penajam Paser Utara's quick wins, Kota Semarang's award, pillars): a guideline booklet PDF
/// from a design program (letter-spaced titles, a rotated side tab, key figures side by side, a pull quote); a DOCX
/// report of a province's quick wins (a cover and a highlights box in text boxes with their VML fallback, a recap
/// table holding a table per region); an award page on a Bootstrap site (a facts card written twice, a two-row
/// spanned header, last year's prizes hidden by style, footnote markers). 21 questions on the documents, three general
/// ones the programme's own sections must keep answering, and three the documents cannot answer, written before the
/// engine was changed, asked through /api/messages; the dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe15Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-15", output)
{
    protected override int QuestionCount => 27;

    // First contact 16/27 (PDF 4/7, DOCX 4/7, HTML 4/7, general 2/3, declines 2/3): letter-spaced titles read as rows of
    // single letters with a rotated side tab's letters among them, the text boxes read twice and glued, the nested table
    // glued into one word, last year's hidden prizes and an HTML comment read as text, the programme's 2022 section kept
    // first for a question about 2035, a money amount no figure for "berapa", a kelurahan no "siapa" answer, and
    // "paling banyak" (stop words only) never met by "maksimal". After the changes (ingestion of those layouts, the
    // asked year's document overtaking another year's section, amounts and kelurahan as answers, stop-word phrases
    // indexed as their synonym) 22/27; left: a duration asked of "the new" masterplan answered by the programme's
    // examples, a province's quick-win count read as a participation question, a consultant's name answered by the
    // public consultation (konsultan ≈ konsultasi), the second winner of a pillar losing to the pillar's own section, and
    // the general "did Semarang win a Kominfo award" answered by the staff page's local award.
    protected override int Floor => 21;
}
