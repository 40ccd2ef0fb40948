using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Ranking refinements on made-up passages: everyday words weigh less than the question's subject, an aim is found where a section states one, a span of years meets the
/// passage about that span, "Benarkah …" is answered by the sentence stating the claim, and "kalau yang 2024?"
/// stays on the same kind of section.
/// </summary>
public sealed class RankingRefinementsTests
{
    private static KnowledgeIndex Build(params Passage[] passages) => MadeUpPassages.BuildWithFillers(passages);

    [Fact]
    public void Everyday_words_weigh_less_only_when_the_question_names_something_specific()
    {
        using var index = Build(Passage(0, "Aplikasi Kota Lumajang", "Kota Lumajang meluncurkan aplikasi Sipetang untuk pengaduan warga."));
        var specific = index.Analyze("apa nama aplikasi Kota Lumajang?");
        Assert.True(specific.Terms.Single(t => t.Words == "nama").Generic);
        Assert.False(specific.Terms.Single(t => t.Words == "lumajang").Generic);
        Assert.Contains(specific.Terms, t => t.Words == "nama" && t.RankWeight < t.Weight);

        // Nothing more specific to lean on: the everyday word keeps its weight.
        Assert.DoesNotContain(index.Analyze("apa namanya?").Terms, t => t.Generic);
    }

    [Fact]
    public void A_table_row_holding_the_questions_words_and_the_fact_asked_for_beats_a_heading_sharing_the_words()
    {
        using var index = Build(
            Passage(0, "Ketentuan peserta lomba", "Pendaftar harus memenuhi ketentuan berikut:\n\n- berdomisili di kota ini;\n- berusia paling tinggi 30 tahun."),
            Passage(1, "Jadwal lomba", "- Kegiatan: Paparan peserta lomba; Tanggal: 5 Mei 2026; Tempat: Aula Balai Kota\n- Kegiatan: Pengumuman; Tanggal: 9 Juni 2026; Tempat: Laman panitia"));
        // "presentasi" is a word the passages do not use: the row is found by the words it shares and the place it holds.
        Assert.Equal("Jadwal lomba", index.Search("presentasi peserta lomba diadakan di mana?")[0].Passage.Heading);
    }

    [Fact]
    public void A_sibling_section_whose_heading_names_the_word_the_first_lacks_comes_first()
    {
        static Passage Section(int n, string heading, string body) =>
            new($"lomba.docx#{n}", "lomba.docx", "Panduan Lomba Robot Pelajar Kota Lembayung 2026", "lomba", [heading], body, ["sumber uji"]);
        using var index = Build(
            Section(0, "Ketentuan Lomba", "Lomba robot pelajar diikuti tim sekolah. Setiap tim lomba terdiri atas tiga pelajar. Robot lomba dirakit sendiri oleh pelajar di Lembayung pada 2026."),
            Section(1, "Tempat Pelaksanaan", "Kegiatan diadakan di Gedung Serbaguna, dan babak final disiarkan langsung."));
        // Both sections carry the title's words; only one is about the place asked for.
        Assert.Equal("Tempat Pelaksanaan", index.Search("lomba robot pelajar Lembayung 2026 tempatnya di mana?")[0].Passage.Heading);
    }

    [Fact]
    public void A_figure_asked_for_comes_from_the_section_holding_one_when_the_first_holds_none()
    {
        using var index = Build(
            Passage(0, "Pendanaan layanan", "Layanan dibiayai dari APBD dinas penanggung jawab. Kerja sama dengan badan usaha diperbolehkan."),
            Passage(1, "Kriteria usulan", "Usulan layak dipilih bila memenuhi ketentuan berikut:\n\n- biaya pembangunan layanan tidak lebih dari Rp 90 juta;\n- memakai data yang sudah ada."));
        Assert.Equal("Kriteria usulan", index.Search("biaya layanan berapa?")[0].Passage.Heading);
        // Without a figure asked for, the section whose heading names the question's words stays first.
        Assert.Equal("Pendanaan layanan", index.Search("biaya layanan dari mana?")[0].Passage.Heading);
    }

    [Fact]
    public void A_rare_everyday_word_does_not_pull_in_the_one_passage_that_uses_it()
    {
        using var index = Build(
            Passage(0, "Istilah lain aplikasi layanan", "Aplikasi layanan juga disebut kanal digital, yang dibuat dalam waktu singkat."),
            Passage(1, "Aplikasi layanan Kota Lumajang 2019: Sipetang dan Lapor", "Kota Lumajang menjalankan dua aplikasi layanan pada 2019: Sipetang dan Lapor."),
            Passage(2, "Aplikasi layanan Kota Tuban 2019", "Kota Tuban menjalankan aplikasi layanan Simpel pada 2019."));
        var hit = index.Search("Boleh tahu aplikasi layanan yang dibuat Kota Lumajang waktu 2019?")[0];
        Assert.Equal("uji.md#1", hit.Passage.Id);
        // Confidence is the better reading of the two: all the words, or the specific ones.
        Assert.True(hit.Confidence >= 0.5, $"confidence {hit.Confidence}");
    }

