using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the eleventh probe's documents are read (Knowledge/unseen-documents-11): a report whose outline is typed into
/// plain paragraphs, a guideline exported from Word to PDF, and a page whose sections are tab panels.
/// </summary>
public sealed class NewDocumentLayoutsElevenTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-11", file), file)!;

    [Fact]
    public void Lettered_lines_under_a_numbered_section_head_sections_that_name_their_regency_in_the_path()
    {
        var report = Load("laporan-monev-quick-win-bali-2031.docx");
        // The centred opening lines, plain type, are the title block: the title names the province and the year.
        Assert.Equal("LAPORAN MONITORING DAN EVALUASI QUICK WIN SMART CITY KABUPATEN/KOTA SE-PROVINSI BALI TAHUN 2031", report.Title);
        var obstacles = report.Passages.Single(p => p.Heading == "C. Kendala" && p.Headings.Contains("3.3 Kabupaten Gianyar"));
        Assert.Equal(["3. HASIL MONITORING", "3.3 Kabupaten Gianyar", "C. Kendala"], obstacles.Headings);
        Assert.Contains("operator data", obstacles.Body);
        Assert.DoesNotContain("Nilai akhir", obstacles.Body);
    }

    [Fact]
    public void A_word_export_is_titled_by_its_title_lines_and_its_table_keeps_its_columns_over_the_page_break()
    {
        var guide = Load("juknis-lomba-inovasi-smart-city-sulut-2031.pdf");
        Assert.Equal("PETUNJUK TEKNIS LOMBA INOVASI SMART CITY PROVINSI SULAWESI UTARA TAHUN 2031", guide.Title);
        var criteria = guide.Passages.Single(p => p.Heading == "Kriteria Penilaian").Body;
        // The "No" column only counted the rows, and is dropped (NewDocumentLayoutsSixteenTests).
        Assert.Contains("- Kriteria: Kebaruan; Uraian: Gagasan", criteria);
        Assert.Contains("- Kriteria: Kemudahan replikasi; Uraian: Dapat diterapkan", criteria);
        // The sections after the table are sections, not the wrapped text of its last row.
        Assert.DoesNotContain("Penghargaan", criteria);
        Assert.Contains("Rp50.000.000", guide.Passages.Single(p => p.Heading == "Penghargaan").Body);
    }

    [Fact]
    public void Hidden_tab_panels_are_sections_named_by_their_tabs_and_an_faq_list_is_one_section_per_question()
    {
        var page = Load("sekolah-masterplan-smart-city-lampung-2031.html");
        Assert.Equal("Sekolah Masterplan Smart City Provinsi Lampung Angkatan II", page.Title);
        Assert.Contains("27 Januari 2031", page.Passages.Single(p => p.Heading == "Jadwal").Body);
        Assert.Contains("Kuota: 6 orang", page.Passages.Single(p => p.Heading == "Kuota Daerah").Body);
        var question = page.Passages.Single(p => p.Heading == "Apakah peserta dipungut biaya?");
        Assert.Equal(["Tanya Jawab", "Apakah peserta dipungut biaya?"], question.Headings);
        Assert.DoesNotContain("YouTube", question.Body);
        // The tab buttons are labels, no text of the page; last year's news in the aside is no content.
        Assert.DoesNotContain(page.Passages, p => p.Body.Contains("Tentang Program Jadwal") || p.Body.Contains("15 Februari 2030"));
    }

    [Fact]
    public void A_bootstrap_tab_pane_is_headed_by_the_link_that_opens_it()
    {
        const string html = """
            <html><head><title>Layanan</title></head><body><main><h1>Layanan Aduan Kota Contoh</h1>
            <ul class="nav nav-tabs"><li><a data-bs-toggle="tab" href="#alur">Alur Aduan</a></li><li><a data-bs-toggle="tab" href="#biaya">Biaya</a></li></ul>
            <div class="tab-content"><div class="tab-pane active" id="alur"><p>Aduan ditanggapi paling lambat tiga hari kerja oleh perangkat daerah.</p></div>
            <div class="tab-pane" id="biaya" aria-hidden="true"><p>Layanan aduan tidak dipungut biaya apa pun.</p></div></div></main></body></html>
            """;
        var page = DocumentLoader.FromHtml(html, "layanan.html");
        Assert.Contains("tiga hari kerja", page.Passages.Single(p => p.Heading == "Alur Aduan").Body);
        Assert.Contains("tidak dipungut biaya", page.Passages.Single(p => p.Heading == "Biaya").Body);
    }

    [Fact]
    public void A_number_at_a_tab_stop_before_its_heading_or_item_is_no_table_row()
    {
        // Word exports "1.⇥Ketentuan Umum" and a hanging "a.⇥…" with the text a wide tab stop away from its number.
        PdfLine Line(double y, string text, params double[] cells) => new(1, y, text, 10.5, false) { Cells = cells };
        var lines = new[]
        {
            Line(700, "1.\tKetentuan Umum", 72, 108),
            Line(684, "Lomba diselenggarakan oleh dinas untuk menjaring inovasi daerah yang mendukung pilar smart city.", 92),
            Line(660, "2.\tKategori", 72, 108),
            Line(644, "Lomba terdiri atas dua kategori sebagai berikut:", 92),
            Line(630, "a.\tPelayanan Publik Digital;", 92, 118),
            Line(616, "b.\tLingkungan dan Kebencanaan.", 92, 118),
        };
        string? title = null;
        var markdown = PdfLayout.ToMarkdown(lines, ref title, "juknis");
        Assert.Contains("## Ketentuan Umum", markdown);
        Assert.Contains("## Kategori", markdown);
        Assert.Contains("Lingkungan dan Kebencanaan", markdown);
        Assert.DoesNotContain(";", markdown.Replace("Digital;", ""));
    }

    [Theory]
    [InlineData("Microsoft Word - JUKNIS LOMBA final rev2.docx", true)]
    [InlineData("laporan_akhir_v3.pptx", true)]
    [InlineData("Panduan Klinik Masterplan 2030", false)]
    [InlineData("Rencana Aksi - Kota Contoh", false)]
    public void An_exporters_file_name_is_no_title(string title, bool fileName) =>
        Assert.Equal(fileName, DocumentLoader.IsFileNameTitle(title));
}
