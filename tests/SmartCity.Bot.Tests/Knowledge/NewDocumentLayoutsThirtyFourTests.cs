using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the thirty-fourth probe's documents are read (Knowledge/unseen-documents-34): a PDF form filled in a PDF editor
/// (an AcroForm) gives its answers, which live only in its fields, as "Label: answer" lines, its ticked pillars as the
/// pillar label's answer and never the unticked ones.
/// </summary>
public sealed class NewDocumentLayoutsThirtyFourTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-34", file), file)!;

    private const string Form = "formulir-capaian-quick-win-kotamobagu-2026.pdf";

    [Fact]
    public void A_filled_pdf_form_reads_as_its_answers_beside_their_labels()
    {
        var body = string.Join("\n", Load(Form).Passages.Select(p => p.Body));
        Assert.Contains("Nama Penanggung Jawab: Ir. Steven Mokodompit, M.Si.", body);
        Assert.Contains("Tanggal Mulai Beroperasi: 3 Februari 2026", body);
        Assert.Contains("Anggaran: Rp 612.000.000 (APBD 2026)", body);
        // A multi-line box is one answer, its lines joined.
        Assert.Contains("Kendala: Truk pengangkut hanya dua unit, sehingga penjemputan sampah dari bank sampah unit di Kecamatan", body);
        Assert.Contains("Pilar Smart City: Smart Economy, Smart Environment", body);
        Assert.DoesNotContain("Smart Living", body);
        Assert.DoesNotContain("Smart Governance", body);
    }
}
