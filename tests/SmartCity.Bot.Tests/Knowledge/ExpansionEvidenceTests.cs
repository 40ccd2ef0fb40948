using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// On made-up passages with the real lexicon: a synonym or a typo correction says less that the passage is about the
/// question than the user's own word (the evidence the calibrated model weighs), and "X itu &lt;predikat&gt; apa" asks
/// something of X instead of asking to define "X itu &lt;predikat&gt;".
/// </summary>
public sealed class ExpansionEvidenceTests
{
    private static readonly Passage Award =
        Passage(0, "Penghargaan kanal aduan 2024", "Pemenang penghargaan kanal aduan 2024 adalah Kota Lumajang.");

    // Synonyms weigh half, corrections nothing; evidence must reach 0.9: own words answer, expansions alone do not.
    private static readonly ConfidenceModel Strict = ConfidenceModel.Default with { SynonymEvidence = 0.5, CorrectionEvidence = 0, EvidenceAt = 0.9 };

    [Fact]
    public void A_word_met_only_through_a_synonym_counts_as_expanded_not_as_the_users_own()
    {
        using var index = BuildWithFillers(Award);
        var answerer = new QuestionAnswerer(index);
        // "juara" is in the same synonym group as "pemenang" (knowledge/lexicon/sinonim.txt); the passage has only "pemenang".
        var expanded = answerer.Answer("Siapa juara kanal aduan 2024?");
        var own = answerer.Answer("Siapa pemenang kanal aduan 2024?");
        Assert.NotNull(expanded.Features);
        Assert.NotNull(own.Features);
        Assert.True(expanded.Features!.Expanded > 0, "juara should meet the passage through its synonym");
        Assert.True(expanded.Features.OwnCoverage < expanded.Features.Coverage);
        Assert.Equal(0, own.Features!.Expanded);
        Assert.True(Strict.Evidence(expanded.Features) < Strict.Evidence(own.Features));
    }

