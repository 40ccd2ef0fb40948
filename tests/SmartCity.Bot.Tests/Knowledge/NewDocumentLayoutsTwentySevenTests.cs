using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the twenty-seventh probe's documents are read (Knowledge/unseen-documents-27): a regulation typed in Word is
/// split by its chapters and articles whatever style sets them, its ayat keep Word's "(n)" numbers and its elucidation's
/// "Cukup jelas." is no text; a word spaced letter by letter is read as the word; a PDF page turned by /Rotate 90 with
/// a two-level table header names every score column by its group; blocks drawn out of reading order are read top to
/// bottom; an HTML &lt;hgroup&gt; heads the release, a quotation keeps its speaker and the title's label is no site name.
/// </summary>
public sealed class NewDocumentLayoutsTwentySevenTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-27", file), file)!;

    private const string Rubric = "rubrik-anugerah-smart-city-ntb-2026.pdf", Draft = "rancangan-perbup-smart-city-lombok-timur-2026.docx",
        Release = "siaran-pers-command-center-mataram-2026.html";

    [Fact]
    public void A_regulation_typed_in_word_is_split_by_its_chapters_and_articles()
    {
        var document = Load(Draft);
        var article = Assert.Single(document.Passages, p => p.Headings.SequenceEqual(["BAB IV Masterplan dan Quick Win", "Pasal 6"]));
        Assert.Contains("(3) Quick win ditetapkan setiap tahun dengan Keputusan Bupati, paling banyak tujuh program.", article.Body);
        Assert.DoesNotContain("Pasal 7", article.Body);
        var council = Assert.Single(document.Passages, p => p.Heading == "Pasal 2" && p.Headings[0].StartsWith("BAB II", StringComparison.Ordinal));
        Assert.Contains("b. unsur perguruan tinggi", council.Body);
    }

    [Fact]
    public void The_elucidation_names_its_articles_and_cukup_jelas_is_no_text()
    {
        var document = Load(Draft);
        Assert.Contains(document.Passages, p => p.Headings.TakeLast(2).SequenceEqual(["Pasal 2", "Ayat (3)"]) && p.Body.Contains("Universitas Hamzanwadi"));
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("Cukup jelas", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("R A N C A N G A N PERATURAN BUPATI", "RANCANGAN PERATURAN BUPATI")]
    [InlineData("Kota A dan B", "Kota A dan B")]
    [InlineData("pilar A, B, C", "pilar A, B, C")]
    [InlineData("tahap A B C", "tahap A B C")]
    public void A_word_spaced_letter_by_letter_is_read_as_the_word(string typed, string read) =>
        Assert.Equal(read, DocxContent.WithoutTypedSpacing(typed));

    [Fact]
    public void A_turned_table_page_names_each_score_column_by_its_group()
    {
        var body = string.Join("\n", Load(Rubric).Passages.Select(p => p.Body));
        Assert.Contains("Indikator: Realisasi quick win; Bobot (%): 25; Deskripsi Skor 1 (Rintisan): Kurang dari 25 persen", body);
        Assert.Contains("Deskripsi Skor 4 (Unggul): Rapat setiap triwulan", body);
    }

    [Fact]
    public void Blocks_drawn_out_of_reading_order_are_read_top_to_bottom()
    {
        var document = Load(Rubric);
        var stages = Assert.Single(document.Passages, p => p.Heading == "B. Tahapan Penilaian");
        Assert.StartsWith("Penilaian berjalan dalam tiga tahap.", stages.Body);
        Assert.Contains("17 Desember 2026", stages.Body);
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("hlm. "));
    }

    [Fact]
    public void A_press_release_is_headed_by_its_hgroup_and_its_quotation_keeps_its_speaker()
    {
        var document = Load(Release);
        Assert.Equal("Mataram Resmikan Command Center dan Aplikasi SALAM", document.Title);
        Assert.Contains(document.Sources, s => s.Contains("Diskominfo Kota Mataram") && !s.Contains("Siaran Pers:"));
        var opening = string.Join("\n", document.Passages.Select(p => p.Body));
        Assert.Contains("paling lama dua hari kerja.” — Baiq Nurul Aini, Kepala Dinas Komunikasi dan Informatika Kota Mataram", opening);
        Assert.DoesNotContain("SIARAN PERS Mataram Resmikan", opening);
    }
}
