using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the twenty-sixth probe's documents are read (Knowledge/unseen-documents-26), and a weak spot left from probe 25:
/// a PDF's shaded margin box is a passage of its own after the page's text, its lines kept out of the body lines beside
/// them; an outline numbered "1.", "1.1", "1.1.1" in body type survives a date that opens a line; a footnote's raised
/// mark no longer splits its sentence; HTML titles marked only with role="heading" and aria-level are headings; a
/// one-cell &lt;tfoot&gt; row is a note under the table; a DOCX glossary typed "term⇥definition" keeps its term apart.
/// </summary>
public sealed class NewDocumentLayoutsTwentySixTests
{
    private static KnowledgeDocument Load(string probe, string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", probe, file), file)!;

    private static string Body(KnowledgeDocument document) => string.Join("\n", document.Passages.Select(p => p.Body));

    private const string Probe = "unseen-documents-26", Guideline = "juknis-masterplan-smart-city-sultra-2026.pdf",
        Guide = "panduan-peserta-bimtek-smart-city-baubau-2026.docx", Record = "notulen-forum-smart-city-sultra-2026.html";

    [Fact]
    public void A_margin_box_beside_the_text_is_a_passage_of_its_own()
    {
        var document = Load(Probe, Guideline);
        var box = Assert.Single(document.Passages, p => p.Heading == "Tanggal Penting");
        Assert.Contains("Batas penyerahan draf: 30 Juni 2026", box.Body);
        Assert.Contains("Lokakarya penyusunan: 14-15 April 2026, Kendari", box.Body);
        // The body's sentence beside the box is whole, no line of the box inside it.
        var scope = Assert.Single(document.Passages, p => p.Heading == "Sasaran");
        Assert.StartsWith("Petunjuk ini berlaku bagi seluruh 17 kabupaten/kota di Provinsi Sulawesi Tenggara, termasuk", scope.Body);
        Assert.DoesNotContain("Desember 2026", scope.Body);
        Assert.Contains(document.Passages, p => p.Heading == "Narahubung" && p.Body.Contains("(0401) 3121456"));
    }

    [Fact]
    public void An_outline_in_body_type_keeps_its_sections_and_a_date_opening_a_line_is_no_section()
    {
        var document = Load(Probe, Guideline);
        Assert.Contains(document.Passages, p => p.Headings.SequenceEqual(["Pendahuluan", "Sasaran"]));
        Assert.Contains(document.Passages, p => p.Headings.SequenceEqual(["Susunan Bab Masterplan", "Analisis kesiapan daerah"]));
        Assert.Contains(document.Passages, p => p.Headings.SequenceEqual(["Penyerahan dan Penilaian", "Bobot penilaian"]) && p.Body.Contains("kualitas analisis 40 persen"));
        Assert.DoesNotContain(document.Passages, p => p.Headings.Contains("Juni 2026"));
    }

    [Fact]
    public void A_raised_footnote_mark_does_not_split_its_sentence()
    {
        var body = Body(Load(Probe, Guideline));
        Assert.Contains("Survei kesiapan wajib melibatkan paling sedikit lima perangkat daerah.", body);
    }

    [Fact]
    public void Titles_marked_only_by_role_heading_are_headings_at_their_aria_level()
    {
        var document = Load(Probe, Record);
        Assert.Contains(document.Passages, p => p.Heading == "Keputusan Rapat" && p.Body.Contains("ketua forum adalah Kota Kendari"));
        Assert.Contains(document.Passages, p => p.Heading == "Rencana Tindak Lanjut" && p.Body.Contains("Penanggung Jawab: Biro Hukum Setda Provinsi"));
        var html = "<html><body><main><div role=\"heading\" aria-level=\"1\">Panduan</div><section><p role=\"heading\" aria-level=\"2\">Jadwal</p>" +
                   "<p>Pendaftaran dibuka 3 Mei.</p><div role=\"heading\" aria-level=\"3\">Tahap Kedua</div><p>Seleksi berkas 9 Juni.</p></section></main></body></html>";
        var made = DocumentLoader.FromHtml(html, "panduan.html");
        Assert.Contains(made.Passages, p => p.Headings.SequenceEqual(["Jadwal", "Tahap Kedua"]) && p.Body.Contains("9 Juni"));
    }

    [Fact]
    public void A_one_cell_table_footer_is_a_note_under_the_rows_and_a_totals_footer_stays_a_row()
    {
        var body = Body(Load(Probe, Record));
        Assert.Contains("\nRapat berikutnya: Senin, 8 Juni 2026 di Kota Baubau, membahas hasil pendataan quick win.", body);
        Assert.DoesNotContain("quick win.:", body);
        var html = "<html><body><main><h1>Anggaran</h1><table><thead><tr><th>Kegiatan</th><th>Pagu</th></tr></thead>" +
                   "<tbody><tr><td>Bimtek</td><td>Rp10 juta</td></tr></tbody><tfoot><tr><td>Jumlah</td><td>Rp10 juta</td></tr></tfoot></table></main></body></html>";
        Assert.Contains("Kegiatan: Jumlah; Pagu: Rp10 juta", Body(DocumentLoader.FromHtml(html, "anggaran.html")));
    }

    [Fact]
    public void A_schedule_merged_down_and_across_and_a_contents_field_read_as_the_guide_shows_them()
    {
        var body = Body(Load(Probe, Guide));
        Assert.Contains("Hari/Tanggal: Kamis, 21 Mei 2026; Waktu: 11.00-12.00; Materi: Penutupan dan penyerahan sertifikat", body);
        Assert.Contains("Hari/Tanggal: Rabu, 20 Mei 2026; Waktu: 12.00-13.00 ISHOMA", body);
        Assert.DoesNotContain("C. Jadwal Kegiatan 3", body);
    }

    [Fact]
    public void A_glossary_typed_term_tab_definition_keeps_its_term_apart()
    {
        var body = Body(Load("unseen-documents-25", "laporan-kunjungan-monitoring-smart-city-pohuwato-2026.docx"));
        Assert.Contains("Operator: pegawai yang mengelola data dan akun pengguna", body);
        Assert.Contains("Quick win: program smart city berdampak cepat", body);
    }
}
