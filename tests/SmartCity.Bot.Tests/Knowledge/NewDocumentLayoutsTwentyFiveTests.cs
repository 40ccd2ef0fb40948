using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the twenty-fifth probe's documents are read (Knowledge/unseen-documents-25): a PDF table drawn with all its
/// borders reads one row per cost component, each cell whole however many lines it wraps over and wherever it sits in
/// its box, while a ruled table with a cell spanning columns (probe 13's recap) keeps its baseline reading; an HTML
/// table with a blank corner over row headers reads one line per column (the stage with its own values); a definition
/// list whose term has two descriptions reads both under the term.
/// </summary>
public sealed class NewDocumentLayoutsTwentyFiveTests
{
    private static KnowledgeDocument Load(string probe, string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", probe, file), file)!;

    private static string Body(KnowledgeDocument document) => string.Join("\n", document.Passages.Select(p => p.Body));

    private const string Probe = "unseen-documents-25", Guideline = "pedoman-dana-pendampingan-smart-city-gorontalo-2026.pdf",
        Page = "kampung-digital-kota-gorontalo-2026.html";

    [Fact]
    public void A_table_drawn_with_all_its_borders_reads_one_row_per_component_with_whole_cells()
    {
        var body = Body(Load(Probe, Guideline));
        Assert.Contains("- Komponen Kegiatan: Sewa layanan komputasi awan; Pagu Maksimal: Rp60.000.000; Ketentuan dan Bukti Pertanggungjawaban: Hanya penyedia yang pusat datanya berada di Indonesia, dengan masa kontrak paling lama 12 bulan.", body);
        Assert.Contains("- Komponen Kegiatan: Bimbingan teknis aparatur perangkat daerah; Pagu Maksimal: Rp75.000.000; Ketentuan dan Bukti Pertanggungjawaban: Peserta paling sedikit 30 ASN", body);
        // Six components over two pages, the header repeated on page 2 read as no row.
        Assert.Equal(6, body.Split('\n').Count(l => l.StartsWith("- Komponen Kegiatan: ", StringComparison.Ordinal)));
        Assert.DoesNotContain("Komponen Kegiatan: Komponen Kegiatan", body);
        Assert.DoesNotContain("hal. 2", body);
    }

    [Fact]
    public void A_ruled_table_whose_header_spans_columns_keeps_each_column_named_by_its_group()
    {
        var body = Body(Load("unseen-documents-13", "rekap-quick-win-jateng-smt1-2033.pdf"));
        Assert.Contains("Kabupaten/Kota: Kota Semarang; Angkatan: 2017; Quick Win: Semarang Satu Peta; Pilar: Smart Governance; Anggaran (Rp juta) Pagu: 1.250,00; Anggaran (Rp juta) Realisasi: 980,50", body);
    }

    [Fact]
    public void A_table_with_row_headers_under_a_blank_corner_reads_one_line_per_column()
    {
        var body = Body(Load(Probe, Page));
        Assert.Contains("- Tahap II — Waktu pelaksanaan: Agustus sampai Oktober 2026; Jumlah kelurahan sasaran: 15 kelurahan; Pagu per kelurahan: Rp35 juta; Penanggung jawab: Dinas Koperasi dan UMKM", body);
        Assert.Contains("- Tahap I — Waktu pelaksanaan: April sampai Juni 2026; Jumlah kelurahan sasaran: 10 kelurahan;", body);
        Assert.DoesNotContain("Tahap I; Tahap II", body);
    }

    [Fact]
    public void Every_description_of_a_term_carries_the_term()
    {
        var body = Body(Load(Probe, Page));
        Assert.Contains("- Kader digital: Warga kelurahan yang dilatih selama lima hari", body);
        Assert.Contains("- Kader digital: Setiap kader menerima insentif Rp500 ribu per bulan", body);
    }

    [Fact]
    public void A_row_headed_table_without_a_blank_corner_keeps_its_rows()
    {
        var html = "<html><body><main><h1>Jadwal</h1><table><tr><th>Kegiatan</th><th>Tanggal</th></tr>" +
                   "<tr><th scope=\"row\">Bimtek</th><td>3 Mei</td></tr><tr><th scope=\"row\">Forum</th><td>9 Juni</td></tr></table></main></body></html>";
        var body = Body(DocumentLoader.FromHtml(html, "jadwal.html"));
        Assert.Contains("Kegiatan: Bimtek; Tanggal: 3 Mei", body);
        Assert.DoesNotContain(" — ", body);
    }
}
