using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SmartCity.Bot.Knowledge;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Documents are read as their reader sees them, whatever their file holds (the layouts of the sixth new-document
/// probe, on a made-up town, Tirtamaya): a Markdown guide with headings below ### and a pipe table; a DOCX from an
/// office template with tracked changes, tabs and line breaks, a content control and a heading style that is bold
/// only through the style; a two-column PDF leaflet with words hyphenated across line ends.
/// </summary>
public sealed class ReaderViewTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("smartcity-reader-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Markdown_headings_below_level_three_are_sections_that_keep_their_whole_path()
    {
        var document = DocumentLoader.FromMarkdown("""
            # Panduan
            ## Jadwal
            ### Tahun 2031
            #### Wilayah Timur
            Kota Lembah, 3 Mei 2031.
            #### Wilayah Barat
            Kota Muara, 9 Juni 2031.
            """, "panduan.md");

        var east = document.Passages.Single(p => p.Heading == "Wilayah Timur");
        Assert.Equal(["Jadwal", "Tahun 2031", "Wilayah Timur"], east.Headings);
        Assert.Equal("Kota Lembah, 3 Mei 2031.", east.Body);
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains('#'));
    }

    [Fact]
    public void A_markdown_pipe_table_is_one_line_per_row_under_its_column_names()
    {
        var document = DocumentLoader.FromMarkdown("""
            ## Jadwal 2030
            Klinik digelar di dua kota:

            | Wilayah | Kota | Tanggal |
            |---|:---:|---|
            | Barat | Muara | 14 Mei 2030 |
            | Timur | Lembah | 9 Juli 2030 |
            """, "jadwal.md");

        var body = document.Passages.Single().Body;
        Assert.Contains("- Wilayah: Barat; Kota: Muara; Tanggal: 14 Mei 2030", body);
        Assert.Contains("- Wilayah: Timur; Kota: Lembah; Tanggal: 9 Juli 2030", body);
        Assert.DoesNotContain("|", body);
    }

    [Fact]
    public void A_docx_is_read_with_its_tracked_changes_accepted_and_its_line_breaks_as_separators()
    {
        var path = Path.Combine(_folder, "juklak.docx");
        WriteTemplateDocx(path);

        var document = DocumentLoader.Load(path, "juklak.docx")!;
        var time = document.Passages.Single(p => p.Heading == "Waktu dan Tempat").Body;

        Assert.Contains("Gelombang I untuk Kota Muara; Tanggal : 22-24 Juni 2031; Tempat : Aula Tirtamaya", time);
        Assert.DoesNotContain("15-17 Juni", time); // the deleted date
        Assert.Contains("mengirim 4 orang", document.Passages.Single(p => p.Heading == "Peserta").Body);
    }

    [Fact]
    public void A_template_heading_style_bold_only_through_the_style_heads_sections_and_content_controls_are_read()
    {
        var path = Path.Combine(_folder, "juklak.docx");
        WriteTemplateDocx(path);

        var document = DocumentLoader.Load(path, "juklak.docx")!;

        Assert.Equal(["Waktu dan Tempat", "Peserta", "Narahubung"], document.Passages.Select(p => p.Heading).Where(h => h != document.Title));
        Assert.Contains("Ibu Sari", document.Passages.Single(p => p.Heading == "Narahubung").Body);
    }

    [Fact]
    public void A_two_column_pdf_page_is_read_column_by_column()
    {
        var path = Path.Combine(_folder, "leaflet.pdf");
        WriteLeaflet(path);

        var document = DocumentLoader.Load(path, "leaflet.pdf")!;

        Assert.Equal(["Saluran aduan", "Waktu tanggapan", "Capaian"], document.Passages.Select(p => p.Heading).Where(h => h != document.Title));
        var channels = document.Passages.Single(p => p.Heading == "Saluran aduan").Body;
        Assert.Contains("Warga Tirtamaya dapat mengadu lewat aplikasi Aduan Kita atau datang ke gerai pelayanan di Balai Kota.", channels);
        Assert.DoesNotContain("tanggapan", channels); // nothing of the right column
        Assert.Contains("Tahun: 2030; Aduan: 5.120", document.Passages.Single(p => p.Heading == "Capaian").Body);
    }

    [Fact]
    public void A_two_column_table_of_long_cells_stays_a_table()
    {
        var path = Path.Combine(_folder, "indikator.pdf");
        var pdf = new PdfDocumentBuilder();
        var regular = pdf.AddStandard14Font(Standard14Font.Helvetica);
        var bold = pdf.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = pdf.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText("Indikator Kota Cerdas Tirtamaya", 16, new PdfPoint(50, 780), bold);
        page.AddText("Indikator", 9.5, new PdfPoint(50, 750), bold);
        page.AddText("Cara menghitung", 9.5, new PdfPoint(310, 750), bold);
        string[][] rows =
        [
            ["Persentase izin usaha yang terbit daring", "Dihitung dari aplikasi perizinan tiap bulan"],
            ["Jumlah kelurahan dengan titik Wi-Fi publik", "Dilaporkan Diskominfo setiap akhir triwulan"],
            ["Pasien rumah sakit yang mendaftar daring", "Diambil dari sistem antrean rumah sakit"],
            ["Nilai indeks pemerintahan berbasis elektronik", "Ditetapkan kementerian setelah evaluasi"],
        ];
        var y = 735.0;
        foreach (var row in rows)
        {
            page.AddText(row[0], 9.5, new PdfPoint(50, y), regular);
            page.AddText(row[1], 9.5, new PdfPoint(310, y), regular);
            y -= 15;
        }
        File.WriteAllBytes(path, pdf.Build());

        var body = string.Join("\n", DocumentLoader.Load(path, "indikator.pdf")!.Passages.Select(p => p.Body));

        Assert.Contains("Indikator: Jumlah kelurahan dengan titik Wi-Fi publik; Cara menghitung: Dilaporkan Diskominfo setiap akhir triwulan", body);
    }

    [Theory]
    [InlineData(new[] { "datang ke ge-", "rai pelayanan" }, "datang ke gerai pelayanan")]
    [InlineData(new[] { "anggaran masing-", "masing daerah" }, "anggaran masing-masing daerah")]
    [InlineData(new[] { "rapat se-", "Papua Barat" }, "rapat se-Papua Barat")]
    [InlineData(new[] { "jadwal 2030 -", "lihat tabel" }, "jadwal 2030 - lihat tabel")]
    public void Words_hyphenated_across_a_line_end_are_joined(string[] lines, string expected) =>
        Assert.Equal(expected, PdfLayout.Unwrapped(lines));

    private static void WriteTemplateDocx(string path)
    {
        using var word = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        // The office's own heading style: bold and large through its run properties, no "heading" in its name.
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
            new Style(new StyleName { Val = "Judul Bagian" }, new StyleRunProperties(new Bold(), new FontSize { Val = "26" }))
                { Type = StyleValues.Paragraph, StyleId = "JudulBagian", CustomStyle = true });
        main.Document = new Document(new Body(
            Styled("Petunjuk Pelaksanaan Bimtek Tirtamaya", "Title"),
            Styled("Waktu dan Tempat", "JudulBagian"),
            new Paragraph(new Run(new RunProperties(new Bold()), new Text("Gelombang I")), new Run(new TabChar()), new Run(new Text("untuk Kota Muara")),
                new Run(new Break()), new Run(new Text("Tanggal")), new Run(new TabChar()), new Run(new Text(": ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                new DeletedRun(new Run(new DeletedText("15-17 Juni 2031"))) { Id = "1", Author = "Sekretariat" },
                new InsertedRun(new Run(new Text("22-24 Juni 2031"))) { Id = "2", Author = "Sekretariat" },
                new Run(new Break()), new Run(new Text("Tempat")), new Run(new TabChar()), new Run(new Text(": Aula Tirtamaya"))),
            Styled("Peserta", "JudulBagian"),
            new Paragraph(new Run(new Text("Setiap daerah mengirim ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                new DeletedRun(new Run(new DeletedText("3 orang"))) { Id = "3", Author = "Sekretariat" },
                new InsertedRun(new Run(new Text("4 orang"))) { Id = "4", Author = "Sekretariat" },
                new Run(new Text(" peserta.") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })),
            new SdtBlock(new SdtProperties(new Tag { Val = "narahubung" }), new SdtContentBlock(
                Styled("Narahubung", "JudulBagian"),
                new Paragraph(new Run(new Text("Ibu Sari, Diskominfo Tirtamaya.")))))));
        main.Document.Save();
    }

    private static Paragraph Styled(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    /// <summary>Two columns of prose side by side, a table across the page under them, a running footer on two pages.</summary>
    private static void WriteLeaflet(string path)
    {
        var pdf = new PdfDocumentBuilder();
        var regular = pdf.AddStandard14Font(Standard14Font.Helvetica);
        var bold = pdf.AddStandard14Font(Standard14Font.HelveticaBold);
        string[] left = ["#Saluran aduan", "Warga Tirtamaya dapat mengadu lewat", "aplikasi Aduan Kita atau datang ke ge-", "rai pelayanan di Balai Kota. Setiap",
            "aduan dicatat dengan nomor tiket."];
        string[] right = ["#Waktu tanggapan", "Setiap aduan mendapat tanggapan per-", "tama paling lama dua hari kerja sejak", "aduan diterima oleh petugas kota di",
            "kantor kelurahan masing-masing."];
        for (var n = 1; n <= 2; n++)
        {
            var page = pdf.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText("Leaflet Aduan Kita - Kota Tirtamaya", 8, new PdfPoint(50, 30), regular);
            if (n == 2) { page.AddText("Catatan", 11, new PdfPoint(50, 780), bold); continue; }
            foreach (var (column, x) in new[] { (left, 50.0), (right, 310.0) })
            {
                var y = 780.0;
                foreach (var line in column)
                {
                    if (line.StartsWith('#')) page.AddText(line[1..], 11, new PdfPoint(x, y), bold);
                    else page.AddText(line, 9.5, new PdfPoint(x, y), regular);
                    y -= line.StartsWith('#') ? 16 : 13;
                }
            }
            page.AddText("Capaian", 11, new PdfPoint(50, 680), bold);
            foreach (var (cells, y, font) in new[] { (new[] { "Tahun", "Aduan", "Selesai" }, 664.0, bold), (["2030", "5.120", "4.980"], 649.0, regular) })
                for (var c = 0; c < cells.Length; c++) page.AddText(cells[c], 9.5, new PdfPoint(50 + 180 * c, y), font);
        }
        File.WriteAllBytes(path, pdf.Build());
    }
}
