using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The twenty-eighth new-document probe (Knowledge/unseen-documents-28, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py): a PDF programme of Kalimantan Barat's provincial coordination meeting whose paragraphs are
/// set as one text object each advancing by the leading operators (TL, T*, ') and whose schedule rows are placed by Td
/// moves chained from the previous cell, with en-dash time ranges, activity cells wrapped onto a second line, day titles
/// and a "Catatan" heading only bold at the body's size, the schedule continued on page 2 under its repeated header and a
/// running header and footer; a DOCX meeting record of Kota Singkawang's implementing team whose title is printed over
/// two bold lines, whose section titles are typed lowercase and shown in capitals by a custom style (no outline level),
/// with a decisions table holding a nested owner/deadline table in each follow-up cell, an attendance list in a
/// two-column section and a reviewer's comment questioning a figure; a Markdown FAQ of Kubu Raya's village programme
/// with front matter naming alternate questions per section, raw HTML blocks (a note &lt;div&gt;, an HTML table), bold
/// lead-ins and lists nested two deep. 27 questions on the documents and three the built-in documents must keep
/// answering, written before the engine was changed; the dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe28Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-28", output)
{
    protected override int QuestionCount => 30;

    // First contact 23/30 (PDF 6/9, DOCX 7/9, Markdown 7/9, built-in 3/3): the schedule and the FAQ's HTML blocks were read
    // well; "nginep" and "baju" were words no lexicon knew; the minutes' second title line headed the particulars, so
    // "… berikutnya kapan" found them instead of the closing; "apakah desa harus membayar … setelah ikut program …" was
    // rewritten to "who may join" by the village reread.
    // After the changes (a title over two bold lines read as the title; a join word after setelah/sebelum no join
    // question; nginep/nginap and baju/pakaian in the lexicon) 26/30 (PDF 8/9, DOCX 7/9, Markdown 8/9, built-in 3/3).
    // Left: "siapa yg ngisi paparan … rakor kalbar" and "desa yg udah dapet internet dari bakti boleh daftar …" are read
    // as the showcase intent (digital-innovation words) and asked for a kabupaten/kota; "dihadiri brp orang" finds the
    // attendance list (its heading's "hadir") before the opening's "dihadiri 14 orang"; with the title no longer a
    // heading, "rapat … kapan" takes the decisions' deadlines before the particulars' Hari/Tanggal.
    protected override int Floor => 24;
}
