using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Round 7 of issue 9 on made-up passages: an answer about another year than the one asked is not given as sure, a
/// year named only in passing does not make a section about that year, a heading asking the question's own form is
/// preferred, a section about the subject named answers an aspect of it without using the aspect word, a later
/// sentence holding a word of the question joins the answer, and English question words are read from the lexicon.
/// </summary>
public sealed class YearAndFormTests
{
    private static KnowledgeIndex Build(params Passage[] passages) => BuildWithFillers(passages);

    private static readonly Passage Contest = Passage(0, "Lomba robot pelajar", "Lomba robot pelajar digelar pada 12 Mei 2022 di Aula Balai Kota. Setiap sekolah mengirim satu tim.");
    private static readonly Passage EarlierYear = Passage(1, "Sejarah taman baca", "Taman baca kelurahan dibuka untuk umum pada 2019.");

    [Fact]
    public void A_question_about_one_year_is_not_answered_surely_by_another_years_fact()
    {
        using var index = Build(Contest, EarlierYear);
        var answerer = new QuestionAnswerer(index);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Kapan lomba robot pelajar tahun 2022 digelar?").Kind);
        // 2019 is a year the documents know (so the question is not simply beyond them), but the contest's only date is 2022.
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("Kapan lomba robot pelajar tahun 2019 digelar?").Kind);
    }

    [Fact]
    public void A_span_of_years_names_each_year_in_it()
    {
        using var index = Build(Contest);
        var question = index.Analyze("siapa pengelola taman tahun 2019?");
        Assert.True(KnowledgeIndex.NamesOnlyOtherYears(question, "Pengelolanya pada 2022 adalah dinas."));
        Assert.False(KnowledgeIndex.NamesOnlyOtherYears(question, "Pengelolanya pada 2017–2021 adalah dinas."));
        Assert.False(KnowledgeIndex.NamesOnlyOtherYears(question, "Pengelolanya adalah dinas."));
    }

    [Fact]
    public void A_year_named_in_passing_in_a_section_headed_by_another_year_does_not_answer_about_it()
    {
        var festival = Passage(2, "Festival budaya 2025: juara per kategori",
            "Juara festival budaya 2025 adalah Sanggar Melati dari Kelurahan Cempaka. Penilaiannya memakai hasil survei penonton tahun 2024.");
        using var index = Build(festival);
        Assert.True(index.YearOnlyInPassing(index.Analyze("Siapa juara festival budaya 2024?"), festival));
        // The sentence naming 2024 is about the survey: a question about that survey is answered there.
        Assert.False(index.YearOnlyInPassing(index.Analyze("Survei penonton tahun 2024 dipakai untuk apa?"), festival));
        Assert.False(index.YearOnlyInPassing(index.Analyze("Siapa juara festival budaya 2025?"), festival));
    }

    [Fact]
    public void A_heading_asking_the_questions_form_is_preferred_to_a_sibling_overview()
    {
        static Passage Section(int n, string heading, string body) =>
            new($"evaluasi.md#{n}", "evaluasi.md", "Evaluasi program desa digital", "evaluasi", [heading], body, ["sumber uji"]);
        const string body = "Pelaksanaan program dinilai bersama oleh dosen, praktisi, dan perwakilan dinas.";
        using var index = Build(Section(0, "Yang menilai dosen dan praktisi", body), Section(1, "Siapa yang menilai? Dosen dan praktisi", body));
        Assert.Equal(AnswerType.Person, KnowledgeIndex.HeadingAsks("Siapa yang menilai? Dosen dan praktisi"));
        Assert.Equal(AnswerType.None, KnowledgeIndex.HeadingAsks("Yang menilai dosen dan praktisi"));
        // The same text under both headings: the one asking "siapa" is the "siapa" question's section.
        Assert.StartsWith("Siapa yang menilai", index.Search("Siapa yang menilai pelaksanaan program?")[0].Passage.Heading);
    }

    [Fact]
    public void A_section_about_the_subject_named_answers_an_aspect_of_it_without_the_aspect_word()
    {
        static Passage Section(int n, string heading, string body) =>
            new($"layanan.md#{n}", "layanan.md", "Layanan kelurahan", "layanan", [heading], body, ["sumber uji"]);
        using var index = Build(
            Section(0, "Ringkasan layanan kelurahan", "Tujuan layanan kelurahan adalah memudahkan warga. Layanannya meliputi Pojok Baca, Halte Pintar, dan Taman Digital."),
            Section(1, "Pojok Baca: ruang baca warga", "Pojok Baca menyediakan buku anak, meja belajar, dan kelas menulis bagi warga setiap Sabtu."));
        Assert.StartsWith("Pojok Baca", index.Search("Apa tujuan Pojok Baca?")[0].Passage.Heading);
    }

    [Fact]
    public void A_later_sentence_holding_a_word_of_the_question_no_chosen_sentence_has_joins_the_answer()
    {
        var exhibition = Passage(3, "Pameran digital karya pelajar",
            "Pada akhir 2023 dinas pendidikan mengumumkan pameran digital karya pelajar. Pameran ini menampilkan robot, aplikasi, dan animasi buatan sekolah. Pengunjung dapat memberi suara untuk karya favorit.");
        using var index = Build(exhibition);
        var question = index.Analyze("Pameran digital karya pelajar menampilkan apa saja?");
        var composed = AnswerComposer.Compose(question, new SearchHit(exhibition, 1, 1), [], index);
        Assert.Contains("menampilkan robot", composed.Body);
    }

    [Fact]
    public void English_question_words_and_articles_come_from_the_lexicon()
    {
        using var index = Build(Contest);
        Assert.DoesNotContain(index.Analyze("What is a robot contest?").Terms, t => t.Words == "a");
        Assert.True(AnswerTypes.Of("who organizes the contest?").HasFlag(AnswerType.Person));
        Assert.True(AnswerTypes.Of("how many schools joined?").HasFlag(AnswerType.Count));
        Assert.Equal("robot contest", QuestionCues.DefinitionSubject("what is a robot contest?")?.Replace("a ", ""));
    }
}

/// <summary>Which programme year an answer's section is about, so "tahun berikutnya" after it steps from that year.</summary>
public sealed class DatedSubjectTests
{
    [Theory]
    [InlineData("Peluncuran dan penandatanganan nota kesepahaman (MoU) 2017 di Makassar, 22 Mei 2017", "2017")]
    [InlineData("Bimtek Kabupaten Penajam Paser Utara (PPU) 2022: tahap III (22–23 Agustus) dan tahap IV (21 September)", "2022")]
    [InlineData("Pemaparan masterplan dan quick win di akhir tahun (2018 dan 2019)", "")]
    [InlineData("ASEAN Smart Cities Network: Banyuwangi, Jakarta, Makassar dan cetak biru smart city 2023", "")]
    public void The_year_of_a_heading_is_read_outside_its_brackets_and_before_its_colon(string heading, string year) =>
        Assert.Equal(year, string.Join(",", AnswerTypes.Years(KnowledgeIndex.DatedSubject(heading))));
}
