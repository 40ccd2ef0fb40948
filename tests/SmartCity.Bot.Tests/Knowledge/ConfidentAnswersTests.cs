using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// On made-up passages, what keeps a confident answer honest: a year no passage names, "siapa … sekarang" answered by
/// a past office holder, "apa itu X" answered from a passage sharing only a word of X, the passage defining X itself
/// before one defining a longer subject, and a question naming a thing no document has.
/// </summary>
public sealed class ConfidentAnswersTests
{
    private static KnowledgeIndex Build(params Passage[] passages) => MadeUpPassages.BuildWithFillers(passages);

    private static readonly Passage[] Awards =
    [
        Passage(0, "Penghargaan kanal aduan 2024", "Penghargaan kanal aduan 2024 diberikan kepada Kota Lumajang dan Kota Tuban."),
        Passage(1, "Penghargaan kanal aduan 2025", "Penghargaan kanal aduan 2025 diberikan kepada Kota Blitar."),
    ];

    [Fact]
    public void A_year_no_passage_names_is_not_answered_with_another_year()
    {
        using var index = Build(Awards);
        var answerer = new QuestionAnswerer(index);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Siapa penerima penghargaan kanal aduan 2025?").Kind);
        var later = answerer.Answer("Siapa penerima penghargaan kanal aduan 2027?");
        Assert.NotEqual(AnswerKind.Answered, later.Kind);
    }

    [Fact]
    public void Who_holds_a_role_now_is_not_answered_by_a_holder_of_a_past_year()
    {
        using var index = Build(Passage(0, "Kepala dinas taman", "Pada 2022 Kepala Dinas Taman adalah Budi Santoso."));
        var answerer = new QuestionAnswerer(index);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Siapa kepala dinas taman pada 2022?").Kind);
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("Siapa kepala dinas taman sekarang?").Kind);
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("kepala dinas taman saat ini siapa?").Kind);
    }

    [Fact]
    public void Who_holds_a_role_now_is_answered_when_the_passage_says_it_is_current()
    {
        using var index = Build(Passage(0, "Kepala dinas taman", "Saat ini Kepala Dinas Taman adalah Budi Santoso."));
        var answer = new QuestionAnswerer(index).Answer("Siapa kepala dinas taman sekarang?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Budi Santoso", answer.Answer!.Body);
    }

    [Fact]
    public void A_question_of_everyday_words_only_is_asked_back_not_answered_as_sure()
    {
        // "program" and "nama" are everyday words (kata-umum.txt): such a question names no subject of its own.
        using var index = Build(
            Passage(0, "Program pelatihan kader", "Program pelatihan kader berlangsung tiga bulan di balai desa."),
            Passage(1, "Program beasiswa", "Program beasiswa dibuka setiap tahun untuk dua puluh siswa."));
        var answerer = new QuestionAnswerer(index);
        Assert.Equal(AnswerKind.NotSure, answerer.Answer("berapa lama programnya?").Kind);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("berapa lama pelatihan kader?").Kind);
    }

    [Fact]
    public void The_passage_defining_the_subject_itself_beats_one_defining_a_longer_subject_containing_it()
    {
        using var index = Build(
            Passage(0, "Apa itu rencana induk kota tangguh?", "Rencana induk kota tangguh adalah dokumen yang disusun pemerintah kota untuk lima tahun."),
            Passage(1, "Apa itu kota tangguh?", "Kota tangguh adalah kota yang cepat pulih dari bencana berkat warga dan layanan yang siap."));
        var answer = new QuestionAnswerer(index).Answer("apa itu kota tangguh?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("uji.md#1", answer.Best!.Passage.Id);
        Assert.StartsWith("Kota tangguh adalah", answer.Answer!.Body);
    }

    [Fact]
    public void What_is_X_that_no_passage_defines_needs_a_passage_naming_X_as_one_phrase()
    {
        using var index = Build(
            Passage(0, "Seminar kota cerdas", "Seminar kota cerdas digelar di balai kota dengan pameran produk buatan warga."),
            Passage(1, "Pameran kanal aduan", "Pameran kanal aduan memperlihatkan layanan digital kota."));
        var answerer = new QuestionAnswerer(index);
        // "kecerdasan" and "buatan" both occur, but far apart and about other things.
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("apa itu kecerdasan buatan?").Kind);
        Assert.True(QuestionAnswerer.NamesTogether(index.Analyze("kanal aduan"), index.Find("uji.md#1")!));
        Assert.False(QuestionAnswerer.NamesTogether(index.Analyze("kecerdasan buatan"), index.Find("uji.md#0")!));
    }

    [Theory]
    [InlineData("laptop", true)]
    [InlineData("vaksin", true)]
    [InlineData("disiarkan", false)]   // a verb form: what was done, not what it is about
    [InlineData("memperoleh", false)]
    [InlineData("seratusnya", false)]  // a number word
    [InlineData("jd", false)]          // a chat abbreviation
    [InlineData("kab/kota", false)]
    public void An_unknown_word_names_a_thing_unless_it_is_a_verb_form_a_number_or_an_abbreviation(string word, bool names) =>
        Assert.Equal(names, ConfidenceFeatures.NamesAThing(word));

    [Fact]
    public void A_question_naming_a_thing_no_document_has_is_not_answered_below_the_calibrated_coverage()
    {
        using var index = Build(Passage(0, "Ibu kota baru", "Ibu kota baru dibangun dengan konsep kota cerdas dan hutan kota."));
        var sure = new QuestionAnswerer(index);
        var question = "Ibu kota Jepang apa?";
        var plain = sure.Answer(question);
        Assert.Equal(1, plain.Features?.UnknownName);
        var gated = new QuestionAnswerer(index, model: ConfidenceModel.Default with { UnknownNameBelow = 0.9 });
        Assert.NotEqual(AnswerKind.Answered, gated.Answer(question).Kind);
        // A question the passage covers is answered under the same model.
        Assert.Equal(AnswerKind.Answered, gated.Answer("Ibu kota baru dibangun dengan konsep apa?").Kind);
    }

    [Fact]
    public void Calibration_turns_the_unknown_name_cut_on_only_when_it_helps_the_fit_half()
    {
        static CalibrationRow Row(string id, string category, double coverage, double unknownName, bool correct) =>
            new(new EvalQuestion(id, category, "q", null, null), FitHalf: true, new ConfidenceFeatures(coverage, 0, 1 - coverage, 0, 0, 0, unknownName), correct);
        var helps = new[]
        {
            Row("a", "out-of-scope", 0.4, 1, false), Row("b", "out-of-scope", 0.45, 1, false),
            Row("c", "pillars", 0.9, 1, true), Row("d", "pillars", 0.5, 0, true),
        };
        Assert.True(Calibration.WithUnknownNameBelow(helps, ConfidenceModel.Default).UnknownNameBelow is > 0.45 and <= 0.9);
        var hurts = new[] { Row("a", "pillars", 0.4, 1, true), Row("b", "pillars", 0.5, 1, true) };
        Assert.Equal(0, Calibration.WithUnknownNameBelow(hurts, ConfidenceModel.Default).UnknownNameBelow);
    }
}
