using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the seventeenth probe's documents are read (Knowledge/unseen-documents-17) and what recurs beyond them: a web
/// announcement's list of attachments (links to files) is content, not a menu; its date, given only above the
/// signature, dates the source.
/// </summary>
public sealed class NewDocumentLayoutsSeventeenTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-17", file), file)!;

    [Fact]
    public void An_announcement_keeps_its_attachments_and_is_dated_by_its_dateline()
    {
        var page = Load("pengumuman-penerima-smart-city-award-2026.html");
        Assert.Contains(page.Passages, p => p.Heading == "Lampiran" && p.Body.Contains("Rekapitulasi Nilai per Pilar"));
        Assert.Contains(page.Sources, s => s.Contains("18 November 2026", StringComparison.Ordinal));
        // The contact block is a section of its own, not lost as the page's footer.
        Assert.Contains(page.Passages, p => p.Heading == "Narahubung" && p.Body.Contains("0811-1960-2026"));
        // The site's menu and sidebar are still furniture.
        Assert.DoesNotContain(page.Passages, p => p.Body.Contains("Layanan Publik") || p.Body.Contains("Seleksi Administrasi CPNS"));
    }

    [Fact]
    public void A_list_of_page_links_is_still_a_menu()
    {
        const string html = """
            <html><head><title>Pengumuman</title></head><body><article><h1>Pengumuman Rapat</h1>
            <p>Rapat koordinasi smart city diadakan di aula dinas pada pekan depan untuk seluruh perangkat daerah.</p>
            <ul><li><a href="/berita">Berita</a></li><li><a href="/profil">Profil</a></li><li><a href="/kontak">Kontak</a></li></ul>
            <ul><li><a href="/unduh/undangan.pdf">Undangan rapat</a></li><li><a href="/unduh/materi.pptx">Materi paparan</a></li><li><a href="/unduh/daftar.xlsx">Daftar hadir</a></li></ul>
            </article></body></html>
            """;
        var text = string.Join("\n", DocumentLoader.FromHtml(html, "rapat.html").Passages.Select(p => p.Body));
        Assert.Contains("Materi paparan", text);
        Assert.DoesNotContain("Profil", text);
    }

    [Theory]
    [InlineData("<p>Jakarta, 18 November 2026<br>Direktur Jenderal</p>", "18 November 2026")]
    [InlineData("<p>PADANG, 3 Maret 2025 - Pemerintah kota meluncurkan layanan baru.</p>", "3 Maret 2025")]
    [InlineData("<p>Rapat diadakan 18 November 2026 di Jakarta.</p>", null)]
    [InlineData("<p>Jakarta, 31 Februari 2026</p>", null)]
    public void A_dateline_opening_a_paragraph_dates_the_page(string paragraph, string? date)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body><article><h1>Judul</h1>{paragraph}</article></body></html>");
        Assert.Equal(date, HtmlStructure.DatelineDate(document));
    }
}
