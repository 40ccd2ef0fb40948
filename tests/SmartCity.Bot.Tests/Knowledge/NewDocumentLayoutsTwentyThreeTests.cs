using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the twenty-third probe's documents are read (Knowledge/unseen-documents-23): a letter whose attachment matrix is
/// set in smaller type keeps its own lines as text (no letter line heads a section), is named by its subject line, says
/// who signed it apart from the signer's rank; a guideline numbered by Word reads as chapters whose clauses carry their
/// numbers, with the lettered items of a clause under it, and its reviewers' comments stay out.
/// </summary>
public sealed class NewDocumentLayoutsTwentyThreeTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-23", file), file)!;

    private static string Body(KnowledgeDocument document) => string.Join("\n", document.Passages.Select(p => p.Body));

    private const string Letter = "undangan-rakor-smart-city-ntb-2026.pdf", Guideline = "pedoman-dewan-smart-city-pontianak-2026.docx";

    [Fact]
    public void A_letter_with_a_smaller_attachment_keeps_its_lines_as_text_and_its_subject_as_name()
    {
        var document = Load(Letter);
        Assert.StartsWith("Undangan Rapat Koordinasi Smart City Provinsi NTB 2026", document.Title);
        Assert.DoesNotContain(document.Passages, p => p.Headings.Any(h => h.StartsWith("Dalam rangka", StringComparison.Ordinal) || h.StartsWith("DINAS", StringComparison.Ordinal)));
        Assert.Contains(document.Passages, p => p.Body.Contains("Kamis, 23 April 2026") && !p.Body.Contains("Majapahit"));
    }

    [Fact]
    public void A_printed_signature_says_who_signed_apart_from_the_rank()
    {
        var body = Body(Load(Letter));
        Assert.Contains("Ditandatangani oleh Dr. Baiq Nurul Aini, S.Kom., M.T., Kepala Dinas Komunikasi", body);
        Assert.Contains("(Pembina Utama Muda (IV/c), NIP 19780914 200212 2 004)", body);
    }

    [Fact]
    public void A_word_numbered_outline_reads_as_chapters_and_numbered_clauses()
    {
        var document = Load(Guideline);
        Assert.Contains(document.Passages, p => p.Headings.LastOrDefault() == "4. RAPAT DEWAN" && p.Body.Contains("4.2 Rapat pleno sah"));
        var body = Body(document);
        Assert.Contains("2.3 Anggota dari unsur nonpemerintah sebagaimana dimaksud pada butir 2.1", body);
        Assert.Contains("  - c. menyiapkan laporan semesteran", body);
    }

    [Fact]
    public void Reviewers_comments_are_no_content()
    {
        var body = Body(Load(Guideline));
        Assert.DoesNotContain("21 orang", body);
        Assert.DoesNotContain("31 Juli", body);
    }
}
