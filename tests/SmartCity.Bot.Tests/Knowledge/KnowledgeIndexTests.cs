using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

public sealed class KnowledgeIndexTests
{
    private static readonly KnowledgeIndex Index = KnowledgeIndex.Build(DocumentLoader.LoadFolder(DocumentLoaderTests.Fixtures).SelectMany(d => d.Passages));

    private static string Top(string question) => Index.Search(question)[0].Passage.Heading;

    [Theory]
    [InlineData("gimana sih unsur smart branding itu?", "bagaimana unsur smart branding itu?")]
    [InlineData("kpn tenggat dokumen nya", "kapan tenggat dokumen")]
    [InlineData("udh prnh ikut blm taun brp", "sudah pernah ikut belum tahun berapa")]
    public void Informal_words_are_normalized(string informal, string formal) =>
        Assert.Equal(formal, string.Join(' ', InformalIndonesian.Normalize(informal).Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Theory]
    [InlineData("Apa deadline pengumpulan rencana induk?", "Batas waktu pengumpulan dokumen masterplan")]
    [InlineData("kapan bimtek di PPU?", "Bimbingan teknis penyusunan masterplan")]
    [InlineData("apa saja dimensi kota cerdas", "Enam pilar (dimensi) smart city")]
    [InlineData("apa itu program percepatan", "Apa itu quick win?")]
    public void Domain_synonyms_find_the_passage(string question, string heading) => Assert.Equal(heading, Top(question));

    [Theory]
    [InlineData("apa itu masterplan biasanya disusun berapa lama? siapa saja yang terlibat menyusunnya", "kalau quick win?", AnswerType.Person, AnswerType.Duration)]
    [InlineData("berapa lama bimteknya? siapa pendampingnya?", "terus quick win", AnswerType.Person, AnswerType.Duration)]
    [InlineData("kapan MoU 2018 diteken? pesertanya berapa", "kalau 2019?", AnswerType.Count, AnswerType.Date)]
    [InlineData("berapa peserta 2018?", "kalau 2019?", AnswerType.Count, AnswerType.None)]
    public void A_follow_up_asking_nothing_carries_the_kind_its_threads_latest_question_asked(string context, string question, AnswerType carried, AnswerType dropped)
    {
        var wants = Index.Analyze(question, context).Wants;
        Assert.True(wants.HasFlag(carried), $"{question} after '{context}' reads as {wants}");
        if (dropped != AnswerType.None) Assert.False(wants.HasFlag(dropped), $"{question} after '{context}' still asks {dropped}");
    }

    [Fact]
    public void Mistyped_words_are_matched_fuzzily()
    {
        var hit = Index.Search("wajah kotta dan pariwsata di brandng")[0];
        Assert.Equal("Smart branding: pariwisata, bisnis, dan wajah kota", hit.Passage.Heading);
        Assert.True(hit.Confidence > 0.8, $"confidence {hit.Confidence}");
    }

    [Fact]
    public void Only_the_first_few_unknown_words_of_a_message_are_corrected_for_typos()
    {
        // Each correction builds a fuzzy automaton: a pasted page of unknown words must not build hundreds.
        var words = Enumerable.Range(0, 30).Select(i => $"kebijakanzq{(char)('a' + i % 26)}{(char)('a' + i / 26)}");
        var analyzed = Index.Analyze(string.Join(' ', words));
        Assert.Equal(30, analyzed.Terms.Count);
        Assert.InRange(analyzed.Terms.Count(t => t.MaxEdits > 0), 1, 6);
        Assert.True(Index.Analyze("msterplan").Terms.Single().MaxEdits > 0, "a single typo is still corrected");
    }

    [Fact]
    public void A_word_typed_as_one_finds_the_two_words_the_documents_write_with_a_hyphen()
    {
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Internet taman kota", "Taman kota Lembayung menyediakan Wi-Fi gratis dua jam sehari."),
            MadeUpPassages.Passage(2, "Kartu warga", "Kartu warga dicetak di kantor kelurahan."));
        var term = index.Analyze("wifi").Terms.Single();
        Assert.True(term.Known, "the joined word is known through its parts");
        Assert.Equal(0, term.MaxEdits);
        Assert.Equal("Internet taman kota", index.Search("wifi gratis di taman")[0].Passage.Heading);
        // Two index words that never stand side by side are no reading of an unknown word.
        Assert.False(index.Analyze("kartuinternet").Terms.Single().Known);
    }

