using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Layouts staff documents have that the first format tests did not: a PDF whose sections are numbered in the body
/// font, with a running header/footer and a table; a DOCX written by a Word whose heading style ids are not
/// "Heading1", with an FAQ of bold questions; a CMS page with text straight in divs, a definition list and site
/// navigation. Each is made up (a fictional town, Tirtamaya) and asked about through the bot.
/// </summary>
public sealed class StaffDocumentLayoutsTests : IAsyncLifetime
{
    private BotServer _bot = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("smartcity-layouts-").FullName;
        WritePdf(Path.Combine(_folder, "standar-sensor.pdf"));
        WriteDocx(Path.Combine(_folder, "beasiswa-data.docx"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "laporan-tirtamaya.html"), Html);
        _bot = await KnowledgeBot.StartAsync(_folder);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private async Task<string> AskAsync(string question) =>
        Activities.Read(await _bot.AskAsync(question, conversationId: "lay-" + Guid.NewGuid().ToString("N")));

    [Fact]
    public void Pdf_section_numbers_in_the_body_font_are_headings_and_running_lines_are_dropped()
    {
        var document = DocumentLoader.Load(Path.Combine(_folder, "standar-sensor.pdf"), "standar-sensor.pdf")!;
        Assert.Equal(["Pemasangan sensor", "Tinggi tiang", "Perawatan sensor", "Batas pencemaran"], document.Passages.Select(p => p.Heading).Where(h => h != document.Title));
        Assert.Equal(["Pemasangan sensor", "Tinggi tiang"], document.Passages.Single(p => p.Heading == "Tinggi tiang").Headings);
        Assert.All(document.Passages, p => Assert.DoesNotContain("Dinas Lingkungan Hidup Tirtamaya", p.Body)); // the running header
        Assert.All(document.Passages, p => Assert.DoesNotContain("Lembar", p.Body)); // the page footer
        // A numbered list inside a section restarts at 1: its items stay in the section's text.
        Assert.Contains("Kebersihan lubang udara", document.Passages.Single(p => p.Heading == "Perawatan sensor").Body);
    }

    [Fact]
    public async Task A_pdf_table_row_answers_through_the_bot()
    {
        var text = await AskAsync("berapa batas PM2.5 menurut standar sensor tirtamaya?");
        // Each row keeps its cells under their column names, not the whole table run together in one line.
        Assert.Matches(@"Zat: PM2\.5; Batas harian: 55 mikrogram", text);
    }

    [Fact]
    public void Docx_heading_levels_come_from_the_style_name_and_bold_questions_are_faq_headings()
    {
        var document = DocumentLoader.Load(Path.Combine(_folder, "beasiswa-data.docx"), "beasiswa-data.docx")!;
        Assert.Equal("Beasiswa Analis Data Tirtamaya", document.Title);
        var faq = document.Passages.Single(p => p.Heading == "Apakah penerima boleh bekerja sambil kuliah?");
        Assert.Equal(["Pertanyaan umum", "Apakah penerima boleh bekerja sambil kuliah?"], faq.Headings);
        Assert.Contains("paruh waktu", faq.Body);
    }

