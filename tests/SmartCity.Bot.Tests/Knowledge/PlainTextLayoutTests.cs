using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

public sealed class PlainTextLayoutTests
{
    // A made-up letter typed in a text editor: capitals headings, label lines, hand-numbered points, a signature block.
    private const string Letter = """
        PEMERINTAH KABUPATEN CONTOH
        DINAS KOMUNIKASI DAN INFORMATIKA

        SURAT EDARAN
        Nomor   : 045/77/Diskominfo/2030
        Perihal : Pemutakhiran Data Aplikasi

        Dalam rangka penataan aplikasi perangkat daerah, kami minta seluruh
        perangkat daerah memperbarui data aplikasinya.

        KETENTUAN

        1) Data diperbarui paling lambat 9 Oktober 2030
           melalui portal katalog aplikasi.
        2) Setiap aplikasi dilengkapi:
           a. nama penanggung jawab;
           b. alamat server.

                                Kepala Dinas Komunikasi dan Informatika,

                                ttd

                                Budi Contoh, S.Kom.
                                NIP 19800101 200501 1 001
        """;

    [Fact]
    public void Capitals_lines_head_sections_and_points_are_list_lines()
    {
        var document = DocumentLoader.FromPlainText(Letter, "surat-edaran-pemutakhiran-aplikasi.txt");
        Assert.Equal("surat edaran pemutakhiran aplikasi", document.Title);
        var rules = document.Passages.Single(p => p.Headings.Contains("KETENTUAN"));
        // A wrapped point continues on its own line; lettered points sit under it.
        Assert.Contains("- Data diperbarui paling lambat 9 Oktober 2030 melalui portal katalog aplikasi.", rules.Body);
        Assert.Contains("  - nama penanggung jawab;", rules.Body);
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("    Kepala Dinas"));
    }

    [Fact]
    public void Label_lines_stay_apart_and_the_signature_says_who_signed()
    {
        var (markdown, kind) = PlainTextLayout.ToMarkdown(Letter);
        Assert.Equal("Surat edaran", kind);
        Assert.Contains("- Nomor: 045/77/Diskominfo/2030\n- Perihal: Pemutakhiran Data Aplikasi", markdown);
        var document = DocumentLoader.FromPlainText(Letter, "surat.txt");
        Assert.Contains(document.Passages, p => p.Body.Contains("Surat edaran ini ditandatangani oleh Budi Contoh, S.Kom., Kepala Dinas Komunikasi dan Informatika"));
        Assert.DoesNotContain(document.Passages, p => p.Body.Contains("ttd"));
    }

    [Theory]
    [InlineData("## Judul\n\nIsi.", false)]
    [InlineData("---\ntitle: x\n---\nIsi.", false)]
    [InlineData("MEMO\n\n1) Isi.", true)]
    public void Markdown_saved_as_txt_is_still_read_as_markdown(string text, bool plain) =>
        Assert.Equal(plain, PlainTextLayout.IsPlain(text));

    [Theory]
    [InlineData("TEMBUSAN", true)]
    [InlineData("II. KEWAJIBAN DAERAH", true)]
    [InlineData("Kepala Dinas,", false)]
    [InlineData("BAB I.", false)]
    public void A_heading_is_a_short_line_in_capitals(string line, bool heading) =>
        Assert.Equal(heading, PlainTextLayout.IsCapitals(line));
}
