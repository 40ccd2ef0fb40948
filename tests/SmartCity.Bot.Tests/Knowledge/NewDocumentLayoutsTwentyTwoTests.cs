using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the twenty-second probe's documents are read (Knowledge/unseen-documents-22): a circular letter printed from
/// Word keeps a lettered point whole across its page break and drops the "- 2 -" over its second page; its signature
/// block says who signed and its "Tembusan" list stays apart from it; a service page's cookie banner and footer stay out.
/// </summary>
public sealed class NewDocumentLayoutsTwentyTwoTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-22", file), file)!;

    private static string Body(KnowledgeDocument document) => string.Join("\n", document.Passages.Select(p => p.Body));

    [Fact]
    public void A_point_running_over_the_page_break_stays_one_item()
    {
        var body = Body(Load("surat-edaran-klinik-masterplan-smart-city-2026.pdf"));
        Assert.Contains("dan target waktu penyelesaian dalam tahun berjalan;", body);
        Assert.DoesNotContain("- 2 -", body);
    }

    [Fact]
    public void A_printed_letter_says_who_signed_it_apart_from_its_copies()
    {
        var body = Body(Load("surat-edaran-klinik-masterplan-smart-city-2026.pdf"));
        Assert.Contains("Surat edaran ini ditandatangani oleh Ir. Bambang Sutrisno Hadi, M.Sc.", body);
        Assert.DoesNotContain("1 002 Tembusan", body);
        Assert.Contains("- Menteri Dalam Negeri;", body);
    }

    [Fact]
    public void A_service_page_keeps_its_tabs_and_answers_but_not_its_banner_or_footer()
    {
        var body = Body(Load("pojok-digital-kelurahan-probolinggo.html"));
        Assert.Contains("pukul 08.00-15.00 WIB", body);
        Assert.Contains("1 (satu) jam per kunjungan", body);
        Assert.DoesNotContain("cookie", body);
        Assert.DoesNotContain("Panglima Sudirman", body);
        Assert.DoesNotContain("07.30", body);
    }
}
