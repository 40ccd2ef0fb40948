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

    // A DOCX whose sections are numbered by hand in plain type, with a hand-numbered list inside one. Made-up content.
    [Fact]
    public void Docx_sections_numbered_by_hand_in_plain_type_are_headings_at_their_depth_but_a_numbered_list_is_not()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("smartcity-docx-").FullName, "laporan-contoh.docx");
        using (var word = WordprocessingDocument.Create(file, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Bold("Laporan Contoh Kota Lembayung"),
                Plain("1. Pendahuluan"),
                Plain("Laporan ini merangkum layanan kota tahun 2026."),
                Plain("2. Hasil"),
                Plain("2.1 Layanan Perizinan"),
                Plain("Izin usaha kini diajukan daring. Kelurahan yang sudah melayani:"),
                Plain("1. Kelurahan Alfa"),
                Plain("2. Kelurahan Beta"),
                Plain("2.2 Layanan Kesehatan"),
                Plain("Antrean puskesmas daring berjalan di 12 puskesmas.")));
            main.Document.Save();
        }
        var document = DocumentLoader.Load(file, "laporan-contoh.docx")!;
        var permits = document.Passages.Single(p => p.Heading == "2.1 Layanan Perizinan");
        Assert.Equal(["2. Hasil", "2.1 Layanan Perizinan"], permits.Headings);
        Assert.Contains("1. Kelurahan Alfa", permits.Body);
        Assert.Equal(["2. Hasil", "2.2 Layanan Kesehatan"], document.Passages.Single(p => p.Body.Contains("12 puskesmas")).Headings);
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

    [Fact]
    public void Html_aside_inside_the_article_is_its_note_but_an_aside_beside_it_is_a_sidebar()
    {
        // Made-up page: a boxed note inside the article carries a deadline; the theme's aside next to the article does not.
        const string html = """
            <html><head><title>Program Taman Baca Digital Kota Lembayung</title></head><body>
            <main>
            <article>
              <h1>Program Taman Baca Digital Kota Lembayung</h1>
              <h2>Syarat Peserta</h2>
              <p>Perpustakaan desa yang ikut harus memiliki dua komputer.</p>
              <aside class="kotak"><p><strong>Perhatian:</strong> berkas usulan dikirim ke Dinas Perpustakaan paling lambat 9 Juni 2026.</p></aside>
              <aside class="related"><h3>Baca juga</h3><ul><li><a href="/a">Lomba menulis</a></li><li><a href="/b">Pameran buku</a></li><li><a href="/c">Festival literasi</a></li></ul></aside>
            </article>
            <aside><h3>Agenda lain</h3><p>Lomba mewarnai ditutup 3 Mei.</p></aside>
            </main>
            </body></html>
            """;
        var document = DocumentLoader.FromHtml(html, "taman-baca.html");
        var text = string.Join("\n", document.Passages.Select(p => $"{p.Heading}\n{p.Body}"));
        Assert.Contains("paling lambat 9 Juni 2026", document.Passages.Single(p => p.Heading == "Syarat Peserta").Body);
        foreach (var furniture in new[] { "Baca juga", "Pameran buku", "Agenda lain", "mewarnai" })
            Assert.DoesNotContain(furniture, text);
    }

    // A decree as a regency publishes it (made-up): a title block over four bold lines, "Menimbang : a. …" with
    // lettered items, articles as bold "Pasal n" lines, a running header and a "Halaman n dari 2" footer on both pages.
    private static KnowledgeDocument DecreePdf()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("smartcity-pdf-").FullName, "keputusan.pdf");
        var pdf = new PdfDocumentBuilder();
        var regular = pdf.AddStandard14Font(Standard14Font.Helvetica);
        var bold = pdf.AddStandard14Font(Standard14Font.HelveticaBold);
        string[][] pages =
        [
            ["B:KEPUTUSAN WALI KOTA LEMBAYUNG", "B:NOMOR 12/2026", "B:TENTANG", "B:DEWAN DATA KOTA",
             "Menimbang : a. bahwa data kota perlu dikelola bersama;", "b. bahwa perlu dibentuk dewan data.",
             "B:Pasal 1", "Dewan data diketuai Sekretaris Daerah Kota Lembayung."],
            ["B:Pasal 2", "Dewan data bertugas:", "a. menetapkan daftar data prioritas;", "b. melapor kepada Wali Kota setiap enam bulan."],
        ];
        for (var n = 0; n < pages.Length; n++)
        {
            var page = pdf.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText("Salinan Keputusan Wali Kota Lembayung Nomor 12/2026", 8, new UglyToad.PdfPig.Core.PdfPoint(50, 815), regular);
            page.AddText($"Halaman {n + 1} dari {pages.Length}", 8, new UglyToad.PdfPig.Core.PdfPoint(260, 30), regular);
            var y = 780.0;
            foreach (var line in pages[n])
            {
                var isBold = line.StartsWith("B:", StringComparison.Ordinal);
                page.AddText(isBold ? line[2..] : line, 10, new UglyToad.PdfPig.Core.PdfPoint(50, y), isBold ? bold : regular);
                y -= 15;
            }
        }
        File.WriteAllBytes(file, pdf.Build());
        return DocumentLoader.Load(file, "keputusan.pdf")!;
    }

    [Fact]
    public void Pdf_heading_set_over_several_bold_lines_is_one_heading_and_each_article_a_section()
    {
        var headings = DecreePdf().Passages.Select(p => p.Heading).ToList();
        Assert.Equal(["KEPUTUSAN WALI KOTA LEMBAYUNG NOMOR 12/2026 TENTANG DEWAN DATA KOTA", "Pasal 1", "Pasal 2"], headings);
    }

    [Fact]
    public void Pdf_running_header_and_page_footer_are_dropped()
    {
        var text = string.Join("\n", DecreePdf().Passages.Select(p => p.Body));
        Assert.DoesNotContain("Salinan", text);
        Assert.DoesNotContain("Halaman", text);
    }

    [Fact]
    public void Pdf_lettered_lines_are_list_items_and_a_label_before_the_first_leads_them()
    {
        var passages = DecreePdf().Passages;
        var preamble = passages[0].Body;
        Assert.Contains("Menimbang:\n", preamble);
        Assert.Contains("- bahwa data kota perlu dikelola bersama;", preamble);
        Assert.Contains("- bahwa perlu dibentuk dewan data.", preamble);
        var article = passages.Single(p => p.Heading == "Pasal 2").Body;
        Assert.Contains("Dewan data bertugas:", article);
        Assert.Contains("- melapor kepada Wali Kota setiap enam bulan.", article);
    }

    // A training guideline (made-up) with a two-level numbered list and a footnote on one of its items.
    private static KnowledgeDocument FootnotedDocx()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("smartcity-docx-").FullName, "pelatihan.docx");
        using (var word = WordprocessingDocument.Create(file, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var notes = main.AddNewPart<FootnotesPart>();
            notes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(new Text(" Kelas daring memakai aplikasi rapat milik pemerintah kota.") { Space = SpaceProcessingModeValues.Preserve }))) { Id = 1 });
            main.Document = new Document(new Body(
                Styled("Panduan Pelatihan Kota Lembayung", "Title"),
                Styled("Ketentuan", "Heading1"),
                Item("Peserta terdiri atas:"),
                Item("staf dinas, paling banyak 3 orang;", level: 1),
                Item("lurah.", level: 1),
                new Paragraph(
                    new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
                    new Run(new Text("Kelas dapat diikuti secara daring.")), new Run(new FootnoteReference { Id = 1 }))));
            main.Document.Save();
        }
        return DocumentLoader.Load(file, "pelatihan.docx")!;
    }

    [Fact]
    public void Docx_footnote_text_is_attached_to_the_sentence_that_points_to_it()
    {
        var body = FootnotedDocx().Passages.Single(p => p.Heading == "Ketentuan").Body;
        Assert.Contains("- Kelas dapat diikuti secara daring. Kelas daring memakai aplikasi rapat milik pemerintah kota.", body);
    }

    [Fact]
    public void Docx_nested_list_items_keep_their_level_under_their_lead_in()
    {
        var body = FootnotedDocx().Passages.Single(p => p.Heading == "Ketentuan").Body;
        Assert.Contains("- Peserta terdiri atas:", body);
        Assert.Contains("\n  - staf dinas, paling banyak 3 orang;", body);
    }

    // A slide deck (made-up) as presentation software exports it: landscape pages, one large bold title per slide,
    // bullet lines in body type, the same footer and a slide number on every slide.
    private static KnowledgeDocument SlideDeckPdf()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("smartcity-slides-").FullName, "paparan.pdf");
        var pdf = new PdfDocumentBuilder();
        var regular = pdf.AddStandard14Font(Standard14Font.Helvetica);
        var bold = pdf.AddStandard14Font(Standard14Font.HelveticaBold);
        (string Title, string[] Lines)[] slides =
        [
            ("Program Kampung Data Kota Lembayung", ["Paparan kepada para lurah, Februari 2026"]),
            ("Sasaran", ["• 25 kelurahan memiliki papan data warga", "• 40 kader data terlatih"]),
            ("Kontak", ["Bidang Statistik Diskominfo Kota Lembayung", "Email: data@lembayung.example.go.id"]),
        ];
        for (var n = 0; n < slides.Length; n++)
        {
            var page = pdf.AddPage(842, 595);
            page.AddText("Diskominfo Kota Lembayung | Kampung Data 2026", 9, new UglyToad.PdfPig.Core.PdfPoint(40, 25), regular);
            page.AddText($"{n + 1}", 9, new UglyToad.PdfPig.Core.PdfPoint(790, 25), regular);
            page.AddText(slides[n].Title, 28, new UglyToad.PdfPig.Core.PdfPoint(50, 525), bold);
            var y = 455.0;
            foreach (var line in slides[n].Lines)
            {
                page.AddText(line, 18, new UglyToad.PdfPig.Core.PdfPoint(60, y), regular);
                y -= 30;
            }
        }
        File.WriteAllBytes(file, pdf.Build());
        return DocumentLoader.Load(file, "paparan.pdf")!;
    }

    [Fact]
    public void Pdf_slide_titles_head_sections_and_bullets_are_list_items()
    {
        var passages = SlideDeckPdf().Passages;
        Assert.Equal(["Sasaran", "Kontak"], passages.Where(p => p.Headings.Count > 0).Select(p => p.Heading).TakeLast(2));
        var goals = passages.Single(p => p.Heading == "Sasaran").Body;
        Assert.Contains("- 40 kader data terlatih", goals);
        Assert.DoesNotContain("Kampung Data 2026", string.Join("\n", passages.Select(p => p.Body)));
    }

    private const string FaqPage = """
        <html><head><title>Tanya Jawab Papan Data Warga | Kota Lembayung</title></head><body>
        <main><h1>Tanya Jawab Papan Data Warga</h1>
        <h2>Pertanyaan umum</h2>
        <details><summary>Siapa yang mengisi papan data?</summary><p>Kader data kelurahan mengisinya setiap bulan.</p></details>
        <details><summary>Apakah papan data bisa dibuka warga?</summary><p>Ya, lewat situs kelurahan.</p></details>
        <p>Pertanyaan lain dapat dikirim lewat formulir kelurahan.</p>
        <h2>Istilah</h2><p>Sistem Informasi Kelurahan (SIKEL) menyimpan data warga.</p>
        <h2>Layanan</h2><p>Data warga diperbarui di SIKEL setiap bulan.</p>
        <table><tr><th>Kegiatan</th><th>Penanggung jawab</th></tr><tr><td>Pemutakhiran data</td><td>Disdukcapil</td></tr></table>
        <h2>Singkatan</h2>
        <table><tr><th>Singkatan</th><th>Kepanjangan</th></tr><tr><td>Disdukcapil</td><td>Dinas Kependudukan dan Pencatatan Sipil</td></tr></table>
        </main></body></html>
        """;

    [Fact]
    public void Html_accordion_items_are_sections_headed_by_their_summary_and_text_after_them_returns_to_the_section()
    {
        var passages = DocumentLoader.FromHtml(FaqPage, "faq.html").Passages;
        Assert.Equal("Kader data kelurahan mengisinya setiap bulan.", passages.Single(p => p.Heading == "Siapa yang mengisi papan data?").Body);
        Assert.DoesNotContain("formulir", passages.Single(p => p.Heading == "Apakah papan data bisa dibuka warga?").Body);
        Assert.Contains(passages, p => p.Heading == "Pertanyaan umum" && p.Body.Contains("formulir kelurahan"));
    }

    [Fact]
    public void An_abbreviation_defined_once_is_spelled_out_at_its_first_bare_use_in_another_section()
    {
        var passages = DocumentLoader.FromHtml(FaqPage, "faq.html").Passages;
        Assert.Contains("di SIKEL (Sistem Informasi Kelurahan) setiap bulan", passages.Single(p => p.Heading == "Layanan").Body);
        // Where it is defined, it is left as written.
        Assert.Equal("Sistem Informasi Kelurahan (SIKEL) menyimpan data warga.", passages.Single(p => p.Heading == "Istilah").Body);
    }

    [Fact]
    public void A_glossary_row_defines_an_abbreviation_used_in_other_table_rows()
    {
        var passages = DocumentLoader.FromHtml(FaqPage, "faq.html").Passages;
        Assert.Contains("Penanggung jawab: Disdukcapil (Dinas Kependudukan dan Pencatatan Sipil)", passages.Single(p => p.Heading == "Layanan").Body);
        Assert.Contains("Singkatan: Disdukcapil; Kepanjangan: Dinas Kependudukan dan Pencatatan Sipil", passages.Single(p => p.Heading == "Singkatan").Body);
    }

    [Fact]
    public void Abbreviations_are_left_bare_when_the_title_spells_them_out_or_the_document_is_markdown()
    {
        var page = FaqPage.Replace("Tanya Jawab Papan Data Warga</h1>", "Tanya Jawab Sistem Informasi Kelurahan</h1>").Replace("<title>Tanya Jawab Papan Data Warga", "<title>Tanya Jawab Sistem Informasi Kelurahan");
        Assert.Contains("di SIKEL setiap bulan", DocumentLoader.FromHtml(page, "faq.html").Passages.Single(p => p.Heading == "Layanan").Body);
        var markdown = DocumentLoader.FromMarkdown("# Papan data\n## Istilah\nSistem Informasi Kelurahan (SIKEL) menyimpan data.\n## Layanan\nData diperbarui di SIKEL.\n", "papan.md");
        Assert.Equal("Data diperbarui di SIKEL.", markdown.Passages.Single(p => p.Heading == "Layanan").Body);
    }

    private static Paragraph Plain(string text) => new(new Run(new Text(text)));

    private static Paragraph Bold(string text) => new(new Run(new RunProperties(new Bold()), new Text(text)));

    private static Paragraph Item(string text, int level = 0) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })), new Run(new Text(text)));

    private static TableRow Row(bool header, params string[] cells) =>
        new(new[] { header ? new TableRowProperties(new TableHeader()) : null }.OfType<OpenXmlElement>()
            .Concat(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c)))))));

    private static Paragraph Styled(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));
}