    [Fact]
    public void A_year_after_a_headings_span_of_years_is_not_that_sections_year()
    {
        // "Total peserta 2017–2022" names 2023 only as the date of an article; the per-year list covers 2023.
        using var index = KnowledgeIndex.Build(DocumentLoader.LoadFolder(RepoPaths.Knowledge).SelectMany(d => d.Passages));
        var top = index.Search("berapa jumlah peserta 2023")[0].Passage.Heading;
        Assert.DoesNotContain("2017–2022", top);
        Assert.Contains("per tahun", top);
    }

    [Fact]
    public void A_word_with_a_possessive_has_the_synonyms_of_the_word()
    {
        // sinonim.txt: "syarat, kriteria, persyaratan, ketentuan"; the user writes "syaratnya".
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Kriteria peserta lomba", "Kriteria peserta lomba: tim beranggotakan tiga orang."),
            MadeUpPassages.Passage(2, "Hadiah lomba", "Hadiah lomba dibagikan pada malam penutupan."));
        Assert.Equal("Kriteria peserta lomba", index.Search("ikut lomba syaratnya apa")[0].Passage.Heading);
        Assert.Null(Particles.Bare("ilmu"));
        Assert.Equal("syarat", Particles.Bare("syaratnya"));
    }

    [Fact]
    public void A_word_with_a_possessive_weighs_as_the_word_itself()
    {
        // "jadwalnya" written so in one section only, "jadwal" in every one: the possessive makes the word no rarer.
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Jadwal pelatihan", "Jadwalnya diumumkan setiap bulan; jadwal pelatihan dibagikan lewat surat."),
            MadeUpPassages.Passage(2, "Jadwal lomba", "Jadwal lomba dibuka pada Maret."),
            MadeUpPassages.Passage(3, "Jadwal rapat", "Jadwal rapat ditetapkan sekretariat."));
        var possessive = index.Analyze("jadwalnya").Terms.Single().Weight;
        Assert.Equal(index.Analyze("jadwal").Terms.Single().Weight, possessive, 3);
        // A name the stemmer would clip further keeps its own, rarer count.
        var place = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Kabupaten Pemalang", "Kabupaten Pemalang menyusun masterplan."),
            MadeUpPassages.Passage(2, "Nasib malang", "Nasib malang menimpa panitia."),
            MadeUpPassages.Passage(3, "Malang melintang", "Pengalaman malang melintang di lapangan."));
        Assert.True(place.Analyze("pemalang").Terms.Single().Weight > place.Analyze("malang").Terms.Single().Weight);
    }

    [Fact]
    public void Questions_about_other_things_have_low_confidence()
    {
        var hits = Index.Search("resep rendang padang yang enak");
        Assert.True(hits.Count == 0 || hits[0].Confidence < 0.3);
    }

    [Fact]
    public void Place_names_are_not_confused_by_the_stemmer()
    {
        // "Penajam" would stem like other words; the word as written is indexed too, so the exact name wins.
        Assert.Equal("Bimbingan teknis penyusunan masterplan", Top("Penajam"));
    }

    /// <summary>
    /// "contoh X di Y": a section naming several of X in bold or as list items gives the examples asked for, though it
    /// never says "contoh"; a section about Y merely saying "contoh ini …" does not outrank it on that word.
    /// </summary>
    [Fact]
    public void A_section_listing_named_things_gives_examples_without_saying_so()
    {
        using var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Program unggulan Kabupaten Lembah Hijau",
                "Kabupaten Lembah Hijau menjalankan tiga program unggulan: **Sapa Warga**, **Pasar Daring**, dan **Sungai Bersih**."),
            MadeUpPassages.Passage(2, "Pelatihan Kabupaten Lembah Hijau",
                "Pelatihan Kabupaten Lembah Hijau berlangsung dua hari dan merumuskan program unggulan. Contoh ini menggambarkan pola pelatihan."));
        var top = index.Search("contoh program unggulan dari kabupaten lembah hijau")[0];
        Assert.Equal("Program unggulan Kabupaten Lembah Hijau", top.Passage.Heading);
        Assert.True(top.Confidence >= 0.99, $"confidence {top.Confidence}");
    }
}
