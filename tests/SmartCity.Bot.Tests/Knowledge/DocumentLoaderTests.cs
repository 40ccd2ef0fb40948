using SmartCity.Bot.Tests.Infrastructure;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SmartCity.Bot.Knowledge;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SmartCity.Bot.Tests.Knowledge;

public sealed class DocumentLoaderTests
{
    public static string Fixtures => Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "Fixtures");

    [Fact]
    public void Markdown_sections_become_passages_with_title_heading_path_and_sources()
    {
        var document = DocumentLoader.Load(Path.Combine(Fixtures, "pilar.md"), "pilar.md")!;
        Assert.Equal("Enam pilar smart city", document.Title);
        Assert.Equal(["Buku Panduan Masterplan (uji)", "https://contoh.go.id/pilar"], document.Sources);
        Assert.Equal(3, document.Passages.Count);
        var example = document.Passages[2];
        Assert.Equal(["Smart branding: pariwisata, bisnis, dan wajah kota", "Contoh smart branding"], example.Headings);
        Assert.Contains("Surakarta", example.Body);
        Assert.Equal(document.Sources, example.Sources);
        Assert.DoesNotContain("title:", document.Passages[0].Body);
    }

    [Fact]
    public void Inline_source_lists_and_html_are_read_and_data_folder_is_skipped()
    {
        var documents = DocumentLoader.LoadFolder(Fixtures);
        Assert.DoesNotContain(documents, d => d.RelativePath.StartsWith("data/"));
        Assert.Equal(["Surat undangan (uji)"], documents.Single(d => d.RelativePath == "tenggat.md").Sources);
        var html = documents.Single(d => d.RelativePath == "panduan.html");
        Assert.Equal("Panduan Quick Win", html.Title);
        Assert.Equal(["Panduan Quick Win Ditjen Aptika (uji)"], html.Sources);
        Assert.Contains(html.Passages, p => p.Heading == "Contoh quick win" && p.Body.Contains("- Call Center 112"));
    }

    [Fact]
    public void Pdf_and_docx_documents_are_read()
    {
        var folder = Directory.CreateTempSubdirectory("smartcity-docs-").FullName;
        var pdf = new PdfDocumentBuilder();
        var font = pdf.AddStandard14Font(Standard14Font.Helvetica);
        pdf.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("Asesor menilai kesiapan daerah pada tahap seleksi.", 12, new UglyToad.PdfPig.Core.PdfPoint(40, 700), font);
        File.WriteAllBytes(Path.Combine(folder, "panduan-seleksi.pdf"), pdf.Build());

        using (var word = WordprocessingDocument.Create(Path.Combine(folder, "evaluasi.docx"), WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Styled("Panduan evaluasi", "Title"),
                Styled("Indikator evaluasi", "Heading1"),
                new Paragraph(new Run(new Text("Evaluasi memakai indikator pendapatan daerah dan IPM."))))); 
            main.Document.Save();
        }

        var documents = DocumentLoader.LoadFolder(folder);
        var fromPdf = documents.Single(d => d.RelativePath == "panduan-seleksi.pdf");
        // No heading in this PDF: its paragraph is a passage of its own, cited by title, never by file name.
        Assert.Contains("Asesor menilai kesiapan daerah", fromPdf.Passages.Single().Body);
        Assert.DoesNotContain(fromPdf.Sources, s => s.Contains(".pdf"));
        var fromWord = documents.Single(d => d.RelativePath == "evaluasi.docx");
        Assert.Equal("Panduan evaluasi", fromWord.Title);
        var passage = fromWord.Passages.Single();
        Assert.Equal(["Indikator evaluasi"], passage.Headings);
        Assert.Contains("IPM", passage.Body);
    }

    private static Paragraph Styled(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));
}
