using SmartCity.Bot.Tests.Infrastructure;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SmartCity.Bot.Knowledge;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SmartCity.Bot.Tests.Knowledge;

public sealed class DocumentLoaderTests
{
    public static string Fixtures => Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "Fixtures");

    [Fact]
    public void Markdown_sections_become_passages_with_title_heading_path_and_sources()
    {
        var document = DocumentLoader.Load(Path.Combine(Fixtures, "pilar.md"), "pilar.md")!;
        Assert.Equal("Enam pilar smart city", document.Title);
        Assert.Equal(["Buku Panduan Masterplan (uji)", "https://contoh.go.id/pilar"], document.Sources);
        Assert.Equal(3, document.Passages.Count);
        var example = document.Passages[2];
        Assert.Equal(["Smart branding: pariwisata, bisnis, dan wajah kota", "Contoh smart branding"], example.Headings);
        Assert.Contains("Surakarta", example.Body);
        Assert.Equal(document.Sources, example.Sources);
        Assert.DoesNotContain("title:", document.Passages[0].Body);
    }

    [Fact]
    public void Inline_source_lists_and_html_are_read_and_data_folder_is_skipped()
    {
        var documents = DocumentLoader.LoadFolder(Fixtures);
        Assert.DoesNotContain(documents, d => d.RelativePath.StartsWith("data/"));
        Assert.Equal(["Surat undangan (uji)"], documents.Single(d => d.RelativePath == "tenggat.md").Sources);
        var html = documents.Single(d => d.RelativePath == "panduan.html");
        Assert.Equal("Panduan Quick Win", html.Title);
        Assert.Equal(["Panduan Quick Win Ditjen Aptika (uji)"], html.Sources);
        Assert.Contains(html.Passages, p => p.Heading == "Contoh quick win" && p.Body.Contains("- Call Center 112"));
    }

    [Fact]
    public void Pdf_and_docx_documents_are_read()
    {
        var folder = Directory.CreateTempSubdirectory("smartcity-docs-").FullName;
        var pdf = new PdfDocumentBuilder();
        var font = pdf.AddStandard14Font(Standard14Font.Helvetica);
        pdf.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("Asesor menilai kesiapan daerah pada tahap seleksi.", 12, new UglyToad.PdfPig.Core.PdfPoint(40, 700), font);
        File.WriteAllBytes(Path.Combine(folder, "panduan-seleksi.pdf"), pdf.Build());

        using (var word = WordprocessingDocument.Create(Path.Combine(folder, "evaluasi.docx"), WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Styled("Panduan evaluasi", "Title"),
                Styled("Indikator evaluasi", "Heading1"),
                new Paragraph(new Run(new Text("Evaluasi memakai indikator pendapatan daerah dan IPM."))))); 
            main.Document.Save();
        }

        var documents = DocumentLoader.LoadFolder(folder);
        var fromPdf = documents.Single(d => d.RelativePath == "panduan-seleksi.pdf");
        // No heading in this PDF: its paragraph is a passage of its own, cited by title, never by file name.
        Assert.Contains("Asesor menilai kesiapan daerah", fromPdf.Passages.Single().Body);
        Assert.DoesNotContain(fromPdf.Sources, s => s.Contains(".pdf"));
        var fromWord = documents.Single(d => d.RelativePath == "evaluasi.docx");
        Assert.Equal("Panduan evaluasi", fromWord.Title);
        var passage = fromWord.Passages.Single();
        Assert.Equal(["Indikator evaluasi"], passage.Headings);
        Assert.Contains("IPM", passage.Body);
    }

    // A DOCX as written without heading styles: short bold paragraphs are its title and headings, a list follows its
    // lead-in sentence, a table has Word's header row. Made-up content.
    private static KnowledgeDocument UnstyledDocx()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("smartcity-docx-").FullName, "panduan-layanan.docx");
        using (var word = WordprocessingDocument.Create(file, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Bold("Panduan Layanan Contoh Kota Lembayung"),
                Plain("Diterbitkan Dinas Kominfo, edisi 2026"),
                Bold("Syarat usulan"),
                Plain("Usulan diterima bila memenuhi ketentuan berikut:"),
                Item("biaya tidak lebih dari Rp 90 juta;"),
                Item("memakai data yang sudah dimiliki dinas."),
                Bold("Catatan:"),
                Plain("Usulan yang tidak lengkap dikembalikan."),
                Bold("Jadwal"),
                new Table(Row(header: true, "Tahap", "Tanggal"), Row(header: false, "Pendaftaran", "3 Maret 2026"), Row(header: false, "Pengumuman", "9 Juni 2026"))));
            main.Document.Save();
        }
        return DocumentLoader.Load(file, "panduan-layanan.docx")!;
    }

    [Fact]
    public void Docx_without_heading_styles_takes_its_short_bold_paragraphs_as_title_and_headings()
    {
        var document = UnstyledDocx();
        Assert.Equal("Panduan Layanan Contoh Kota Lembayung", document.Title);
        Assert.Equal(["Syarat usulan", "Jadwal"], document.Passages.Where(p => p.Headings.Count > 0).Select(p => p.Heading));
        // A bold line ending in a colon is a lead-in, not a heading: it stays in its section.
        Assert.Contains("Catatan:", document.Passages.Single(p => p.Heading == "Syarat usulan").Body);
    }

    [Fact]
    public void Docx_list_items_stay_with_their_lead_in_sentence()
    {
        var body = UnstyledDocx().Passages.Single(p => p.Heading == "Syarat usulan").Body;
        Assert.Contains("Usulan diterima bila memenuhi ketentuan berikut:", body);
        Assert.Contains("- biaya tidak lebih dari Rp 90 juta;", body);
        Assert.True(body.IndexOf("berikut:", StringComparison.Ordinal) < body.IndexOf("- biaya", StringComparison.Ordinal));
    }

    [Fact]
    public void Docx_table_rows_keep_their_header_in_their_section()
    {
        var body = UnstyledDocx().Passages.Single(p => p.Heading == "Jadwal").Body;
        Assert.Contains("- Tahap: Pengumuman; Tanggal: 9 Juni 2026", body);
        Assert.DoesNotContain("- Tahap; Tanggal", body);
    }

    [Fact]
    public void Every_passage_keeps_the_document_title_and_its_citation()
    {
        var document = UnstyledDocx();
        Assert.All(document.Passages, p => Assert.Equal("Panduan Layanan Contoh Kota Lembayung", p.DocumentTitle));
        Assert.All(document.Passages, p => Assert.StartsWith("Panduan Layanan Contoh Kota Lembayung", p.Sources.Single()));
    }

    [Fact]
    public void Html_site_furniture_is_dropped_but_a_wrapper_named_after_the_layout_is_kept()
    {
        const string html = """
            <html><head><title>Pengumuman Lomba Aplikasi Kota Lembayung</title></head><body>
            <div class="cookie-notice">Situs ini memakai cookie. Setuju</div>
            <div class="breadcrumb">Beranda › Berita › Lomba</div>
            <div class="container has-sidebar">
              <div class="content">
                <h1>Pengumuman Lomba Aplikasi Kota Lembayung</h1>
                <div class="post-meta">Diposting oleh admin · 88 kali dibaca</div>
                <p>Lomba aplikasi terbuka bagi pelajar dan mahasiswa yang berdomisili di Kota Lembayung.</p>
                <h2>Hadiah</h2>
                <p>Juara pertama menerima Rp 15 juta.</p>
                <div class="share-buttons">Bagikan: Facebook WhatsApp</div>
              </div>
              <div class="sidebar" role="complementary"><h3>Berita terbaru</h3><ul><li>Pendaftaran beasiswa ditutup 2 Mei</li></ul></div>
            </div>
            <footer>Hak cipta Pemerintah Kota Lembayung</footer>
            </body></html>
            """;
        var document = DocumentLoader.FromHtml(html, "lomba.html");
        var text = string.Join("\n", document.Passages.Select(p => $"{p.Heading}\n{p.Body}"));
        Assert.Contains("Lomba aplikasi terbuka bagi pelajar", text);
        Assert.Contains("Juara pertama menerima Rp 15 juta.", document.Passages.Single(p => p.Heading == "Hadiah").Body);
        foreach (var furniture in new[] { "cookie", "Beranda", "dibaca", "Bagikan", "Berita terbaru", "beasiswa", "Hak cipta" })
            Assert.DoesNotContain(furniture, text);
    }

    private static Paragraph Plain(string text) => new(new Run(new Text(text)));

    private static Paragraph Bold(string text) => new(new Run(new RunProperties(new Bold()), new Text(text)));

    private static Paragraph Item(string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })), new Run(new Text(text)));

    private static TableRow Row(bool header, params string[] cells) =>
        new(new[] { header ? new TableRowProperties(new TableHeader()) : null }.OfType<OpenXmlElement>()
            .Concat(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c)))))));

    private static Paragraph Styled(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));
}
