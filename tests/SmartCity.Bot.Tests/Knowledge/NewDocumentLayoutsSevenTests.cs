using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the seventh probe's documents are read (Knowledge/unseen-documents-7): what a reader sees of a wrapped PDF table
/// cell, a word processor's HTML export, a DOCX table of contents and merged cells, and a title set as a heading.
/// </summary>
public sealed class NewDocumentLayoutsSevenTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-7", file), file)!;

    [Fact]
    public void A_pdf_table_cell_wrapped_onto_a_second_line_stays_in_its_row_and_column()
    {
        var schedule = Load("panggilan-proposal-hibah-inovasi-2027.pdf").Passages.Single(p => p.Heading == "IV. JADWAL").Body;
        Assert.Contains("Kegiatan: Batas pengiriman proposal; Waktu: 31 Maret 2027 pukul 23.59 WIB; Keterangan: Proposal yang terlambat tidak diproses", schedule);
        Assert.Contains("Kegiatan: Presentasi proposal di depan panel penilai; Waktu: 10-12 Mei 2027", schedule);
        Assert.DoesNotContain("Kegiatan: pukul", schedule);
    }

    [Fact]
    public void A_heading_repeating_the_document_title_is_the_title_not_a_section()
    {
        var document = Load("panggilan-proposal-hibah-inovasi-2027.pdf");
        Assert.DoesNotContain(document.Passages, p => p.Heading.StartsWith("PANGGILAN PROPOSAL", StringComparison.Ordinal));
        Assert.Equal("I. LATAR BELAKANG", document.Passages.First(p => p.Headings.Count > 0).Heading);
    }

    [Fact]
    public void Html_exported_from_a_word_processor_has_its_bold_paragraphs_as_sections()
    {
        var document = Load("notulen-rakor-smart-city-sulsel-2027.html");
        Assert.Contains(document.Passages, p => p.Heading == "E. Kendala yang Disampaikan Daerah" && p.Body.Contains("Keterbatasan anggaran"));
        Assert.Contains(document.Passages, p => p.Heading == "H. Tindak Lanjut dan Rapat Berikutnya" && p.Body.Contains("16 September 2027"));
        // Furniture stays out, and a line break separates words.
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("Festival Film"));
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("2027Notulis"));
    }

    [Fact]
    public void A_bold_first_row_heads_an_html_table_and_a_rowspan_cell_is_read_on_each_row()
    {
        var decisions = Load("notulen-rakor-smart-city-sulsel-2027.html").Passages.Single(p => p.Heading == "G. Keputusan Rapat").Body;
        Assert.Contains("Keputusan: Menyusun daftar data prioritas setiap kabupaten/kota; Penanggung jawab: Bidang Statistik Diskominfo-SP Provinsi; Tenggat: 31 Mei 2027", decisions);
        Assert.DoesNotContain("No; Keputusan", decisions);
    }

    [Fact]
    public void A_docx_table_of_contents_is_left_out_and_a_merged_cell_is_read_on_each_row()
    {
        var document = Load("pedoman-smart-city-kota-kupang-2027.docx");
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("Daftar Isi") || p.Body.Contains("Tim Pelaksana Smart City 2"));
        var roles = document.Passages.Single(p => p.Heading == "Pembagian Peran Perangkat Daerah").Body;
        Assert.Contains("Pilar: Smart living; Perangkat daerah pengampu: Dinas Perhubungan", roles);
        Assert.DoesNotContain("Pilar: ;", roles);
    }
}