    [Fact]
    public void An_answer_resting_on_a_synonym_is_not_confident_where_the_own_word_is()
    {
        using var index = BuildWithFillers(Award);
        var answerer = new QuestionAnswerer(index, model: Strict);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Siapa pemenang kanal aduan 2024?").Kind);
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("Siapa juara kanal aduan 2024?").Kind);
        // The same question is answered when synonyms count fully: only the evidence weight decided.
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(index, model: Strict with { SynonymEvidence = 1 }).Answer("Siapa juara kanal aduan 2024?").Kind);
    }

    [Fact]
    public void A_typo_correction_is_counted_as_a_correction_and_lowers_the_evidence()
    {
        using var index = BuildWithFillers(Award);
        var answerer = new QuestionAnswerer(index);
        // "penghargan" is in no passage; the index corrects it to "penghargaan".
        var analyzed = answerer.Analyze("siapa pemenang penghargan kanal aduan 2024?");
        Assert.Contains(analyzed.Terms, t => t.Words == "penghargan" && t.Corrected);
        var typo = answerer.Answer("siapa pemenang penghargan kanal aduan 2024?");
        Assert.True(typo.Features!.Corrected > 0);
        Assert.True(typo.Features.CorrectedCovered > 0);
        Assert.True(Strict.Evidence(typo.Features) < typo.Features.Coverage);
    }

    [Fact]
    public void A_corrected_word_the_passage_lacks_counts_as_a_word_no_document_has()
    {
        using var index = BuildWithFillers(Award);
        // "pohan" is no word of the documents; corrected to "pohon" (a filler's word), which the award passage lacks.
        var answer = new QuestionAnswerer(index).Answer("Siapa pemenang penghargaan pohan 2024?");
        Assert.NotNull(answer.Features);
        Assert.True(answer.Features!.CorrectedMissing > 0);
        var gated = ConfidenceModel.Default with { UnknownAt = answer.Features.CorrectedMissing + answer.Features.Unknown };
        Assert.False(gated.Answers(answer.Features));
        Assert.True((gated with { UnknownAt = 1.01 }).Answers(answer.Features));
    }

    [Fact]
    public void A_count_of_something_the_passage_never_names_is_not_answered_below_the_calibrated_coverage()
    {
        using var index = BuildWithFillers(
            Passage(0, "Peserta kanal aduan Kota Lumajang", "Kota Lumajang menjadi peserta kanal aduan 2024 bersama 12 kelurahan."));
        var answerer = new QuestionAnswerer(index);
        var population = answerer.Answer("Berapa jumlah penduduk Kota Lumajang?");
        Assert.Equal(1, population.Features?.CountedMissing);
        Assert.Equal(0, answerer.Answer("Berapa kelurahan peserta kanal aduan di Kota Lumajang?").Features?.CountedMissing);
        var gated = new QuestionAnswerer(index, model: ConfidenceModel.Default with { CountedMissingBelow = 0.9 });
        Assert.NotEqual(AnswerKind.Answered, gated.Answer("Berapa jumlah penduduk Kota Lumajang?").Kind);
        Assert.Equal(AnswerKind.Answered, gated.Answer("Berapa kelurahan peserta kanal aduan di Kota Lumajang?").Kind);
    }

    [Fact]
    public void A_multi_word_synonym_is_sought_as_a_phrase_not_as_its_words_one_by_one()
    {
        // "quick win" has the synonym "program unggulan" (sinonim.txt): the passage saying that phrase is about it, not
        // the one that uses "program" and "unggulan" often but never together.
        using var index = BuildWithFillers(
            Passage(0, "Kanal aduan warga", "Kanal aduan warga adalah program unggulan Kota Lumajang tahun ini."),
            Passage(1, "Pasar unggulan", "Program pasar unggulan: program renovasi pasar unggulan, program pelatihan pedagang unggulan, dan program promosi produk unggulan."));
        var hits = index.Search("quick win apa?");
        Assert.Equal("uji.md#0", hits[0].Passage.Id);
    }

    [Theory]
    [InlineData("lapak tani itu masuk pilar apa", null)]
    [InlineData("lapak tani tu termasuk kategori apa", null)]
    [InlineData("lapak tani itu apa", "lapak tani")]
    [InlineData("lapak tani itu artinya apa", "lapak tani")]
    [InlineData("apa itu lapak tani", "lapak tani")]
    public void What_follows_itu_is_asked_of_the_subject_not_part_of_it(string question, string? subject) =>
        Assert.Equal(subject, QuestionCues.DefinitionSubject(question));

    [Fact]
    public void A_named_innovations_pillar_is_answered_from_the_passage_naming_it()
    {
        using var index = BuildWithFillers(
            Passage(0, "Program unggulan Kabupaten Sukamaju", "Kabupaten Sukamaju menjalankan tiga program: Lapak Tani (pilar ekonomi), Sapa Warga (pilar pelayanan), dan Kebun Kota (pilar lingkungan)."),
            Passage(1, "Pilar kota cerdas", "Pilar kota cerdas terdiri atas pilar ekonomi, pilar pelayanan, dan pilar lingkungan."));
        var answer = new QuestionAnswerer(index).Answer("Lapak Tani itu masuk pilar apa?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("uji.md#0", answer.Best!.Passage.Id);
    }

    [Fact]
    public void Calibration_weighs_synonyms_down_only_when_that_helps_the_fit_half()
    {
        static CalibrationRow Row(string id, string category, double own, double expanded, bool correct) =>
            new(new EvalQuestion(id, category, "q", null, null), FitHalf: true,
                new ConfidenceFeatures(own + expanded, 0, 1 - own - expanded, 0, Expanded: expanded) { OwnCoverage = own }, correct);
        // Wrong answers resting on synonyms, right ones on the user's words: synonyms weighed down, a cut set.
        var helps = new[]
        {
            Row("a", "out-of-scope", 0.1, 0.4, false), Row("b", "out-of-scope", 0.05, 0.5, false),
            Row("c", "pillars", 0.9, 0.1, true), Row("d", "pillars", 0.7, 0, true),
        };
        var fitted = Calibration.WithEvidence(helps, ConfidenceModel.Default);
        Assert.True(fitted.SynonymEvidence < 1 && fitted.EvidenceAt > 0);
        Assert.Equal(1, Calibration.Measure(helps, fitted).Accuracy);
        // Right answers resting on synonyms: nothing to gain, no cut.
        var hurts = new[] { Row("a", "pillars", 0.1, 0.8, true), Row("b", "pillars", 0.2, 0.7, true) };
        Assert.Equal(0, Calibration.WithEvidence(hurts, ConfidenceModel.Default).EvidenceAt);
    }
}
