using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The thirty-second new-document probe (Knowledge/unseen-documents-32, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py): a PDF quarterly report of Kabupaten Majene's PJU Cerdas printed from a layout program (its
/// running header and footer one Form XObject drawn on every page, a diagonal "DRAF" watermark, an achievements table
/// whose number columns are headed by text turned 90 degrees and closed by a totals row, ZapfDingbats bullets); a DOCX
/// SOP of the Majene Creative Hub's room loans (an identity table beside the office's name merged down, a two-by-two grid
/// of label-over-content cells, a procedure table under a two-row header whose actor is marked only by a flowchart shape
/// in that actor's column); an HTML announcement of Majene's digital talent training published from Google Docs (bold
/// and titles only through style-sheet classes, a numbered list split into &lt;ol start&gt; pieces around a sub-list nested
/// only by class, a No | Kegiatan | Tanggal table, a footnote [1] linked both ways, Google's banner and footer).
/// 27 questions on the documents and three the built-in documents must keep answering, written before the engine was
/// changed; the dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe32Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-32", output)
{
    protected override int QuestionCount => 30;

    // First contact 19/30 (PDF 5/9, DOCX 6/9, HTML 5/9, built-in 3/3): the turned column headers were dropped so the
    // first kecamatan row headed the table; the flowchart shapes marking each step's actor were lost; the footnote's
    // "[1]" and text closed the last section. After the changes 20/30: the table reads whole and the footnote joins its
    // sentence, but "siapa" questions on the SOP and several PDF questions are declined (ranking and confidence), the
    // identity table and label-over-content grid still read as a header over rows, Google's banner heads the first
    // section, and with the schedule's header now read "nomor 2 … kegiatan apa" is declined as lacking "2".
    protected override int Floor => 20;
}
