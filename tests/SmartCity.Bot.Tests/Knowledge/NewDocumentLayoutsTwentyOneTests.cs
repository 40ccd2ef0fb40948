using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the twenty-first probe's documents are read (Knowledge/unseen-documents-21): the minutes' signature table says
/// who signed for which role; a news page's byline keeps its writer while its share buttons, sidebar and footer stay out.
/// </summary>
public sealed class NewDocumentLayoutsTwentyOneTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-21", file), file)!;

    [Fact]
    public void A_signature_table_reads_as_who_signed_for_each_role()
    {
        var minutes = Load("notulen-rapat-quick-win-lombok-timur-2026.docx");
        var body = string.Join("\n", minutes.Passages.Select(p => p.Body));
        Assert.Contains("Ditandatangani oleh Baiq Rina Anggraeni, S.Kom., Notulis (NIP 19880312 201101 2 004).", body);
        Assert.Contains("Selong, 14 April 2026: Ditandatangani oleh Drs. H. Lalu Ahmad Fathurrahman, M.Si., Pimpinan Rapat", body);
        // The header table stays label lines: no signature block there.
        Assert.Contains("- Tempat: Ruang Rapat Rinjani", body);
    }

    [Fact]
    public void A_news_page_keeps_its_writer_but_not_its_furniture()
    {
        var page = Load("berita-parkir-nontunai-kupang-2026.html");
        var body = string.Join("\n", page.Passages.Select(p => p.Body));
        Assert.Contains("Penulis: Yohanes Bria.", body);
        Assert.DoesNotContain("Maria Lende", body); // the editor stays furniture
        Assert.DoesNotContain("WhatsApp", body);
        Assert.DoesNotContain("Bus Sekolah", body);
        Assert.DoesNotContain("Kelapa Lima", body);
        Assert.DoesNotContain("Dilihat", body);
    }

    [Fact]
    public void A_byline_naming_no_writer_adds_nothing()
    {
        const string html = "<html><body><article><h1>Berita</h1><div class=\"post-meta\"><span class=\"date\">2 Mei 2026</span></div>" +
                            "<p>Layanan kota dibuka kembali mulai pekan depan untuk seluruh warga.</p></article></body></html>";
        var body = string.Join("\n", DocumentLoader.FromHtml(html, "a.html").Passages.Select(p => p.Body));
        Assert.DoesNotContain("Penulis", body);
    }
}
