using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the ninth probe's documents are read (Knowledge/unseen-documents-9): a circular letter typed in Word, a
/// province's annual report with a cover, contents and chapters, and a page laid out in tables with an accordion.
/// </summary>
public sealed class NewDocumentLayoutsNineTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-9", file), file)!;

    [Fact]
    public void A_letter_is_named_by_its_title_block_and_its_points_keep_their_lists()
    {
        var letter = Load("surat-edaran-bimtek-masterplan-banyumas-2029.docx");
        Assert.StartsWith("SURAT EDARAN NOMOR 400.14/215/2029 TENTANG BIMBINGAN TEKNIS", letter.Title);
        var front = letter.Passages[0];
        Assert.Equal(["PEMERINTAH KABUPATEN BANYUMAS DINAS KOMUNIKASI DAN INFORMATIKA"], front.Headings);
        Assert.Contains("- Hal: Bimbingan Teknis Reviu Masterplan Smart City", front.Body);
        var body = letter.Passages[1].Body;
        // A point that is a sentence is text; the items under a lead-in are a list, their typed markers gone.
        Assert.Contains("\nSetiap perangkat daerah dan kecamatan mengirimkan 2 (dua) orang peserta", body);
        Assert.Contains("Peserta diminta membawa:\n\n- laptop;", body);
        Assert.Contains("Surat edaran ini ditandatangani oleh Drs. HARYANTO WIBOWO, M.Si., KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN BANYUMAS", body);
    }

    [Fact]
    public void A_report_reads_without_its_contents_and_running_lines_and_its_chapters_head_their_sections()
    {
        var report = Load("laporan-tahunan-smart-city-riau-2028.pdf");
        Assert.DoesNotContain(report.Passages, p => p.Body.Contains("....") || p.Heading == "DAFTAR ISI" || p.Body.Contains("Diskominfotik Provinsi Riau; i"));
        var next = report.Passages.Single(p => p.Heading == "Tindak Lanjut");
        Assert.Equal(["BAB IV KENDALA DAN TINDAK LANJUT", "Tindak Lanjut"], next.Headings);
        // The table continued on the next page: every row once, its repeated header row no row.
        var table = report.Passages.Single(p => p.Heading == "Capaian Quick Win").Body;
        Assert.Contains("Kabupaten/Kota: Kabupaten Bengkalis; Quick Win: Perekaman KTP-el keliling pulau", table);
        Assert.DoesNotContain("No: No", table);
    }

    [Fact]
    public void A_page_laid_out_in_tables_reads_its_styled_titles_and_accordion_as_sections()
    {
        var page = Load("cirebon-smart-city-challenge-2029.html");
        Assert.Equal(["Pertanyaan yang Sering Diajukan", "Apakah ASN boleh ikut?"], page.Passages.Single(p => p.Heading == "Apakah ASN boleh ikut?").Headings);
        var about = page.Passages.Single(p => p.Heading == "Tentang Kompetisi").Body;
        Assert.Contains("- Peserta: Tim beranggotakan 3 sampai 5 orang", about);
        Assert.Contains("Juara 1: Rp25.000.000; Juara 2: Rp15.000.000", about);
        Assert.DoesNotContain(page.Passages, p => p.Body.Contains("Profil Dinas") || p.Body.Contains("Pengunjung hari ini"));
    }

    [Fact]
    public void Styled_lines_of_a_page_with_headings_of_its_own_stay_text()
    {
        const string html = """
            <html><head><title>Berita</title></head><body>
            <h2>Bimtek operator</h2><div class="keterangan">Humas, 3 Mei</div><p>Bimtek diikuti 120 operator desa dari 40 desa.</p>
            <h2>Klinik masterplan</h2><div class="keterangan">Humas, 9 Mei</div><p>Klinik dibuka setiap Kamis di kantor dinas.</p>
            </body></html>
            """;
        var passages = DocumentLoader.FromHtml(html, "berita.html").Passages;
        Assert.Equal(["Bimtek operator", "Klinik masterplan"], passages.Select(p => p.Heading));
    }

    [Fact]
    public void An_accordion_toggle_heads_its_answer_but_a_menu_toggle_does_not()
    {
        const string html = """
            <html><head><title>Tanya jawab</title></head><body>
            <a data-bs-toggle="collapse" href="#menu">Menu</a><div id="menu"><a href="/">Beranda</a> <a href="/a">Profil</a> <a href="/b">Kontak</a></div>
            <div class="item"><button data-bs-toggle="collapse" data-bs-target="#j1" aria-expanded="false">Kapan pendaftaran dibuka?</button>
            <div id="j1" class="collapse">Pendaftaran dibuka 1 Maret sampai 15 April melalui laman dinas.</div></div>
            </body></html>
            """;
        var passages = DocumentLoader.FromHtml(html, "faq.html").Passages;
        var answer = passages.Single(p => p.Heading == "Kapan pendaftaran dibuka?");
        Assert.Contains("1 Maret sampai 15 April", answer.Body);
        Assert.DoesNotContain(passages, p => p.Heading == "Menu");
    }
}
