using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the nineteenth probe's documents are read (Knowledge/unseen-documents-19): a news page with no headings whose
/// paragraphs open with bold lead-ins is a section per lead-in, its site furniture left out; a dateline or a single
/// bold phrase is no lead-in; the report's bold numbered paragraphs are its headings.
/// </summary>
public sealed class NewDocumentLayoutsNineteenTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-19", file), file)!;

    [Fact]
    public void A_news_page_without_headings_is_split_at_its_bold_lead_ins()
    {
        var page = Load("berita-ternate-command-center-2026.html");
        var visits = page.Passages.Single(p => p.Heading == "Terbuka untuk kunjungan");
        Assert.StartsWith("Pelajar, mahasiswa dan masyarakat", visits.Body);
        Assert.Contains(page.Passages, p => p.Heading == "Data kebencanaan" && p.Body.Contains("12 kelurahan"));
        // The dateline's paragraph opens the article's first section, which the next lead-in closes.
        var opening = page.Passages.Single(p => p.Body.Contains("TERNATE –"));
        Assert.DoesNotContain("Rp8,7 miliar", opening.Body);
        // Sidebar, related posts and footer stay out.
        Assert.DoesNotContain(page.Passages, p => p.Body.Contains("Safri Hamisi") || p.Body.Contains("Legu Gam") || p.Body.Contains("Musrenbang"));
    }

    [Fact]
    public void One_bold_phrase_or_a_page_with_headings_keeps_its_paragraphs_together()
    {
        const string single = "<html><body><article><h1>Berita</h1><p><strong>Penting.</strong> Layanan kota dibuka kembali mulai pekan depan untuk warga.</p>" +
                              "<p>Warga diminta membawa kartu identitas saat datang ke kantor layanan.</p></article></body></html>";
        Assert.DoesNotContain(DocumentLoader.FromHtml(single, "a.html").Passages, p => p.Heading == "Penting");

        const string headed = "<html><body><article><h1>Berita</h1><h2>Layanan</h2><p><strong>Jam buka.</strong> Kantor layanan buka setiap hari kerja pukul delapan.</p>" +
                              "<p><strong>Syarat.</strong> Warga membawa kartu identitas dan surat pengantar dari kelurahan.</p></article></body></html>";
        var passages = DocumentLoader.FromHtml(headed, "b.html").Passages;
        Assert.Equal(["Layanan"], passages.Select(p => p.Heading).Distinct());
    }

    [Fact]
    public void A_report_typed_with_bold_numbered_paragraphs_has_those_headings()
    {
        var report = Load("laporan-smart-city-goes-to-campus-2026.docx");
        var stage = report.Passages.Single(p => p.Heading.Contains("Tahap 1"));
        Assert.Contains("48 perguruan tinggi", stage.Body);
        Assert.Contains(report.Passages, p => p.Heading.Contains("Jadwal Pelaksanaan") && p.Body.Contains("17-18 Juni 2026"));
    }
}
