using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the eighth probe's documents are read (Knowledge/unseen-documents-8): a DOCX outline typed into its headings,
/// slides whose titles are large but not bold, and a news listing of a regency's website with its furniture.
/// </summary>
public sealed class NewDocumentLayoutsEightTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-8", file), file)!;

    [Fact]
    public void A_typed_outline_number_places_a_bold_docx_heading_under_the_heading_above_it()
    {
        var economy = Load("laporan-monev-smart-city-jatim-2027.docx").Passages.Single(p => p.Heading == "2.2.2 Smart Economy");
        Assert.Equal(["2. HASIL PEMANTAUAN", "2.2 Capaian per Pilar", "2.2.2 Smart Economy"], economy.Headings);
    }

    [Fact]
    public void Bold_question_lines_under_a_styled_heading_stay_siblings_now_that_headings_keep_their_depth()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-2", "rekrutmen-petugas-data-2026.docx");
        var quota = DocumentLoader.Load(path, "rekrutmen-petugas-data-2026.docx")!.Passages.Single(p => p.Heading == "Berapa kuota setiap daerah?");
        Assert.Equal(["Tanya jawab", "Berapa kuota setiap daerah?"], quota.Headings);
    }

    [Fact]
    public void A_slide_title_wrapped_over_two_lines_in_a_light_face_is_one_heading()
    {
        var document = Load("paparan-sosialisasi-evaluasi-smart-city-2028.pdf");
        var weights = document.Passages.Single(p => p.Heading == "Komponen dan Bobot Penilaian Evaluasi 2028");
        Assert.Contains("Komponen: Survei kepuasan warga; Bobot: 15%", weights.Body);
        // Columns of bullets side by side read as a table whose cells do not start with the bullet.
        var changes = document.Passages.Single(p => p.Heading == "Apa yang berubah?").Body;
        Assert.Contains("2027: Kunjungan lapangan ke 45 daerah; 2028: Kunjungan lapangan ke 30 daerah", changes);
    }

    [Fact]
    public void A_news_listing_keeps_each_post_and_its_date_without_the_site_furniture()
    {
        var document = Load("berita-smart-city-banyuwangi.html");
        Assert.Equal("Berita Smart City", document.Title);
        Assert.StartsWith("Berita Smart City, Dinas Komunikasi, Informatika dan Persandian Kabupaten Banyuwangi", document.Sources[0]);
        var post = document.Passages.Single(p => p.Heading == "Mal Pelayanan Publik Digital Kini Buka 24 Jam").Body;
        Assert.Contains("3 November 2027", post);
        Assert.DoesNotContain("Admin Kominfo", post);
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("Baca selengkapnya") || p.Body.Contains("Ahmad Yani")
            || p.Body.Contains("Beranda /") || p.Body.Contains("Selamat datang"));
    }
}