    [Theory]
    [InlineData("pilarnya ada berapa", "pilar")]
    [InlineData("berapa daerah yang ikut 2019", "daerah")]
    [InlineData("jumlah peserta tahun ini", "peserta")]
    [InlineData("how many regions joined in 2018", "regions")]
    // Money named before "berapa kali": the times are counted.
    [InlineData("harga sayur di aplikasi pasar diperbarui berapa kali sehari", "kali")]
    public void The_counted_noun_is_read_from_the_question(string question, string noun) =>
        Assert.Equal(noun, AnswerTypes.CountedNouns(question).First());

    [Theory]
    [InlineData("tanggal berapa mou ditandatangani")]
    [InlineData("apa itu pilar")]
    // An amount of money or a contact is asked with "berapa" too, and counts nothing (hal-uang.txt, tanya-kontak.txt).
    [InlineData("biaya maksimal sebuah program percontohan berapa")]
    [InlineData("berapa anggaran kota contoh tahun depan")]
    [InlineData("nomor wa layanan bantuan pelatihan brp ya")]
    // A fee members pay or a levy is money too: the amount is asked, not the members or the region counted.
    [InlineData("iuran anggota paguyuban desa digital jatim brp")]
    [InlineData("retribusi parkir pintar di alun-alun kota berapa")]
    public void Questions_that_count_nothing_have_no_counted_noun(string question) => Assert.Empty(AnswerTypes.CountedNouns(question));

    [Fact]
    public void An_aim_question_wants_a_stated_aim()
    {
        Assert.True(AnswerTypes.Of("di layanan pajak yang mau dicapai apa").HasFlag(AnswerType.Purpose));
        Assert.True(AnswerTypes.Of("apa tujuan layanan pajak").HasFlag(AnswerType.Purpose));
        Assert.False(AnswerTypes.Of("kapan layanan pajak dibuka").HasFlag(AnswerType.Purpose));
        Assert.True(AnswerTypes.In("Layanan pajak adalah layanan untuk membangun kepatuhan warga.").HasFlag(AnswerType.Purpose));
        Assert.False(AnswerTypes.In("Layanan pajak dibuka pada 2019.").HasFlag(AnswerType.Purpose));
    }

    [Theory]
    [InlineData("nama layanan pada 2017 sampai 2019", "2017-2019")]
    [InlineData("Pada 2017–2019 layanan ini bernama Sipetang.", "2017-2019")]
    [InlineData("tahun 2018 hingga tahun 2020", "2018-2020")]
    public void Spans_of_years_are_read(string text, string span) => Assert.Contains(span, AnswerTypes.YearRanges(text));

    [Fact]
    public void A_span_of_years_meets_the_passage_about_that_span()
    {
        using var index = Build(
            Passage(0, "Penandatanganan kerja sama 2019", "Kerja sama 2019 melengkapi peserta tahun 2017 dan 2018, sesuai nama layanannya."),
            Passage(1, "Perubahan nama layanan", "Pada 2017–2019 layanan ini bernama Sipetang; sejak 2021 namanya Lapor."));
        Assert.Equal("uji.md#1", index.Search("Apa nama layanan ini pada tahun 2017 sampai 2019?")[0].Passage.Id);
    }

    [Fact]
    public void A_claim_is_answered_by_the_sentence_that_states_it()
    {
        using var index = Build(Passage(0, "Laporan", "Laporan dikirim ke dinas. Setiap kelurahan peserta wajib membuat laporan bulanan."));
        var claim = index.Analyze("Benarkah setiap kelurahan peserta wajib punya laporan bulanan?") with { FactCheck = true };
        var composed = AnswerComposer.Compose(claim, index.Search(claim)[0], [], index);
        // The stating sentence leads; the bot adds no "Ya, benar." of its own.
        Assert.StartsWith("Setiap kelurahan peserta wajib membuat laporan bulanan.", composed.Body);
    }

    [Fact]
    public void A_year_swap_follow_up_stays_on_the_same_kind_of_section()
    {
        using var index = Build(
            Passage(0, "Nota kesepakatan (MoU) 2023: ditandatangani daring 1 Maret 2023",
                "Nota kesepakatan (MoU) angkatan 2023 ditandatangani secara daring pada 1 Maret 2023."),
            Passage(1, "Surat undangan penandatanganan nota kesepakatan angkatan 2024: tanggal 3 Februari 2024",
                "Undangan penandatanganan nota kesepakatan angkatan 2024 dikirim dengan surat tertanggal 3 Februari 2024."),
            Passage(2, "Penandatanganan nota kesepakatan (MoU) virtual 9 April 2024 dan daftar peserta",
                "Nota kesepakatan (MoU) 2024 ditandatangani secara virtual pada 9 April 2024 bersama kepala daerah peserta, jauh setelah masa pendaftaran dan seleksi administrasi selesai."));
        var answerer = new QuestionAnswerer(index);
        var first = answerer.Answer("Kapan MoU angkatan 2023 ditandatangani?");
        Assert.Equal("uji.md#0", first.Best!.Passage.Id);
        var followUp = answerer.Answer("kalau yang 2024?", new ConversationTopic(first.Context, first.Best.Passage.Id, "Nota kesepakatan"));
        Assert.Equal(AnswerKind.Answered, followUp.Kind);
        Assert.Equal("uji.md#2", followUp.Best!.Passage.Id);
        Assert.Contains("9 April 2024", followUp.Answer!.Body);
    }
}