    [Fact]
    public void A_docx_without_a_title_style_is_titled_by_its_short_first_line_not_its_file_name()
    {
        var path = Path.Combine(_folder, "untitled-notes.docx.tmp");
        using (var word = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(Bold("Catatan Rapat Forum Kota Cerdas"), Styled("Keputusan", "Heading1"),
                Plain("Forum sepakat memperluas aplikasi Kali Jernih ke seluruh kecamatan.")));
            main.Document.Save();
        }
        var document = DocumentLoader.FromDocx(path, "untitled-notes.docx");
        File.Delete(path);
        Assert.Equal("Catatan Rapat Forum Kota Cerdas", document.Title);
        Assert.DoesNotContain("untitled", string.Join(' ', document.Sources));
    }

    [Fact]
    public async Task Docx_faq_answers_through_the_bot()
    {
        var text = await AskAsync("penerima beasiswa analis data boleh kerja sambil kuliah?");
        Assert.Contains("paruh waktu", text);
        Assert.Contains("Beasiswa Analis Data Tirtamaya", text); // cited by the document's title, not its file name
    }

    [Fact]
    public async Task Html_text_in_divs_and_definition_lists_answers_through_the_bot_without_the_site_navigation()
    {
        Assert.Contains("Kali Jernih", await AskAsync("apa nama aplikasi pelaporan sampah tirtamaya?"));
        Assert.Contains("Asisten Ekonomi", await AskAsync("siapa yang memimpin forum kota cerdas tirtamaya?"));
        var document = DocumentLoader.FromHtml(Html, "laporan-tirtamaya.html");
        Assert.Equal("Laporan Kota Cerdas Tirtamaya 2031", document.Title); // without the site name of <title>
        Assert.All(document.Passages, p => Assert.DoesNotContain("Hubungi kami", p.Body));
    }

    [Fact]
    public void Sebagai_berikut_in_a_staff_document_is_not_read_as_ikut()
    {
        // Official documents introduce every list with "sebagai berikut"; the stemmer would clip it to "ikut" (join),
        // so a list of a recruitment's requirements looked like an answer to "syarat untuk ikut" (tanpa-akar.txt).
        Assert.DoesNotContain("ikut", KnowledgeIndex.TermsOf("Persyaratannya sebagai berikut"));
        Assert.Contains("berikut", KnowledgeIndex.TermsOf("Persyaratannya sebagai berikut"));
        Assert.Contains("ikut", KnowledgeIndex.TermsOf("daerah yang mengikuti program"));
    }

    [Fact]
    public void Registering_is_not_read_as_a_list_of_names()
    {
        // "Daerah tidak mendaftar": clipped to "daftar", it met every "daftar peserta" (list of participants) and a
        // question on how to register got a list (tanpa-akar.txt; the verb's forms are synonyms in sinonim.txt).
        Assert.DoesNotContain("daftar", KnowledgeIndex.TermsOf("Daerah tidak mendaftar secara terbuka"));
        Assert.Contains("mendaftar", KnowledgeIndex.TermsOf("Daerah tidak mendaftar secara terbuka"));
        Assert.Contains("daftar", KnowledgeIndex.TermsOf("Daftar peserta 2018"));
    }

    private static void WritePdf(string path)
    {
        var pdf = new PdfDocumentBuilder();
        var regular = pdf.AddStandard14Font(Standard14Font.Helvetica);
        var bold = pdf.AddStandard14Font(Standard14Font.HelveticaBold);
        string[][] pages =
        [
            ["#Standar Sensor Udara Tirtamaya", "1. Pemasangan sensor", "Sensor dipasang di persimpangan dengan lalu lintas padat.",
             "1.1 Tinggi tiang", "Sensor dipasang pada ketinggian tiga meter dari permukaan jalan.", "2. Perawatan sensor",
             "Sensor dibersihkan setiap dua minggu oleh petugas kelurahan, yang juga memeriksa:", "1. Kabel daya dan panel surya",
             "2. Kebersihan lubang udara"],
            ["3. Batas pencemaran", "Peringatan dikirim ke warga bila batas berikut terlampaui:", "|Zat|Batas harian", "|PM2.5|55 mikrogram per meter kubik",
             "|PM10|180 mikrogram per meter kubik"],
        ];
        for (var n = 0; n < pages.Length; n++)
        {
            var page = pdf.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText("Dinas Lingkungan Hidup Tirtamaya - standar teknis", 8, new PdfPoint(50, 815), regular);
            page.AddText($"Lembar {n + 1}", 8, new PdfPoint(280, 30), regular);
            var y = 780.0;
            foreach (var line in pages[n])
            {
                if (line.StartsWith('#')) { page.AddText(line[1..], 16, new PdfPoint(50, y), bold); y -= 28; continue; }
                if (line.StartsWith('|'))
                {
                    var cells = line[1..].Split('|');
                    for (var c = 0; c < cells.Length; c++) page.AddText(cells[c], 10, new PdfPoint(50 + 160 * c, y), regular);
                    y -= 16;
                    continue;
                }
                page.AddText(line, 10, new PdfPoint(50, y), regular); // headings too: numbered, in the body font
                y -= 14;
            }
        }
        File.WriteAllBytes(path, pdf.Build());
    }

    private static void WriteDocx(string path)
    {
        using var word = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        // Style ids as a localized Word writes them: only the style names say "Title" and "heading 1".
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "a5" },
            new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "1" });
        main.Document = new Document(new Body(
            Styled("Beasiswa Analis Data Tirtamaya", "a5"),
            Styled("Tentang beasiswa", "1"),
            Plain("Pemerintah Kota Tirtamaya membiayai kuliah magister analitik data bagi sepuluh ASN setiap tahun."),
            Styled("Pertanyaan umum", "1"),
            Bold("Apakah penerima boleh bekerja sambil kuliah?"),
            Plain("Boleh, asalkan pekerjaan itu paruh waktu dan disetujui kepala perangkat daerah."),
            Bold("Berapa lama ikatan dinas setelah lulus?"),
            Plain("Penerima wajib mengabdi di Pemerintah Kota Tirtamaya selama empat tahun setelah lulus.")));
        main.Document.Save();
    }

    private static Paragraph Styled(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    private static Paragraph Plain(string text) => new(new Run(new Text(text)));

    private static Paragraph Bold(string text) => new(new Run(new RunProperties(new Bold()), new Text(text)));

    private const string Html = """
        <!doctype html>
        <html lang="id"><head>
        <title>Laporan Kota Cerdas Tirtamaya 2031 | Portal Resmi Kota Tirtamaya</title>
        <meta name="description" content="Capaian program kota cerdas Tirtamaya tahun 2031.">
        </head><body>
        <header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/kontak">Hubungi kami</a></li></ul></nav></header>
        <main>
        <h1>Laporan Kota Cerdas Tirtamaya 2031</h1>
        <section><h2>Aplikasi pelaporan sampah</h2>
        <div class="isi">Warga melaporkan tumpukan sampah liar lewat aplikasi <b>Kali Jernih</b>; laporan diteruskan ke kelurahan dalam satu jam.</div>
        </section>
        <section><h2>Kelembagaan</h2>
        <dl><dt>Forum Kota Cerdas</dt><dd>Forum lintas dinas yang dipimpin Asisten Ekonomi dan Pembangunan dan bertemu setiap bulan.</dd></dl>
        </section>
        </main>
        <footer><ul><li>Hubungi kami: 0800-111-222</li></ul></footer>
        </body></html>
        """;
}
