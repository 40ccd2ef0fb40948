using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the twenty-ninth probe's documents are read (Knowledge/unseen-documents-29): a PDF heading set in imitation
/// small capitals (each word's capital larger than its other letters) keeps its word spaces and heads its section; a
/// bold totals row under numbered rows is a row of its own; a signature block opened by its place and date names
/// its signer; a DOCX step numbered only by numbering.xml shows "Langkah n." and field instructions are never text;
/// an HTML page's "Kembali ke atas" links are no text, a captioned table after the page's sections heads its own
/// section and an aside inside a main element with no article is content.
/// </summary>
public sealed class NewDocumentLayoutsTwentyNineTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-29", file), file)!;

    private const string Curriculum = "kurikulum-pelatihan-analis-data-nunukan-2026.pdf",
        Procedure = "sop-kemitraan-smart-city-tarakan-2026.docx", Glossary = "glosarium-smart-city-kaltara-2026.html";

    [Fact]
    public void A_small_caps_heading_keeps_its_word_spaces_and_heads_its_section()
    {
        var document = Load(Curriculum);
        var place = Assert.Single(document.Passages, p => p.Heading == "B. WAKTU DAN TEMPAT");
        Assert.Contains("13-24 Juli 2026", place.Body);
        Assert.Single(document.Passages, p => p.Heading == "C. PERSYARATAN PESERTA");
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("LATARBELAKANG") || p.Body.Contains("DANTEMPAT"));
    }

    [Fact]
    public void A_bold_totals_row_is_a_row_of_its_own_and_a_dated_signature_block_names_its_signer()
    {
        var document = Load(Curriculum);
        var modules = Assert.Single(document.Passages, p => p.Heading == "D. STRUKTUR KURIKULUM").Body;
        Assert.Contains("Modul: Proyek akhir: dasbor layanan publik; JP: 14;", modules);
        Assert.Contains("Modul: Jumlah; JP: 60", modules);
        Assert.Contains(document.Passages, p => p.Body.Contains("Ditandatangani oleh Hasbullah Nurdin, S.Kom., M.Si., Kepala Dinas Komunikasi"));
    }

    [Fact]
    public void A_list_numbered_by_numbering_xml_shows_its_numbers_and_fields_show_their_results()
    {
        var document = Load(Procedure);
        var steps = Assert.Single(document.Passages, p => p.Heading == "Tahapan").Body;
        Assert.Contains("Langkah 3. Pembahasan rancangan perjanjian", steps);
        Assert.Contains("1.2 Lampiran proposal", steps);
        Assert.Contains("paling lama 10 hari kerja", steps);
        Assert.Contains(document.Passages, p => p.Body.Contains("Nomor SOP: 045/SOP-KS/IV/2026"));
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("DOCPROPERTY") || p.Body.Contains("MERGEFORMAT"));
    }

    [Fact]
    public void Back_to_top_links_are_no_text_and_a_captioned_table_after_the_sections_heads_its_own()
    {
        var document = Load(Glossary);
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("Kembali ke atas"));
        Assert.DoesNotContain("Titik wifi publik", Assert.Single(document.Passages, p => p.Heading == "W").Body);
        var table = Assert.Single(document.Passages, p => p.Heading == "Indikator layanan digital Provinsi Kalimantan Utara tahun 2025");
        Assert.Contains("Indikator: Titik wifi publik; Target 2025: 150; Capaian 2025: 163", table.Body);
        Assert.Contains(document.Passages, p => p.Body.Contains("glosarium@diskominfo.kaltaraprov.go.id"));
    }
}
