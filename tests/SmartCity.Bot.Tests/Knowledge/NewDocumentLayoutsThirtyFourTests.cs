using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the thirty-fourth probe's documents are read (Knowledge/unseen-documents-34): a PDF form filled in a PDF editor
/// (an AcroForm) gives its answers, which live only in its fields, as "Label: answer" lines, its ticked pillars as the
/// pillar label's answer and never the unticked ones; a DOCX schedule drawn as a Gantt chart (months marked only by
/// filled empty cells) gives each activity its months.
/// </summary>
public sealed class NewDocumentLayoutsThirtyFourTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-34", file), file)!;

    private const string Form = "formulir-capaian-quick-win-kotamobagu-2026.pdf", Plan = "rencana-aksi-sekolah-digital-kotamobagu-2026.docx";

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

    [Fact]
    public void A_gantt_schedule_gives_each_activity_the_months_its_filled_cells_mark()
    {
        var schedule = Assert.Single(Load(Plan).Passages, p => p.Heading == "Jadwal Pelaksanaan").Body;
        var training = Assert.Single(schedule.Split('\n'), l => l.Contains("Bimbingan teknis guru", StringComparison.Ordinal));
        Assert.Contains("Jun", training);
        Assert.Contains("Jul", training);
        Assert.DoesNotContain("Mei", training);
        Assert.DoesNotContain("Agu", training);
        Assert.Contains(schedule.Split('\n'), l => l.Contains("Evaluasi dan penyusunan", StringComparison.Ordinal) && l.Contains("Des", StringComparison.Ordinal));
    }
}
