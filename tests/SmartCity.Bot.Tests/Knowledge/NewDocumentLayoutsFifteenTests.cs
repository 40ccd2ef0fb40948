using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the fifteenth probe's documents are read (Knowledge/unseen-documents-15) and what recurs beyond them: a
/// designer's letter-spaced titles and side tab, Word's text boxes and tables inside cells, what a web page hides, and
/// a staff report of the year asked competing with the programme's shorter section about another year.
/// </summary>
public sealed class NewDocumentLayoutsFifteenTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-15", file), file)!;

    [Fact]
    public void A_booklets_letter_spaced_titles_head_its_sections_and_its_side_tab_and_pull_quote_do_not()
    {
        var booklet = Load("pedoman-masterplan-smart-city-wonogiri-2036-2040.pdf");
        var rules = booklet.Passages.Single(p => p.Headings[^1] == "KETENTUAN PROGRAM");
        Assert.Contains("paling banyak 8 (delapan) program", rules.Body);
        Assert.Contains(booklet.Passages, p => p.Headings[^1] == "TIM PENYUSUN" && p.Body.Contains("diketuai oleh Kepala Bappeda Kabupaten Wonogiri dengan sekretaris Kepala Dinas"));
        // The rotated side tab leaves no stray letters, and the quote heads nothing.
        Assert.DoesNotContain(booklet.Passages, p => p.Body.Contains("PEDOMAN MASTERPLAN SMART CITY WONOGIRI 2036-2040") || p.Body.Contains(" R\n") || p.Body.EndsWith(" R", StringComparison.Ordinal));
        Assert.DoesNotContain(booklet.Passages, p => p.Headings.Any(h => h.StartsWith('"')));
    }

    [Fact]
    public void Word_text_boxes_are_read_once_as_paragraphs_and_a_table_in_a_cell_row_by_row()
    {
        var report = Load("laporan-capaian-quick-win-kaltim-2035.docx");
        Assert.Equal("LAPORAN CAPAIAN QUICK WIN SMART CITY PROVINSI KALIMANTAN TIMUR TAHUN 2035", report.Title);
        var all = string.Join("\n", report.Passages.Select(p => p.Body));
        // The VML fallback copy of each box is not read a second time.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(all, "31 selesai 100%"));
        Assert.Contains("SIHARPA (harga pasar) (Pilar: Smart economy, Status: Berjalan 70%)", all);
        Assert.DoesNotContain("Quick winPilarStatus", all);
    }

    [Fact]
    public void What_a_page_hides_is_no_text_and_a_spanned_header_names_each_column()
    {
        var page = Load("penghargaan-kelurahan-cerdas-semarang-2035.html");
        var all = string.Join("\n", page.Passages.Select(p => p.Body));
        Assert.DoesNotContain("Rp40.000.000", all);
        Assert.DoesNotContain("desktop copy", all);
        Assert.Contains("inovasi 40%, dampak bagi warga 30%,", all);
        Assert.Contains("Kategori (Pilar): Smart Environment; Pemenang Juara I: Kelurahan Tugurejo", all);
    }

    [Fact]
    public void A_block_hidden_under_a_clickable_title_is_still_content()
    {
        const string html = """
            <html><body><main><h1>Tanya jawab layanan</h1>
            <h3>Berapa lama izin terbit?</h3><div style="display:none"><p>Izin terbit paling lama tiga hari kerja.</p></div>
            <p>Catatan lama<!-- disembunyikan --></p><div style="display: none"><p>Tarif lama Rp10.000.</p></div>
            </main></body></html>
            """;
        var all = string.Join("\n", DocumentLoader.FromHtml(html, "tanya.html").Passages.Select(p => p.Body));
        Assert.Contains("tiga hari kerja", all);
        Assert.DoesNotContain("Tarif lama", all);
        Assert.DoesNotContain("disembunyikan", all);
    }

    [Fact]
    public void A_synonym_written_only_in_stop_words_is_indexed_as_its_lines_word()
    {
        var phrases = KnowledgeAnalyzers.StopPhrases(["# komentar", "maksimal, paling banyak, maksimum", "hubungi => kontak, narahubung", "jumlah, sebanyak"],
            new HashSet<string>(["paling", "banyak", "sebanyak"]));
        Assert.Equal("maksimal", phrases["paling banyak"]);
        Assert.Single(phrases); // one stop word alone ("sebanyak") stays a stop word
        // Through the lexicon in use, a regulation's "paling banyak" is where "maksimal" is found; a question's "paling
        // banyak" asks for the most and is not read as a limit.
        const string rule = "setiap pilar memuat paling banyak delapan program";
        Assert.Contains("maksimal", KnowledgeAnalyzers.Terms(Lexicon.Current.PassageAnalyzer, rule).Select(t => t.Term));
        Assert.DoesNotContain("maksimal", KnowledgeAnalyzers.Terms(Lexicon.Current.Analyzer, rule).Select(t => t.Term));
    }

    [Theory]
    [InlineData("Juara I menerima Rp50.000.000.")]
    [InlineData("Hadiah Rp7.500.000 untuk juara.")]
    public void An_amount_of_money_is_a_figure(string text) => Assert.True(AnswerTypes.In(text).HasFlag(AnswerType.Count));

    [Fact]
    public void A_section_naming_the_year_asked_overtakes_a_shorter_one_headed_by_another_year()
    {
        var older = MadeUpPassages.Passage(1, "Sigap Banjir Kota Lembah 2022",
            "Sigap Banjir Kota Lembah adalah layanan Kota Lembah. Sigap Banjir Kota Lembah memakai sensor. Sigap Banjir dipantau Kota Lembah.");
        var report = new Passage("laporan.docx#2", "laporan.docx", "Laporan capaian layanan kota tahun 2035", "laporan", ["Catatan daerah"],
            "Di Kota Lembah, pemasangan sensor Sigap Banjir dilanjutkan ke kelurahan lain dan kini mencapai 70% dari rencana, " +
            "sedangkan layanan pasar, perizinan, kesehatan dan pendidikan sudah selesai dan dipakai warga di semua kecamatan. " +
            "Pemeliharaan jaringan sensor dianggarkan dari kas daerah setiap tahun bersama dinas pekerjaan umum dan dinas lingkungan hidup.", ["laporan"]);
        var index = MadeUpPassages.BuildWithFillers(older, report);
        Assert.Equal(report.Id, index.Search(index.Analyze("sigap banjir kota lembah 2035 sudah berapa persen")).First().Passage.Id);
        // Without the year the programme's own section keeps its place.
        Assert.Equal(older.Id, index.Search(index.Analyze("sigap banjir kota lembah pakai apa")).First().Passage.Id);
    }
}
