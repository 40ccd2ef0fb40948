using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the twenty-eighth probe's documents are read (Knowledge/unseen-documents-28): a PDF set with the leading
/// operators (TL, T*, ') and rows placed by chained Td moves reads as paragraphs and a schedule of "Waktu: …; Kegiatan:
/// …" rows with wrapped cells joined, its repeated header and running footer left out; a DOCX title printed over two
/// bold lines is the document's title, not the first section's heading; a nested table in a cell keeps its labels;
/// a reviewer's comment is no text; a Markdown FAQ's HTML blocks read as text and table rows, its bold lead-ins as
/// words and its front matter's alternate questions belong to their sections.
/// </summary>
public sealed class NewDocumentLayoutsTwentyEightTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-28", file), file)!;

    private const string Programme = "susunan-acara-rakor-smart-city-kalbar-2026.pdf",
        Minutes = "notulen-rakor-tim-pelaksana-smart-city-singkawang-2026.docx", Faq = "tanya-jawab-desa-melek-digital-kubu-raya-2026.md";

    [Fact]
    public void A_pdf_set_with_leading_operators_reads_as_paragraphs_and_schedule_rows()
    {
        var document = Load(Programme);
        Assert.Contains("Setiap kabupaten/kota mengirim tiga orang: kepala Diskominfo, kepala Bappeda dan satu operator data",
            document.Passages[0].Body);
        var first = Assert.Single(document.Passages, p => p.Heading == "Hari Pertama: Rabu, 10 Juni 2026");
        Assert.Contains("Waktu: 13.00–15.30; Kegiatan: Diskusi kelompok per pilar smart city (enam kelompok); Penanggung Jawab: Fasilitator tim ahli", first.Body);
        Assert.Contains("Penanggung Jawab: Kementerian Komunikasi dan Digital", first.Body);
        var second = Assert.Single(document.Passages, p => p.Heading == "Hari Kedua: Kamis, 11 Juni 2026");
        Assert.DoesNotContain("Waktu: Waktu", second.Body);
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("hal. 1/2") || p.Body.Contains("hal. 2/2"));
        Assert.Contains("Hotel Kapuas Palace", Assert.Single(document.Passages, p => p.Heading == "Catatan").Body);
    }

    [Fact]
    public void A_title_printed_over_two_bold_lines_is_the_documents_title()
    {
        var document = Load(Minutes);
        Assert.Equal("Notulen Rapat Koordinasi Tim Pelaksana Smart City Kota Singkawang", document.Title);
        Assert.DoesNotContain(document.Passages, p => p.Headings.Contains("TIM PELAKSANA SMART CITY KOTA SINGKAWANG"));
        var particulars = document.Passages[0];
        Assert.Empty(particulars.Headings);
        Assert.Contains("Hari/Tanggal: Selasa, 3 Maret 2026", particulars.Body);
    }

    [Fact]
    public void A_nested_table_keeps_its_labels_and_a_comment_is_no_text()
    {
        var document = Load(Minutes);
        var decisions = Assert.Single(document.Passages, p => p.Heading == "keputusan dan tindak lanjut");
        Assert.Contains("Penanggung jawab, Bappeda Kota Singkawang; Tenggat, 30 November 2026", decisions.Body);
        Assert.Contains("ditambah 15 titik", decisions.Body);
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("Mohon dicek"));
        Assert.Contains("Rp2,4 miliar", Assert.Single(document.Passages, p => p.Heading == "pembahasan").Body);
    }

    [Fact]
    public void A_markdown_faqs_html_blocks_lead_ins_and_alternate_questions_are_read()
    {
        var document = Load(Faq);
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("<div") || p.Body.Contains("<td>") || p.Body.Contains("**"));
        var eligibility = Assert.Single(document.Passages, p => p.Heading == "Syarat desa peserta");
        Assert.Contains("berusia 18 sampai 35 tahun", eligibility.Body);
        Assert.Contains("tidak dapat mendaftar lagi", eligibility.Body);
        Assert.Contains("Fasilitas: Laptop; Jumlah per desa: 2 unit", Assert.Single(document.Passages, p => p.Heading == "Fasilitas untuk desa").Body);
        var signUp = Assert.Single(document.Passages, p => p.Heading == "Cara mendaftar");
        Assert.Contains("pendaftaran ditutup tanggal berapa", signUp.AlternateQuestions);
        Assert.Contains("Batas pendaftaran. Pendaftaran dibuka 15 Januari dan ditutup 28 Februari 2026", signUp.Body);
    }
}
