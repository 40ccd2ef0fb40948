using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A "siapa" question is answered with confidence only by a passage that names someone: a titled person, a named
/// institution, a group (knowledge/lexicon/bukti-pelaku.txt, jenis-lembaga.txt) or a named region (jenis-wilayah.txt). Words that only ask
/// for a subject's content ("cakupan", "isinya") weigh as everyday words; a pillar named keeps its own section first.
/// </summary>
public sealed class AnswerCarriesWhoTests
{
    [Theory]
    [InlineData("Program itu diresmikan Menteri Budi Santoso.")]
    [InlineData("Penilaian dilakukan akademisi dan praktisi.")]
    [InlineData("Pendampingan dibantu Universitas Nusantara Raya.")]
    [InlineData("Piagam diterima Kota Lembah Hijau.")]
    [InlineData("Juara I: Kelurahan Sungai Jernih; Juara II: Desa Bukit Asri.")]
    [InlineData("Dokumen disusun oleh pemerintah kabupaten bersama perangkatnya.")]
    [InlineData("Pasar dikelola pemerintah daerah.")]
    [InlineData("Panitia menanggung penginapan dan konsumsi peserta.")]
    [InlineData("Ongkos transportasi pelatihan dibebankan kepada perangkat daerah pengirim.")]
    [InlineData("Konsumsi rapat disediakan oleh OPD penyelenggara.")]
    [InlineData("Pelaksana: Biro Organisasi Setda; Batas waktu: 3 Juli.")]
    public void A_who_answer_names_someone(string text) => Assert.True(AnswerTypes.Carries(AnswerType.Person, text));

    [Theory]
    [InlineData("Evaluasi dipakai untuk mengukur apakah rencana benar-benar dijalankan.")]
    [InlineData("Dokumen ditetapkan dengan peraturan kepala daerah agar menjadi acuan.")]
    [InlineData("Acara berlangsung pada 12 Juni 2019.")]
    public void A_text_naming_nobody_does_not_answer_who(string text) => Assert.False(AnswerTypes.Carries(AnswerType.Person, text));

    [Fact]
    public void Questions_not_asking_who_need_no_one_named() =>
        Assert.True(AnswerTypes.Carries(AnswerType.Date | AnswerType.Count, "Evaluasi dipakai untuk mengukur rencana."));

    [Fact]
    public void A_who_question_over_a_passage_naming_nobody_is_not_answered_as_sure()
    {
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Evaluasi rencana induk taman digital",
                "Evaluasi rencana induk taman digital mengukur apakah rencana itu dijalankan. Hasil evaluasi rencana induk taman digital dipakai untuk memperbaiki program."));
        var answerer = new QuestionAnswerer(index);

        var who = answerer.Answer("Siapa yang melakukan evaluasi rencana induk taman digital?");
        var what = answerer.Answer("Apa guna evaluasi rencana induk taman digital?");

        Assert.NotEqual(AnswerKind.Answered, who.Kind);
        Assert.Equal(AnswerKind.Answered, what.Kind);
    }

    [Fact]
    public void A_who_question_over_a_passage_naming_the_group_is_answered()
    {
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Evaluasi rencana induk taman digital",
                "Evaluasi rencana induk taman digital dilakukan oleh akademisi dan praktisi setiap tahun."));

        var who = new QuestionAnswerer(index).Answer("Siapa yang melakukan evaluasi rencana induk taman digital?");

        Assert.Equal(AnswerKind.Answered, who.Kind);
        Assert.Contains("akademisi", who.Answer!.Body);
    }

    [Theory]
    [InlineData("cakupan")]
    [InlineData("isinya")]
    [InlineData("mengurus")]
    public void Words_asking_for_content_weigh_as_everyday_words(string word) => Assert.True(QuestionCues.IsGenericWord(word));

    [Fact]
    public void A_question_about_one_pillar_is_answered_from_that_pillars_section()
    {
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Tiga pilar kota uji",
                "Tiga pilar kota uji adalah smart taman, smart pasar, dan smart halte; ketiganya dicakup rencana induk setiap kota uji."),
            MadeUpPassages.Passage(2, "Smart taman (tata kelola taman cerdas): pohon, bangku, dan air",
                "Smart taman adalah pilar untuk merawat taman warga, dengan unsur pohon peneduh, bangku, dan air bersih."));
        var answerer = new QuestionAnswerer(index);

        var answer = answerer.Answer("Pilar smart taman mencakup apa saja?", null, new KnowledgeHints(Pillar: "smart taman"));

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("uji.md#2", answer.Best!.Passage.Id);
    }

    /// <summary>A role counted by a number says how many there were; "siapa" asks who they are.</summary>
    [Theory]
    [InlineData("Calon peserta dinilai oleh 20 asesor.")]
    [InlineData("Festival itu dinilai oleh tiga penilai.")]
    public void A_counted_role_does_not_answer_who(string text) => Assert.False(AnswerTypes.Carries(AnswerType.Person, text));

    [Fact]
    public void Who_answered_by_a_count_of_assessors_goes_on_to_the_sentence_saying_who_they_are()
    {
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Asesor lomba kanal aduan",
                "Pada lomba kanal aduan 2019, calon peserta dinilai oleh 12 asesor. Para asesor berasal dari kalangan akademisi dan jurnalis. Metodenya wawancara dengan setiap kelurahan."));

        var who = new QuestionAnswerer(index).Answer("siapa yang menilai calon peserta lomba kanal aduan?");

        Assert.Equal(AnswerKind.Answered, who.Kind);
        Assert.Contains("akademisi", who.Answer!.Body);
    }

    /// <summary>"Nama pendamping …" asks a person's name (knowledge/lexicon/peran-orang.txt); "siapa pendamping …" may be answered by the campus.</summary>
    [Theory]
    [InlineData("nama pendamping kota itu siapa", "Pendampingnya akademisi dari Universitas Nusantara Raya.", false)]
    [InlineData("nama pendamping kota itu siapa", "Pendampingnya Prof Budi Santoso dari Universitas Nusantara Raya.", true)]
    [InlineData("siapa pendamping kota itu", "Pendampingnya akademisi dari Universitas Nusantara Raya.", true)]
    [InlineData("siapa perwakilan kementerian yang hadir", "Hadir perwakilan kementerian dan akademisi.", false)]
    public void A_name_asked_for_a_role_needs_a_titled_name(string question, string text, bool names) =>
        Assert.Equal(names, AnswerTypes.NamesHolder(InformalIndonesian.Normalize(question), text));

    /// <summary>An office ending in a unit's short name is held by whoever the text names under the unit's long name (sinonim.txt).</summary>
    [Theory]
    [InlineData("siapa kepala diskominfo kota itu", "Sambutan oleh Kepala Dinas Komunikasi dan Informatika Rudi Hartono.", true)]
    [InlineData("siapa kepala bappeda kota itu", "Sambutan oleh Kepala Badan Perencanaan Pembangunan Daerah Sri Wahyuni.", true)]
    [InlineData("siapa kepala bappeda kota itu", "Sambutan oleh Kepala Dinas Pariwisata Sri Wahyuni.", false)]
    public void An_office_meets_its_units_long_name(string question, string text, bool names) =>
        Assert.Equal(names, AnswerTypes.NamesHolder(InformalIndonesian.Normalize(question), text));

    [Theory]
    [InlineData("berapa daerah yang ikut", "daerah")]
    [InlineData("gaji asesor assessment smart city berapa", null)]
    public void The_counted_word_is_the_one_after_berapa(string question, string? counted) =>
        Assert.Equal(counted, AnswerTypes.CountedNounAfter(InformalIndonesian.Normalize(question)));
}
