using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The twenty-first new-document probe (Knowledge/unseen-documents-21, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py; the HTML page written by hand): a DOCX meeting minutes (notulen) with a header table
/// (Hari/Tanggal, Tempat, Pimpinan Rapat), an attendance table, numbered decisions with lettered sub-points naming
/// "Kelompok Kerja II" and a two-cell signature table with the signer's name under the role line; a PDF exported from a
/// slide deck (a big title per slide, short bullets, slide numbers, the event's name in a footer on every page); an
/// HTML news page saved from a city government's site with menu, breadcrumbs, share buttons, a "Berita Terkait"
/// sidebar and a footer with address and copyright. 27 questions on the documents and three the built-in documents
/// must keep answering, written before the engine was changed; the dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe21Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-21", output)
{
    protected override int QuestionCount => 30;

    // First contact 19/30 (DOCX 3/9, PDF 5/9, HTML 8/9, built-in 3/3): the signature table was one row of two cells,
    // so its date line answered "kapan" questions and no one read as the minutes' writer; "fase 2" got all three
    // "Fase I/II/III" lines; the byline's writer was dropped with the post's meta line. After the changes (a signature
    // table reads as who signed for each role; a list labelled by a numbered noun answers the place asked, roman or
    // arabic; the byline keeps its writers) 23/30. Left: "kelompok 2 … tugasnya" is declined as lacking "tugas";
    // "brp org" does not meet "dihadiri 9 (sembilan) orang"; "kadis kominfo" is read as a region question; "yg nulis"
    // does not meet "Notulis"; the deck's speaker ("pemateri"), its slide numbers and its event (only in the repeated
    // footer) are not read.
    protected override int Floor => 22;
}
