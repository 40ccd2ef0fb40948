using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Issue 9 kinds of wrong-but-sure answers: affixed forms of one root word that the stemmer did not conflate
/// (knowledge/lexicon/kata-dasar.txt), "siapa &lt;jabatan&gt;" answered by text naming no holder of the office
/// (tanya-jabatan.txt), a section headed by another year than the one asked, and aspect words ("tujuan",
/// "cakupan": kata-aspek.txt) taking the subject share from the pillar a question names.
/// </summary>
public sealed class RootWordsAndSectionFitTests
{
    [Theory]
    [InlineData("memuat", "muat")]
    [InlineData("dimuat", "muat")]
    [InlineData("termuat", "muat")]
    [InlineData("menilai", "nilai")]
    [InlineData("dinilai", "nilai")]
    [InlineData("penilaian", "nilai")]
    [InlineData("menetapkan", "tetap")]
    [InlineData("mengelola", "kelola")]
    [InlineData("pengelolaan", "kelola")]
    [InlineData("memakai", "pakai")]
    public void Affixed_forms_of_a_listed_root_stem_to_it(string word, string root) =>
        Assert.Contains(root, KnowledgeIndex.TermsOf(word));

    [Theory]
    [InlineData("menulis")]
    [InlineData("ditulis")]
    [InlineData("penulisan")]
    [InlineData("tertulis")]
    [InlineData("tulisannya")]
    public void Forms_are_generated_with_the_sound_change_of_me_and_pe(string form)
    {
        var forms = RootWords.Forms(["tulis"]);

        Assert.True(forms.TryGetValue(form, out var root));
        Assert.Equal("tulis", root);
    }

    [Fact]
    public void Words_that_are_no_form_of_a_listed_root_are_left_to_the_stemmer() =>
        Assert.False(RootWords.Forms(["tulis"]).ContainsKey("menulari"));

    [Theory]
    [InlineData("siapa wali kota depok tahun 2019?", "Kota Depok mengikuti bimbingan teknis tahap 1 pada 12 Juli 2019.", false)]
    [InlineData("siapa wali kota depok tahun 2019?", "Pada 2019 Wali Kota Depok Budi Santoso membuka acara.", true)]
    [InlineData("siapa ketua tim penilai?", "Penilaian dilakukan akademisi, praktisi, dan kementerian.", false)]
    [InlineData("siapa menteri kominfo waktu itu?", "Dari pihak Kominfo hadir Menkominfo Johnny G. Plate.", true)]
    [InlineData("siapa direktur laip 2022?", "Direktorat LAIP, dengan direktur **Bambang Dwi Anggono** pada 2022.", true)]
    [InlineData("siapa yang membuka acara?", "Acara dibuka Kota Depok.", true)]
    [InlineData("siapa ketua dewan juri?", "Dewan juri diketuai Prof. Ratnasari Widjajanti dari Universitas Halu Oleo.", true)]
    public void A_question_naming_an_office_needs_a_holder_of_it(string question, string text, bool names) =>
        Assert.Equal(names, AnswerTypes.NamesHolder(question, text));

    [Fact]
    public void A_section_headed_by_another_year_does_not_answer_a_year_it_never_names()
    {
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Peluncuran taman digital 2021 di Balai Kota",
                "Peluncuran taman digital berlangsung pada 20 Mei 2021 di Balai Kota bersama 48 kepala daerah."));
        var answerer = new QuestionAnswerer(index);

        var other = answerer.Answer("Kapan peluncuran taman digital 2020?");
        var same = answerer.Answer("Kapan peluncuran taman digital 2021?");

        Assert.NotEqual(AnswerKind.Answered, other.Kind);
        Assert.Equal(AnswerKind.Answered, same.Kind);
    }

    [Fact]
    public void A_section_covering_a_span_of_years_answers_a_year_inside_it()
    {
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Penilaian taman digital 2022",
                "Penilaian taman digital pada 2022 menilai peserta 2017–2021 dengan survei warga."));

        var answer = new QuestionAnswerer(index).Answer("Bagaimana penilaian taman digital untuk peserta 2019?");

        Assert.True(index.NamesAskedYear(index.Analyze("penilaian taman digital peserta 2019"), index.Passages[0]));
        Assert.NotEqual(AnswerKind.OutOfScope, answer.Kind);
    }

    [Fact]
    public void An_aspect_word_does_not_pull_a_question_about_one_pillar_to_another_section()
    {
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Apa itu kota uji?",
                "Kota uji adalah kota yang memakai data untuk layanan warga. Tujuan kota uji tercapai lewat tiga pilar: smart taman, smart pasar, dan smart halte."),
            MadeUpPassages.Passage(2, "Smart taman (tata kelola taman cerdas): pohon, bangku, dan air",
                "Smart taman adalah pilar untuk merawat taman warga, dengan unsur pohon peneduh, bangku, dan air bersih."));

        var answer = new QuestionAnswerer(index).Answer("Smart taman bertujuan untuk apa?");

        Assert.Equal("uji.md#2", answer.Best!.Passage.Id);
    }

    [Fact]
    public void A_question_asking_for_examples_gets_the_sentence_giving_them()
    {
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Smart taman (tata kelola taman cerdas): pohon dan bangku",
                "Smart taman adalah pilar untuk merawat taman warga dengan pohon peneduh dan bangku. " +
                "Contoh: aplikasi SIRAM untuk jadwal penyiraman dari Kota Lembah. " +
                "Kota Bukit meraih penghargaan pilar smart taman terbaik pada 2022, dan pilar smart taman juga dinilai pada 2025."));

        var answer = new QuestionAnswerer(index).Answer("Contoh inovasi pilar smart taman apa?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("SIRAM", answer.Answer!.Body);
    }
}
