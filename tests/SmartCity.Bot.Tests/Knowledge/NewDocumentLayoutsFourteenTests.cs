using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// How the fourteenth probe's documents are read (Knowledge/unseen-documents-14) and what recurs beyond them: a
/// regulation set in one size is read by its chapters and articles, the names a staff document's text gives are its
/// subjects, and a long section's opening sentence is the context its later sentences leave unsaid.
/// </summary>
public sealed class NewDocumentLayoutsFourteenTests
{
    private static KnowledgeDocument Load(string file) =>
        DocumentLoader.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", "unseen-documents-14", file), file)!;

    [Fact]
    public void A_scanned_regulation_is_titled_by_its_title_block_and_split_by_chapter_and_article()
    {
        var regulation = Load("perbup-kulon-progo-27-2034-kabupaten-cerdas.pdf");
        Assert.Equal("PERATURAN BUPATI KULON PROGO NOMOR 27 TAHUN 2034 TENTANG PENYELENGGARAAN KABUPATEN CERDAS", regulation.Title);
        // "BAB II" over "MASTERPLAN" is one chapter heading; each Pasal its own section under it.
        var period = regulation.Passages.Single(p => p.Headings.SequenceEqual(["BAB II MASTERPLAN", "Pasal 2"]));
        Assert.Contains("periode tahun 2034 sampai dengan tahun 2038", period.Body);
        Assert.Contains(regulation.Passages, p => p.Headings.SequenceEqual(["BAB III KELEMBAGAAN", "Pasal 5"]) && p.Body.Contains("15 (lima belas) orang"));
        // Numbered definitions are items of Pasal 1, not headings.
        Assert.DoesNotContain(regulation.Passages, p => p.Headings.Any(h => h.StartsWith("Masterplan Kabupaten Cerdas adalah", StringComparison.Ordinal)));
        // The OCR layer's separate words read as words.
        Assert.Contains(regulation.Passages, p => p.Body.Contains("paling lambat tanggal 10 (sepuluh) setiap bulan"));
    }

    private static PdfLine Line(double y, string text) => new(1, y, text, 11, false);

    [Fact]
    public void Articles_make_a_regulations_sections_only_when_numbered_from_one_up()
    {
        List<PdfLine> lines = [Line(800, "PERATURAN WALI KOTA CONTOH"), Line(785, "NOMOR 3 TAHUN 2030"), Line(770, "TENTANG"),
            Line(755, "DATA KOTA"), Line(740, "DENGAN RAHMAT TUHAN YANG MAHA ESA"), Line(725, "BAB I"), Line(710, "KETENTUAN UMUM"),
            Line(695, "Pasal 1"), Line(680, "1. Data adalah keterangan."), Line(665, "Pasal 2"), Line(650, "Data diperbarui setiap bulan.")];
        var structure = PdfRegulation.Read(lines)!;
        Assert.Equal(["BAB I KETENTUAN UMUM", "Pasal 1", "Pasal 2"], structure.Headings.Keys.Select(l => l.Text));
        Assert.Equal(1, structure.Headings.Single(h => h.Key.Text == "BAB I KETENTUAN UMUM").Value);
        Assert.Equal("PERATURAN WALI KOTA CONTOH NOMOR 3 TAHUN 2030 TENTANG DATA KOTA", PdfRegulation.Title(structure.Lines));
        // A letter citing one article is no regulation.
        Assert.Null(PdfRegulation.Read([Line(800, "Sesuai ketentuan berikut:"), Line(785, "Pasal 5"), Line(770, "Demikian.")]));
    }

    [Fact]
    public void Names_in_a_staff_documents_text_are_its_subjects_and_the_programmes_own_markdown_is_not_read()
    {
        var post = new Passage("berita.html#0", "berita.html", "Peluncuran layanan", "berita", [],
            "Pintu tunggal yang dimaksud adalah aplikasi Si Gethuk di Kota Contoh. Pembayaran memakai QRIS.", []);
        var names = DocumentNames.Of(post).Split('\n');
        Assert.Contains("Si Gethuk", names);
        Assert.Contains("QRIS", names);
        // A sentence's first word is no name.
        Assert.DoesNotContain("Pintu", names);
        Assert.Equal("", DocumentNames.Of(post with { DocumentPath = "program.md" }));
    }

    [Fact]
    public void A_long_posts_sentence_carrying_the_fact_answers_though_only_the_lead_names_the_city()
    {
        var post = new Passage("berita.html#0", "berita.html", "Peluncuran layanan kota digital", "berita", [],
            "SURAKARTA – Pemerintah Kota Surakarta meluncurkan layanan kota digital tahap kedua, Senin (3/3/2031). " +
            "Wali Kota mengatakan tahap pertama disusun ketika Kota Surakarta bergabung pada 2018. " +
            "Selama tahap pertama, program itu menghasilkan 31 layanan daring yang kini dipakai warga. " +
            "Tahap kedua menambah jaringan ke semua kelurahan. Anggaran tahun pertama Rp4 miliar. " +
            "Lomba aplikasi digelar pada Juli. Warga diajak ikut menguji layanan baru. " +
            "\"Kota kecil pun bisa melayani warga dengan cepat,\" pungkas Wali Kota.", []);
        var index = MadeUpPassages.BuildWithFillers(post);
        var analyzed = index.Analyze("layanan daring surakarta sudah ada berapa");
        var answer = AnswerComposer.Compose(analyzed, index.Search(analyzed).First(h => h.Passage.Id == post.Id), [], index);
        Assert.Contains("31 layanan daring", answer.Body);
    }
}
