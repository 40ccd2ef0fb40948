using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the thirtieth probe's documents are read (Knowledge/unseen-documents-30): a DOCX's words inside smart tags
/// (w:smartTag, unknown to the Open XML SDK) are text; the rows under a table's group row (a floor spanning the table)
/// carry their group; an HTML table captioned by its figure's &lt;figcaption&gt; reads the caption before its rows; a
/// PDF set as pdfTeX sets it (fonts scaled by the text matrix, words parted only by TJ displacements, hyphenated line
/// ends, a sidebar) keeps its words, its sections and its totals row.
/// </summary>
public sealed class NewDocumentLayoutsThirtyTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-30", file), file)!;

    private const string Report = "laporan-semester-kelurahan-cerdas-bengkulu-2026.pdf",
        Guide = "panduan-mpp-digital-rejang-lebong-2026.docx", Bus = "trans-bengkulu-nontunai-2026.html";

    [Fact]
    public void Words_inside_smart_tags_are_text()
    {
        var overview = Assert.Single(Load(Guide).Passages, p => p.Heading == "Gambaran Umum").Body;
        Assert.Contains("berada di Jalan S. Sukowati Nomor 60, Curup.", overview);
        Assert.Contains("pada 17 Februari 2026", overview);
    }

    [Fact]
    public void Rows_under_a_group_row_carry_their_group()
    {
        var counters = Assert.Single(Load(Guide).Passages, p => p.Heading == "Loket dan Instansi").Body;
        Assert.Contains("- Lantai 1 — Loket: Loket 6; Instansi: BPJS Kesehatan;", counters);
        Assert.Contains("- Lantai 2 — Loket: Loket 7; Instansi: DPMPTSP", counters);
        Assert.DoesNotContain("- Lantai 1:", counters);
    }

    [Fact]
    public void A_group_row_with_no_rows_under_it_or_a_long_one_stays_a_line()
    {
        var markdown = new System.Text.StringBuilder();
        DocumentLoader.AppendTable(markdown, [
            ["Kegiatan", "Waktu", "Tempat"],
            ["Hari pertama"],
            ["Pembukaan", "08.00", "Aula"],
            ["Catatan: jadwal dapat berubah mengikuti kehadiran narasumber dari kementerian"],
            ["Hari kedua"]]);
        var text = markdown.ToString();
        Assert.Contains("- Hari pertama — Kegiatan: Pembukaan; Waktu: 08.00; Tempat: Aula", text);
        Assert.Contains("- Catatan: jadwal dapat berubah mengikuti kehadiran narasumber dari kementerian:", text);
        Assert.Contains("- Hari kedua:", text);
    }

    [Fact]
    public void A_figcaption_names_its_table_before_the_rows()
    {
        var corridors = Assert.Single(Load(Bus).Passages, p => p.Heading == "Koridor dan jam operasi").Body;
        var caption = corridors.IndexOf("Tabel 1. Koridor Trans Bengkulu per Maret 2026", StringComparison.Ordinal);
        Assert.InRange(caption, 0, corridors.IndexOf("Koridor: Koridor 1", StringComparison.Ordinal));
        Assert.DoesNotContain(Load(Bus).Passages, p => p.Heading == "Tarif" && p.Body.Contains("Tabel 1."));
    }

    [Fact]
    public void A_pdftex_report_keeps_its_words_sections_and_totals()
    {
        var document = Load(Report);
        var opening = Assert.Single(document.Passages, p => p.Heading == "Pendahuluan").Body;
        Assert.Contains("kader digital di setiap kelurahan", opening);
        Assert.Contains("Kecamatan: Jumlah; Kelurahan: 67; Wifi aktif: 41; Permohonan surat: 12.480",
            Assert.Single(document.Passages, p => p.Heading == "Capaian per Kecamatan").Body);
        Assert.Contains("Rp3,1 miliar", Assert.Single(document.Passages, p => p.Heading == "Sekilas Program").Body);
    }
}
