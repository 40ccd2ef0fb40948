using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the thirty-first probe's documents are read (Knowledge/unseen-documents-31): a word processor's two-column page
/// whose columns' baselines do not line up is read column by column, not as a table pairing their lines; a numbered
/// item wrapped onto a lower-case line is a list item, not a heading; footnotes at a page's foot join the section whose
/// text marks them, not the section the page ends in; an FAQ kept in a table gives each question its own section.
/// </summary>
public sealed class NewDocumentLayoutsThirtyOneTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-31", file), file)!;

    private const string Guideline = "juknis-kampung-digital-kabupaten-jayapura-2026.pdf", Standard = "standar-pelayanan-jayapura-siaga-112.docx";

    [Fact]
    public void Staggered_columns_are_read_one_after_the_other()
    {
        var opening = Assert.Single(Load(Guideline).Passages, p => p.Heading.EndsWith("Pendahuluan", StringComparison.Ordinal)).Body;
        Assert.Contains("Program ini membawa internet satelit ke kampung yang belum terjangkau sinyal seluler", opening);
        Assert.DoesNotContain("Persyaratan Kampung:", opening);
    }

    [Fact]
    public void A_wrapped_numbered_item_is_no_heading_and_the_list_goes_on_over_the_page()
    {
        var document = Load(Guideline);
        Assert.DoesNotContain(document.Passages, p => p.Heading.Contains("Memiliki kantor kampung", StringComparison.Ordinal));
        var requirements = Assert.Single(document.Passages, p => p.Heading.EndsWith("Persyaratan Kampung", StringComparison.Ordinal)).Body;
        Assert.Contains("Memiliki kantor kampung yang dapat dipakai sebagai pos layanan digital.", requirements);
        Assert.Contains("Belum terjangkau jaringan seluler 4G", requirements);
        Assert.DoesNotContain("139 kampung", requirements);
    }

    [Fact]
    public void A_footnote_joins_the_section_that_marks_it()
    {
        var document = Load(Guideline);
        Assert.Contains("139 kampung", Assert.Single(document.Passages, p => p.Heading.EndsWith("Pendahuluan", StringComparison.Ordinal)).Body);
        Assert.Contains("20 Mbps", Assert.Single(document.Passages, p => p.Heading.EndsWith("Sasaran 2026", StringComparison.Ordinal)).Body);
    }

    [Fact]
    public void An_faq_table_gives_each_question_its_section()
    {
        var prank = Assert.Single(Load(Standard).Passages, p => p.Heading.EndsWith("Apa akibatnya bila menelepon iseng?", StringComparison.Ordinal)).Body;
        Assert.Contains("diblokir selama 3 x 24 jam", prank);
        Assert.DoesNotContain("0811-4800-0112", prank);
    }

    [Fact]
    public void A_table_whose_first_column_is_no_question_stays_rows()
    {
        var markdown = new System.Text.StringBuilder();
        DocumentLoader.AppendTable(markdown, [["Kegiatan", "Waktu"], ["Pembukaan", "08.00"], ["Diskusi", "09.00"]]);
        Assert.DoesNotContain("###", markdown.ToString());
        Assert.Contains("- Kegiatan: Pembukaan; Waktu: 08.00", markdown.ToString());
    }
}
