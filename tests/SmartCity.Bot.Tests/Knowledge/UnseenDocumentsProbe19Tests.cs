using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The nineteenth new-document probe (Knowledge/unseen-documents-19, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py; the HTML page written by hand): a DOCX activity report of "Smart City Goes to Campus 2026"
/// whose title and numbered headings ("1. Latar Belakang", "2.1 Tahap 1: …") are only bold Normal paragraphs, with
/// "Pasal 1" cited in its text and a table of dates; a PDF presentation of Kota Palu's results as landscape slides with
/// a big title per page and the year (2023, 2024, 2025) only in the bullets; a long HTML news page on Ternate's command
/// center with no h2/h3, paragraphs led by &lt;strong&gt; words, inside a portal's menu, sidebar and footer. 27 questions
/// on the documents and three the built-in documents must keep answering, written before the engine was changed; the
/// dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe19Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-19", output)
{
    protected override int QuestionCount => 30;

    // First contact 22/30 (DOCX 9/9, PDF 4/9, HTML 7/9, built-in 2/3): the news page was one passage, so the visiting
    // days and the mayor's name lost to its description; the deck's cover (no year) answered "capaian … 2025" and was
    // declined for the year; a general section with another city's perwali answered Kota Palu's. After the changes
    // (bold lead-ins head sections on a page without headings; a year written only in one slide's text, and a region the
    // question names, let that section overtake one naming neither) 26/30. Left: "hasil … kota palu tahun 2024" and
    // "palu 2023 ngapain" are taken by the region's showcase and participation answers, "respon … berapa menit" by the
    // collaboration status ("respon" as in a proposal's reply); "mou angkatan 2024 tgl berapa" gets the invitation's date.
    protected override int Floor => 25;
}
