using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the thirteenth probe's documents are read (Knowledge/unseen-documents-13): a spreadsheet saved as PDF, a DOCX
/// form with tick boxes, and a programme page built of cards and counters.
/// </summary>
public sealed class NewDocumentLayoutsThirteenTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-13", file), file)!;

    [Fact]
    public void A_spreadsheet_saved_as_pdf_reads_each_row_under_its_stacked_header()
    {
        var sheet = Load("rekap-quick-win-jateng-smt1-2033.pdf");
        // The metadata title is the sheet's name; the title rows name the recap.
        Assert.StartsWith("REKAPITULASI CAPAIAN QUICK WIN", sheet.Title);
        var text = string.Join("\n", sheet.Passages.Select(p => p.Body));
        // "Anggaran (Rp juta)" spans Pagu and Realisasi; the right-aligned row number is its own cell; a wrapped
        // cell ("… Segara" / "Anakan") stays in its row.
        Assert.Contains("No: 7; Kabupaten/Kota: Kota Tegal; Angkatan: 2022; Quick Win: Tegal Parkir Cerdas; Pilar: Smart Living; Anggaran (Rp juta) Pagu: 1.100,00; Anggaran (Rp juta) Realisasi: 1.012,00", text);
        Assert.Contains("Quick Win: Pantau Mangrove Segara Anakan; Pilar: Smart Environment", text);
        Assert.Contains("Kabupaten/Kota: Kabupaten Banjarnegara;", text);
        // The totals row has its figures in their own columns, not under the first headers.
        Assert.Contains("Kabupaten/Kota: JUMLAH; Anggaran (Rp juta) Pagu: 7.760,00", text);
        // A header line is no section.
        Assert.DoesNotContain(sheet.Passages, p => p.Headings.Contains("Kegiatan"));
    }

    [Fact]
    public void A_form_reads_each_label_as_a_section_under_its_subject_and_tick_boxes_as_the_option_ticked()
    {
        var form = Load("formulir-profil-inovasi-aceh-jaya-2033.docx");
        var pillar = form.Passages.Single(p => p.Heading == "Pilar Smart City");
        Assert.Contains(pillar.Headings, h => h.StartsWith("SIGAP Nelayan", StringComparison.Ordinal));
        // Checkbox content controls: only the ticked option.
        Assert.Equal("Smart Economy", pillar.Body.Trim());
        // Wingdings boxes likewise.
        Assert.Equal("Penerapan", form.Passages.Single(p => p.Heading == "Tahapan Inovasi").Body.Trim());
        Assert.Contains("1.850 nelayan", form.Passages.Single(p => p.Heading == "Hasil yang Dicapai").Body);
    }

    [Fact]
    public void Tick_boxes_read_as_the_options_ticked()
    {
        Assert.Equal("Status: Uji coba", Choices.Chosen("Status: ☐ Inisiatif ☒ Uji coba ☐ Penerapan"));
        Assert.Equal("Smart Living, Smart Society", Choices.Chosen("☐ Smart Economy ☑ Smart Living ☑ Smart Society"));
        // All boxes ticked (or none) chooses nothing out of them: the text stays as it is.
        Assert.Null(Choices.Chosen("☒ Ya ☒ Tidak"));
        Assert.Null(Choices.Chosen("Pilar smart living"));
    }

    [Fact]
    public void A_card_keeps_its_badge_and_footer_and_a_counter_shows_its_figure()
    {
        var page = Load("babel-cerdas-2033.html");
        var card = page.Passages.Single(p => p.Heading == "Belitong Geopark Pass");
        // The pillar badge above the card's title and the status in the card's footer are the card's.
        Assert.Contains("Smart Branding", card.Body);
        Assert.Contains("Kabupaten Belitung · Uji coba", card.Body);
        Assert.DoesNotContain("Smart Branding", page.Passages.Single(p => p.Heading == "Sungailiat Pay").Body);
        var text = string.Join("\n", page.Passages.Select(p => p.Body));
        // A counter animated from 0 shows its data-target; a figure heading is a statistic, not a section.
        Assert.Contains("Kabupaten/Kota Peserta: 6", text);
        Assert.DoesNotContain(page.Passages, p => p.Heading is "0" or "6" or "5");
        // The site's own footer stays out.
        Assert.DoesNotContain("Hak cipta", text);
    }

    [Fact]
    public void A_two_column_table_with_a_bold_header_row_stays_a_table()
    {
        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(
            Row(("Singkatan", true), ("Kepanjangan", true)), Row(("OPD", true), ("Organisasi Perangkat Daerah", false)),
            Row(("TPI", true), ("Tempat Pelelangan Ikan", false)), Row(("SAR", true), ("Search and Rescue", false)));
        Assert.Null(DocxForm.Fields(table, new DocxContent(null)));
        var form = new DocumentFormat.OpenXml.Wordprocessing.Table(
            Row(("Nama Kegiatan", true), ("Kelas Data Desa", false)), Row(("Pengampu", true), ("Dinas Kominfo", false)),
            Row(("Sasaran", true), ("Perangkat desa", false)));
        Assert.Equal(["Nama Kegiatan", "Pengampu", "Sasaran"], DocxForm.Fields(form, new DocxContent(null))!.Select(f => f.Label));
    }

    private static DocumentFormat.OpenXml.Wordprocessing.TableRow Row(params (string Text, bool Bold)[] cells) =>
        new(cells.Select(c => new DocumentFormat.OpenXml.Wordprocessing.TableCell(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
            new DocumentFormat.OpenXml.Wordprocessing.Run(
                c.Bold ? new DocumentFormat.OpenXml.Wordprocessing.RunProperties(new DocumentFormat.OpenXml.Wordprocessing.Bold()) : new DocumentFormat.OpenXml.Wordprocessing.RunProperties(),
                new DocumentFormat.OpenXml.Wordprocessing.Text(c.Text))))));
}
