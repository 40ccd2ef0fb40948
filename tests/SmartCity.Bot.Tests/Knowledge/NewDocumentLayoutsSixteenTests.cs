using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the sixteenth probe's documents are read (Knowledge/unseen-documents-16) and what recurs beyond them: a slide
/// deck whose metadata title is PowerPoint's placeholder, an action-item table numbered by a "No" column, and a saved
/// web page whose date is a machine timestamp and whose post-info line (date, category, view count) and author line
/// are furniture.
/// </summary>
public sealed class NewDocumentLayoutsSixteenTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-16", file), file)!;

    [Fact]
    public void A_deck_titled_by_its_program_is_named_by_its_cover_slide_and_its_footer_is_gone()
    {
        var deck = Load("paparan-quick-win-banyumas-2025.pdf");
        Assert.Equal("Capaian Quick Win Smart City Kabupaten Banyumas 2025", deck.Title);
        Assert.DoesNotContain(deck.Sources, s => s.Contains("PowerPoint", StringComparison.Ordinal));
        Assert.Contains(deck.Passages, p => p.Heading == "PSC 119-Satria" && p.Body.Contains("14 unit ambulans"));
        Assert.DoesNotContain(deck.Passages, p => p.Body.Contains("Dinas Komunikasi dan Informatika Kabupaten Banyumas"));
        // The indicator table's rows carry their column names.
        Assert.Contains(deck.Passages, p => p.Body.Contains("Indikator: Panggilan darurat PSC 119-Satria; Target 2025: 15.000; Realisasi 2025: 18.450"));
    }

    [Theory]
    [InlineData("PowerPoint Presentation", "Microsoft® PowerPoint® for Microsoft 365", true)]
    [InlineData("Presentasi PowerPoint", "Microsoft® PowerPoint® 2016", true)]
    [InlineData("Paparan Quick Win Banyumas 2025", "Microsoft® PowerPoint® for Microsoft 365", false)]
    [InlineData("Panduan Microsoft Teams untuk rapat daerah", "Microsoft® Word for Microsoft 365", false)]
    [InlineData("Pedoman Masterplan", null, false)]
    public void A_title_naming_the_program_that_made_the_pdf_is_a_placeholder(string title, string? producer, bool placeholder) =>
        Assert.Equal(placeholder, DocumentLoader.NamesItsProgram(title, producer));

    [Fact]
    public void Minutes_action_items_are_read_as_rows_with_their_headers_without_the_row_number()
    {
        var minutes = Load("notulen-rakor-forum-smart-city-diy-2025.docx");
        var actions = minutes.Passages.Single(p => p.Heading == "IV. Rencana Tindak Lanjut");
        Assert.Contains("- Tindak Lanjut: Menyiapkan bus antar-jemput peserta dari hotel ke Jogja Expo Center; Penanggung Jawab: Dinas Perhubungan DIY; Tenggat: Jumat, 22/08/2025", actions.Body);
        Assert.DoesNotContain("No:", actions.Body);
        // The header and footer parts (document name, page field) are not text of any section.
        Assert.DoesNotContain(minutes.Passages, p => p.Body.Contains("Dokumen internal") || p.Body.Contains("Halaman"));
    }

    [Fact]
    public void A_counting_first_column_is_dropped_but_a_column_of_other_numbers_stays()
    {
        List<List<string>> counted = [["No", "Kegiatan", "Tenggat"], ["1", "Rapat", "Mei"], ["2.", "Pameran", "Juni"]];
        Assert.Equal([["Kegiatan", "Tenggat"], ["Rapat", "Mei"], ["Pameran", "Juni"]], DocumentLoader.WithoutRowNumbers(counted));
        List<List<string>> amounts = [["Stan", "Daerah", "Biaya"], ["12", "Sleman", "Rp1"], ["7", "Bantul", "Rp2"]];
        Assert.Same(amounts, DocumentLoader.WithoutRowNumbers(amounts));
        List<List<string>> twoColumns = [["No", "Kegiatan"], ["1", "Rapat"], ["2", "Pameran"]];
        Assert.Same(twoColumns, DocumentLoader.WithoutRowNumbers(twoColumns));
    }

    [Fact]
    public void A_saved_pages_machine_date_is_cited_as_people_write_it_and_its_furniture_is_gone()
    {
        var page = Load("kota-yogyakarta-forum-smart-city-nasional-2025.html");
        Assert.Contains("27 Agustus 2025", page.Sources[0]);
        Assert.DoesNotContain("2025-08-27", page.Sources[0]);
        var text = string.Join("\n", page.Passages.Select(p => p.Body));
        foreach (var furniture in new[] { "Saya Setuju", "Kontras Tinggi", "Car free day", "Baca juga", "Berita Populer", "Jalan Kenari", "Berita Terkait", "kali dibaca", "Editor:" })
            Assert.DoesNotContain(furniture, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("stan nomor B-07 di Hall B", text);
    }

    [Theory]
    [InlineData("2025-08-27T15:42:00+07:00", "27 Agustus 2025")]
    [InlineData("2026-04-06", "6 April 2026")]
    [InlineData("6 April 2026", "6 April 2026")]
    [InlineData(null, null)]
    public void A_machine_date_reads_in_indonesian(string? raw, string? written) =>
        Assert.Equal(written, DocumentLoader.IndonesianDate(raw));
}
