using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the thirty-third probe's documents are read (Knowledge/unseen-documents-33): a filled-in form saved as a page
/// gives its answers (input values, the chosen option, ticked boxes) as "Label: answer" lines under its fieldsets'
/// legends, while a search box stays furniture; a PDF's section titles set only in another colour (white on a bar)
/// head sections; a form's "Label ...... : value" lines are facts of their own; a header set over right-aligned figures,
/// with no header over the label column, names the columns it stands over.
/// </summary>
public sealed class NewDocumentLayoutsThirtyThreeTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-33", file), file)!;

    private const string Report = "laporan-desa-wisata-digital-sumba-timur-2026.pdf", Form = "usulan-inovasi-pasar-tenun-daring-sumba-timur.html";

    [Fact]
    public void A_filled_form_reads_as_its_answers_under_its_legends()
    {
        var document = Load(Form);
        var proposer = Assert.Single(document.Passages, p => p.Heading == "Data Pengusul").Body;
        Assert.Contains("Nama Pengusul: Rambu Hada Kahi, S.E.", proposer);
        Assert.Contains("Tanggal Usulan: 14 April 2026", proposer);
        var profile = Assert.Single(document.Passages, p => p.Heading == "Profil Inovasi").Body;
        Assert.Contains("Tahapan Inovasi: Uji coba", profile);
        Assert.Contains("Pilar Smart City: Smart Branding, Smart Economy", profile);
        Assert.DoesNotContain("Smart Living", profile);
        Assert.DoesNotContain("Penerapan", profile);
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("Kirim Usulan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_search_box_stays_furniture()
    {
        var document = DocumentLoader.FromHtml("<html><body><h1>Berita Smart City Kota Contoh</h1>" +
            "<form role=\"search\"><label for=\"q\">Cari</label><input id=\"q\" name=\"q\" value=\"\"><button>Cari</button></form>" +
            "<p>Kota Contoh meluncurkan aplikasi layanan warga pada Mei 2026.</p></body></html>", "berita.html");
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("Cari", StringComparison.Ordinal));
        Assert.Contains(document.Passages, p => p.Body.Contains("aplikasi layanan warga", StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_set_only_in_another_colour_head_sections()
    {
        var document = Load(Report);
        Assert.Contains(document.Passages, p => p.Heading == "A. Identitas Kegiatan");
        var obstacles = Assert.Single(document.Passages, p => p.Heading == "D. Kendala").Body;
        Assert.Contains("Sinyal internet di Desa Wunga", obstacles);
        Assert.DoesNotContain("Tanarara", obstacles);
    }

    [Fact]
    public void Dot_leader_lines_are_facts_of_their_own()
    {
        var identity = Assert.Single(Load(Report).Passages, p => p.Heading == "A. Identitas Kegiatan").Body;
        Assert.Contains("Penanggung Jawab: Maria Rambu Ana, S.Par., Kepala Bidang Destinasi Pariwisata", identity);
        Assert.Contains("Anggaran: Rp 486.500.000", identity);
        Assert.DoesNotContain("....", identity);
    }

    [Fact]
    public void A_header_over_right_aligned_figures_names_the_columns_it_stands_over()
    {
        var results = Assert.Single(Load(Report).Passages, p => p.Heading == "C. Capaian Kegiatan").Body;
        Assert.Contains("Jumlah homestay terdaftar", results);
        Assert.Contains("Praiyawang: 14", results);
        Assert.Contains("Wunga: 58", results);
    }
}
