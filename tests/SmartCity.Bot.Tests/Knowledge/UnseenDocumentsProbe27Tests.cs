using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The twenty-seventh new-document probe (Knowledge/unseen-documents-27, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py): a PDF award rubric of Nusa Tenggara Barat whose content stream draws its blocks out of
/// reading order (footer, last section, title, middle sections) and whose score table sits on a portrait page turned by
/// /Rotate 90, its text running up the page, under a two-level header ("Deskripsi Skor" set at the left of its merged box
/// over four score columns) with cells wrapped over two lines; a DOCX draft Peraturan Bupati Lombok Timur with a VML
/// "DRAF" watermark in its header, a title typed letter by letter, chapters in a small-caps letter-spaced style that is
/// neither bold nor a heading, centred "Pasal n" lines, ayat Word numbers "(%1)" restarting in every article and an
/// elucidation that names the articles again with "Cukup jelas."; an HTML press release whose title sits in an
/// &lt;hgroup&gt; with a kicker and subtitle inside the article's &lt;header&gt;, with a dateline, a quotation whose
/// speaker is in &lt;cite&gt;, an id/headers table with a two-row header and a rowspan group column, a "Tentang" part and
/// an &lt;aside&gt; media contact. 27 questions on the documents and three the built-in documents must keep answering,
/// written before the engine was changed; the dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe27Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-27", output)
{
    protected override int QuestionCount => 30;

    // First contact 19/30 (PDF 7/9, DOCX 4/10, HTML 5/8, built-in 3/3): the draft regulation was one passage (its
    // chapter style neither bold nor a heading, its centred articles plain lines) with its ayat shown as bullets; the
    // hgroup's kicker, title and subtitle ran together as one paragraph; the rubric's two-level header named the wrong
    // columns ("No Indikator", "Bobot (%) Deskripsi Skor 1 (Rintisan)").
    // After the changes (a Word regulation read by chapters, articles and the elucidation's articles, its ayat under
    // Word's "(n)"; an hgroup heading its part; a quotation keeping its speaker; a stacked PDF header split at the data's
    // columns with a left-set group naming the columns to its right) 22/30 (PDF 7/9, DOCX 7/10, HTML 5/8, built-in 3/3).
    // Left: "hadiah juara pertama … ntb" is taken for NTB's participants; "skor 1 di dua indikator" finds the table, not
    // section C; "pasal 6 ayat 3" shows the whole article; the elucidation's universities lose to Pasal 2; "30 hari
    // setelah akhir triwulan" is no answer to "kapan"; "SALAM mataram singkatan" and a table row's count lose to other
    // passages; "diskominfo" does not reach "Dinas Komunikasi dan Informatika" (no lexicon synonym).
    protected override int Floor => 20;
}
