using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the tenth probe's documents are read (Knowledge/unseen-documents-10): terms of reference typed with underlined
/// headings, meeting minutes exported to PDF, and a blog theme's announcement page.
/// </summary>
public sealed class NewDocumentLayoutsTenTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-10", file), file)!;

    [Fact]
    public void Underlined_lines_head_sections_and_a_spanning_row_names_its_group()
    {
        var terms = Load("kak-pendampingan-evaluasi-smart-city-kalsel-2030.docx");
        Assert.Equal(["A. LATAR BELAKANG", "B. MAKSUD DAN TUJUAN", "C. SASARAN KEGIATAN", "D. JADWAL PELAKSANAAN", "E. PEMBIAYAAN", "F. KELUARAN", "G. NARAHUBUNG"],
            terms.Passages.Select(p => p.Heading));
        var timeline = terms.Passages.Single(p => p.Heading == "D. JADWAL PELAKSANAAN").Body;
        Assert.Contains("- Tahap II - Pendampingan Lapangan — No: 3;", timeline); // each row under the group carries it
        Assert.DoesNotContain("No: Tahap", timeline);
        // The shaded one-cell banner is the title block, no list item of any section.
        Assert.DoesNotContain(terms.Passages, p => p.Body.Contains("KERANGKA ACUAN KERJA"));
    }

    [Fact]
    public void Minutes_join_wrapped_rows_of_a_numbered_table_and_drop_a_running_header_on_one_page()
    {
        var minutes = Load("notulen-rakor-forum-smart-city-ntb-2030.pdf");
        var actions = minutes.Passages.Single(p => p.Heading == "Rencana Tindak Lanjut").Body;
        Assert.Contains("Kegiatan: Mengirim daftar inovasi yang akan dipamerkan beserta foto dan narahubung; Penanggung Jawab: Diskominfo kabupaten/kota; Tenggat: 17 Mei 2030", actions);
        Assert.DoesNotContain(minutes.Passages, p => p.Body.Contains("- halaman 2"));
    }

    [Fact]
    public void A_post_is_titled_by_its_article_heading_and_bold_lines_sit_beside_its_h3()
    {
        var post = Load("pengumuman-lomba-aplikasi-gorontalo-2030.html");
        Assert.Equal("Pengumuman Lomba Aplikasi Smart City Kota Gorontalo 2030", post.Title);
        Assert.Equal(["Jadwal Lomba"], post.Passages.Single(p => p.Heading == "Jadwal Lomba").Headings);
        Assert.Contains(post.Sources, s => s.Contains("3 Februari 2030"));
        // The theme's header (site name and motto), the sidebar's posts of last year and the comments are no content.
        Assert.DoesNotContain(post.Passages, p => p.Body.Contains("Melayani dengan Hati") || p.Body.Contains("2029") || p.Body.Contains("anak SMK"));
    }

    [Fact]
    public void A_heading_opening_with_a_question_word_asks_what_that_question_asks()
    {
        Assert.Equal(AnswerType.Manner, KnowledgeIndex.HeadingAsks("Cara Mendaftar"));
        Assert.Equal(AnswerType.Place, KnowledgeIndex.HeadingAsks("Lokasi Pelatihan"));
        Assert.Equal(AnswerType.Date, KnowledgeIndex.HeadingAsks("Jadwal Lomba"));
        Assert.Equal(AnswerType.None, KnowledgeIndex.HeadingAsks("Persyaratan Peserta"));
        // A purpose label is about its own subject, not the one a "tujuan …" question names.
        Assert.Equal(AnswerType.None, KnowledgeIndex.HeadingAsks("Tujuan GMSC: harmonisasi perencanaan"));
    }
}
