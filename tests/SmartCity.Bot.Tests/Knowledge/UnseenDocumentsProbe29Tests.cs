using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The twenty-ninth new-document probe (Knowledge/unseen-documents-29, made by its make_fixtures.py with the writers shared
/// in fixture_documents.py): a PDF training curriculum of Kabupaten Nunukan under a letterhead whose headings are set in
/// imitation small capitals (each word's capital at the heading's size, its other letters as smaller capitals, every
/// size change a Tj piece of its own), a list of requirements numbered 1-4 on page 1 and 5-6 on page 2, a module table
/// whose "JP" header carries a footnote mark raised by text rise, a bold totals row with no number, the footnote at the
/// page's foot and a signature block opened by its place and date; a DOCX partnership procedure of Kota Tarakan whose
/// steps are numbered only by numbering.xml ("Langkah %1." over "%1.%2."), whose number and office are DOCPROPERTY
/// fields (complex and simple), with a REF field citing a step, a tracked change of a figure and an R/A/C/I roles matrix
/// with its legend; an HTML glossary of Kalimantan Utara with an A-Z jump bar, a section per letter titled by that letter,
/// terms in &lt;dl&gt; with &lt;dfn&gt; and &lt;abbr&gt;, "Kembali ke atas" links, a captioned indicator table after the
/// sections with &lt;tbody&gt; groups headed by a rowgroup cell, a &lt;time&gt; update line and an &lt;aside&gt; in
/// &lt;main&gt;. 27 questions on the documents and three the built-in documents must keep answering, written before the
/// engine was changed; the dev questions must all still be answered.
/// </summary>
public sealed class UnseenDocumentsProbe29Tests(ITestOutputHelper output) : NewDocumentProbe("unseen-documents-29", output)
{
    protected override int QuestionCount => 30;

    // First contact 12/30 (PDF 0/9, DOCX 8/9, HTML 1/9, built-in 3/3): the small-caps headings lost their word spaces
    // ("A.LATARBELAKANG") and, measured at their small letters' size, were no headings, so the curriculum was one
    // section; every glossary answer carried "Kembali ke atas"; the indicator table sat in the last letter's section
    // and the aside asking for new terms was dropped as a sidebar.
    // After the changes (a word space measured at the smaller letter's size, a small-caps line at its capitals' size, a
    // bold totals row no wrapped cell, a dated signature block's office, in-page jump links no text, a captioned table
    // after the sections its own section, an aside in a main with no article content) 26/30.
    // Left: "total jam pelajaran" takes the first module row (where "JP" is expanded) before the totals row; "nomor sop
    // kemitraan …" is read as the collaboration/contact choice; "indeks spbe … brp" shows the table with its targets; "puskesmas
    // di kaltara … ada brp" is read as a count of the province's participants.
    protected override int Floor => 24;
}
