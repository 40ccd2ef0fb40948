using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the twelfth probe's documents are read (Knowledge/unseen-documents-12): a circular letter printed to PDF under
/// a letterhead, and a news article saved from a portal whose furniture (ticker, "Baca Juga" links, advert) is no text.
/// </summary>
public sealed class NewDocumentLayoutsTwelveTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-12", file), file)!;

    [Fact]
    public void A_letter_is_titled_by_its_subject_and_its_office_and_the_letterhead_heads_no_section()
    {
        var letter = Load("surat-edaran-verifikasi-smart-city-sumbar-2032.pdf");
        // The metadata title is an office note; the subject block and the letterhead name the letter and its province.
        Assert.StartsWith("SURAT EDARAN NOMOR 6 TAHUN 2032 TENTANG PERSIAPAN VERIFIKASI LAPANGAN", letter.Title);
        Assert.Contains("PEMERINTAH PROVINSI SUMATERA BARAT", letter.Title);
        Assert.DoesNotContain(letter.Passages, p => p.Headings.Any(h => h.StartsWith("DINAS KOMUNIKASI", StringComparison.Ordinal)));
        Assert.Contains("Kabupaten Agam; Angkatan: 2023; Hari/Tanggal: Kamis, 11 Maret 2032", letter.Passages.Single(p => p.Heading.StartsWith("JADWAL VERIFIKASI", StringComparison.Ordinal)).Body);
    }

    [Fact]
    public void A_saved_news_article_keeps_its_text_without_the_portal_furniture()
    {
        var page = Load("berita-command-center-balikpapan-2032.html");
        Assert.Equal("Balikpapan Resmikan Beruang Madu Command Center, Warga Bisa Melapor 24 Jam", page.Title);
        var text = string.Join("\n", page.Passages.Select(p => p.Body));
        Assert.Contains("340 kamera CCTV", text);
        // The ticker outside <main>, the "Baca Juga" links between paragraphs and the advert slot are the portal's.
        Assert.DoesNotContain("TERPOPULER", text);
        Assert.DoesNotContain("150 CCTV", text);
        Assert.DoesNotContain("Wifi Publik", text);
        Assert.DoesNotContain("ADVERTISEMENT", text);
    }

    [Fact]
    public void A_link_line_that_is_a_sentence_or_a_contact_stays()
    {
        const string html = """
            <html><head><title>Info</title></head><body><main><h1>Pendaftaran Lomba Kota Contoh</h1>
            <p>Pendaftaran dibuka sampai 30 Juni dan dilakukan melalui laman resmi dinas.</p>
            <p>Baca Juga: <a href="/berita/lain">Kota Tetangga Juara Lomba Aplikasi Tahun Lalu</a></p>
            <p><strong>BACA JUGA</strong> <a href="/berita/lain-lagi">Kota Seberang Buka Pendaftaran Hackathon Pelajar</a></p>
            <p>Daftar di <a href="/daftar">laman pendaftaran resmi lomba kota</a></p>
            <p>Pertanyaan: <a href="mailto:lomba@contoh.go.id">lomba@contoh.go.id panitia lomba kota contoh</a></p>
            <p>Formulir diisi di <a href="/daftar">laman pendaftaran lomba kota contoh</a> paling lambat pukul 16.00 setiap hari kerja.</p>
            </main></body></html>
            """;
        var text = string.Join("\n", DocumentLoader.FromHtml(html, "info.html").Passages.Select(p => p.Body));
        Assert.DoesNotContain("Kota Tetangga", text);
        Assert.DoesNotContain("Kota Seberang", text);
        Assert.Contains("laman pendaftaran resmi", text);
        Assert.Contains("lomba@contoh.go.id", text);
        Assert.Contains("paling lambat pukul 16.00", text);
    }
}
