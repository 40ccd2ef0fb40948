using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the eighteenth probe's decree is read (Knowledge/unseen-documents-18): each clause labelled in a column of its
/// own beside its text ("Menimbang", "KESATU", "Pasal 1") is a section headed by its label and opening words, not a
/// table row; a table in a regulation stays a table.
/// </summary>
public sealed class NewDocumentLayoutsEighteenTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-18", file), file)!;

    [Fact]
    public void A_decree_reads_each_labelled_clause_as_a_section()
    {
        var decree = Load("kepdirjen-bimtek-masterplan-smart-city-2026.pdf");
        var first = decree.Passages.Single(p => p.Heading.StartsWith("KESATU:", StringComparison.Ordinal));
        Assert.Contains("Bimbingan teknis", first.Heading);
        Assert.Contains("Tahap III penyusunan program dan rencana aksi pada 7-9 September 2026 di Mataram", first.Body);
        Assert.Contains(decree.Passages, p => p.Heading.StartsWith("Pasal 3:", StringComparison.Ordinal) && p.Body.Contains("mengundurkan diri"));
        Assert.Contains(decree.Passages, p => p.Heading.StartsWith("Menimbang:", StringComparison.Ordinal));
        // No clause is left as a cell of a table.
        Assert.DoesNotContain(decree.Passages, p => p.Body.Contains("| KEDUA", StringComparison.Ordinal));
    }

    private static PdfLine Line(double y, string text) => new(1, y, text, 10, false);

    [Fact]
    public void A_table_in_a_regulation_is_no_clause_and_a_letter_has_no_clauses()
    {
        List<PdfLine> lines = [Line(800, "KEPUTUSAN BUPATI CONTOH"), Line(785, "NOMOR 5 TAHUN 2030"), Line(770, "TENTANG"), Line(755, "TIM DATA"),
            Line(740, "KESATU\tMembentuk tim data kabupaten dengan susunan sebagaimana tercantum di bawah ini."),
            Line(725, "Jabatan\tKedudukan\tUnsur"), Line(710, "Sekretaris\tKetua tim data kabupaten yang bertugas penuh"),
            Line(695, "KEDUA\tTim data melapor kepada Bupati setiap enam bulan sekali sejak ditetapkan.")];
        var structure = PdfRegulation.Read(lines)!;
        Assert.Equal(["KESATU: Membentuk tim data kabupaten dengan susunan sebagaimana tercantum …", "KEDUA: Tim data melapor kepada Bupati setiap enam bulan …"],
            structure.Headings.Keys.Select(l => l.Text));
        // A row of three cells, or of two whose second is short, stays a row.
        Assert.Contains(structure.Lines, l => l.Text == "Jabatan\tKedudukan\tUnsur");
        // Without a regulation's title block, labelled lines are a table as before.
        Assert.Null(PdfRegulation.Read(lines.Skip(4).ToList()));
    }
}
