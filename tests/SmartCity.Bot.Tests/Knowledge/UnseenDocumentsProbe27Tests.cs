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
    // FINAL_NOTE
    protected override int Floor => 20;
}
