using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the twenty-fourth probe's documents are read (Knowledge/unseen-documents-24): a PDF score matrix whose wrapped
/// cells fill their columns to the edge reads one row per aspect, each descriptor under its own score; a DOCX matrix under a two-row
/// header (a group cell spanning the year columns, the other headers merged down) names each column by both rows and
/// keeps every cell under its own column; Markdown carrying HTML pieces reads them as a page shows them (a folded
/// answer under its question, an HTML table's rows whole, a nested list nested, no tags, entities or footnote marks).
/// </summary>
public sealed class NewDocumentLayoutsTwentyFourTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-24", file), file)!;

    private static string Body(KnowledgeDocument document) => string.Join("\n", document.Passages.Select(p => p.Body));

    private const string Plan = "rencana-aksi-smart-city-nunukan-2026-2028.docx", Faq = "faq-klinik-smart-city-tarakan.md",
        Rubric = "rubrik-penilaian-smart-city-kaltara-2026.pdf";

    [Fact]
    public void A_matrix_with_cells_filled_to_their_edges_reads_one_row_per_aspect()
    {
        var document = Load(Rubric);
        var body = Body(document);
        Assert.Contains("Aspek Penilaian: Kelembagaan dan Tata Kelola; Bobot: 20%; Skor 1 (Kurang): Dewan smart city belum dibentuk.; Skor 2 (Cukup): Dewan smart city dibentuk dengan SK, tetapi belum rapat rutin.; Skor 3 (Baik): Dewan dan tim pelaksana aktif, rapat paling sedikit sekali tiap triwulan.", body);
        Assert.Contains("Aspek Penilaian: Infrastruktur dan Data; Bobot: 10%; Skor 1 (Kurang): Belum memiliki pusat data maupun forum satu data daerah.; Skor 2 (Cukup): Pusat data tersedia, tetapi integrasi data antarperangkat daerah belum berjalan.;", body);
        Assert.Equal(6, body.Split('\n').Count(l => l.StartsWith("- Aspek Penilaian: ", StringComparison.Ordinal)));
        Assert.DoesNotContain("hal. 2", body);
        Assert.DoesNotContain("188.4/077", body);
    }

    [Fact]
    public void A_two_row_header_names_each_year_column_under_its_group()
    {
        var body = Body(Load(Plan));
        Assert.Contains("Program Aksi: Telemedisin puskesmas perbatasan; Perangkat Daerah: Dinas Kesehatan; Target 2026: 5 puskesmas; Target 2027: 10 puskesmas; Target 2028: 17 puskesmas; Anggaran 2026: Rp900 juta", body);
        Assert.DoesNotContain("Pilar: Pilar", body);
    }

    [Fact]
    public void A_cell_merged_down_reads_on_each_row_and_a_spanning_group_row_stays_one_cell()
    {
        var rows = DocumentLoaderTestTables.Rows(
            "<w:tr><w:tc><w:p><w:r><w:t>Pilar</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Target</w:t></w:r></w:p></w:tc></w:tr>" +
            "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>2026</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2027</w:t></w:r></w:p></w:tc></w:tr>" +
            "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr><w:p><w:r><w:t>Tahap awal</w:t></w:r></w:p></w:tc></w:tr>" +
            "<w:tr><w:tc><w:p><w:r><w:t>Economy</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2 pasar</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>4 pasar</w:t></w:r></w:p></w:tc></w:tr>");
        Assert.Equal(["Pilar", "Target 2026", "Target 2027"], rows[0]);
        Assert.Equal(["Tahap awal"], rows[1]);
        Assert.Equal(["Economy", "2 pasar", "4 pasar"], rows[2]);
    }

    [Fact]
    public void Html_in_markdown_reads_as_the_page_shows_it()
    {
        var document = Load(Faq);
        Assert.Contains(document.Passages, p => p.Headings.LastOrDefault() == "Kapan klinik buka?" && p.Body.StartsWith("Klinik buka setiap Selasa dan Kamis, pukul 09.00–12.00 WITA.", StringComparison.Ordinal));
        var body = Body(document);
        Assert.Contains("- Layanan: Penyusunan KAK pengadaan aplikasi; Untuk: Perangkat daerah; Pendamping: Tim Tata Kelola TIK", body);
        Assert.Contains("Kuota klinik 8 peserta per hari buka.", body);
        Assert.Contains("Sdri. Maya Lestari, telepon", body);
        Assert.DoesNotContain("<", body);
        Assert.DoesNotContain("&ndash;", body);
    }

    [Fact]
    public void A_nested_list_keeps_its_sub_items_under_their_item()
    {
        var body = Body(Load(Faq));
        Assert.Contains("- Isi formulir pendaftaran\n\n  - melalui laman klinik di portal Diskominfo\n\n    - pilih hari dan jam sesi", body);
    }

    [Fact]
    public void Markdown_without_html_blocks_is_kept_as_written()
    {
        const string text = "## Jadwal\n\nKlinik buka <b>Selasa</b>.\n\n- satu\n  - dua\n";
        Assert.Equal(text, DocumentLoader.WithHtmlRead(text));
    }
}

/// <summary>A Word table built from its rows' XML, read as DocxContent reads a table.</summary>
internal static class DocumentLoaderTestTables
{
    public static List<List<string>> Rows(string rowsXml)
    {
        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(
            "<w:tbl xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + rowsXml + "</w:tbl>");
        return DocxContent.TableRows(table);
    }
}
