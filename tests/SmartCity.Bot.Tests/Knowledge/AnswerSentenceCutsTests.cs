using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Whether the answer's own sentences state what is asked (<see cref="AnswerFit"/>, <see cref="ConfidenceModel"/>):
/// a "berapa X" whose answer counts other things, and an answer lacking the question's head word on a passage Lucene
/// itself did not prefer. Both cuts are calibrated (knowledge/data/confidence.json) and off when 0.
/// </summary>
public sealed class AnswerSentenceCutsTests
{
    private static readonly Passage[] Fair =
    [
        Passage(0, "Pameran kanal aduan warga Kota Lumajang", "Pameran kanal aduan warga digelar di alun-alun Kota Lumajang. Sebanyak 40 stan dibuka."),
        Passage(1, "Biaya kanal aduan warga", "Biaya pembangunan kanal aduan warga tidak lebih dari Rp 300 juta."),
    ];

    [Fact]
    public void A_count_stated_further_along_its_sentence_is_stated()
    {
        using var index = BuildWithFillers(Fair);
        var answerer = new QuestionAnswerer(index, model: ConfidenceModel.Default);
        // "Biaya" is four words before the amount, in the same sentence.
        Assert.Equal(0, answerer.Answer("Biaya pembangunan kanal aduan warga paling banyak berapa?").Features?.CountedUnstated);
    }

    [Fact]
    public void A_count_of_other_things_is_marked_as_not_stating_what_is_asked()
    {
        using var index = BuildWithFillers(Fair);
        var answerer = new QuestionAnswerer(index, model: ConfidenceModel.Default);
        Assert.Equal(0, answerer.Answer("Berapa stan yang dibuka di pameran kanal aduan warga?").Features?.CountedUnstated);
        Assert.Equal(1, answerer.Answer("Berapa pengunjung pameran kanal aduan warga?").Features?.CountedUnstated);
    }

    [Fact]
    public void A_count_beside_another_specific_word_of_the_question_is_stated()
    {
        using var index = BuildWithFillers(Fair);
        var answerer = new QuestionAnswerer(index, model: ConfidenceModel.Default);
        // "orang" is not beside the number, but "stan", which the question also names, is.
        Assert.Equal(0, answerer.Answer("stan pameran kanal aduan ada berapa orang?").Features?.CountedUnstated);
    }

    private static readonly Passage[] Volunteers =
    [
        Passage(0, "Relawan data kelurahan Kota Lumajang", "Setiap kelurahan wajib mengirim relawan data di samping menyusun rencana kerja 3 tahun."),
        Passage(1, "Lokakarya relawan data Kota Lumajang", "Setelah rapat pembuka 8 Mei, para relawan data mengikuti lokakarya dan kemudian mendampingi penyusunan rencana kerja kepada 12 kelurahan peserta."),
    ];

    [Fact]
    public void A_length_of_time_counts_nothing_asked()
    {
        using var index = BuildWithFillers(Volunteers);
        var answerer = new QuestionAnswerer(index, model: ConfidenceModel.Default);
        // "3 tahun" is how long the plan runs, not how many volunteers a kelurahan sends.
        Assert.Equal(1, answerer.Answer("Berapa relawan data yang wajib dikirim setiap kelurahan?").Features?.CountedUnstated);
    }

    [Fact]
    public void A_count_far_from_what_is_asked_in_its_sentence_counts_something_else()
    {
        using var index = BuildWithFillers(Volunteers);
        var answerer = new QuestionAnswerer(index, model: ConfidenceModel.Default);
        // "12" counts the kelurahan beside it, not the volunteers the sentence opens with.
        Assert.Equal(1, answerer.Answer("Berapa relawan data yang mengikuti lokakarya?").Features?.CountedUnstated);
        Assert.Equal(0, answerer.Answer("Lokakarya relawan data mendampingi berapa kelurahan?").Features?.CountedUnstated);
    }

    private static readonly ConfidenceFeatures Sure = new(1, 0, 0, 0) { OwnCoverage = 1 };

    [Fact]
    public void The_cuts_decline_only_when_set()
    {
        var counted = Sure with { Coverage = 0.7, OwnCoverage = 0.7, CountedUnstated = 1 };
        var moved = Sure with { Coverage = 0.7, OwnCoverage = 0.7, HeadMissing = 1, Bm25Share = 0.4 };
        Assert.True(ConfidenceModel.Default.Answers(counted));
        Assert.True(ConfidenceModel.Default.Answers(moved));
        Assert.False((ConfidenceModel.Default with { CountedUnstatedBelow = 0.8 }).Answers(counted));
        Assert.False((ConfidenceModel.Default with { HeadMissingBm25Below = 0.6 }).Answers(moved));
        // Covered well enough, or Lucene's own first choice: answered.
        Assert.True((ConfidenceModel.Default with { CountedUnstatedBelow = 0.6 }).Answers(counted));
        Assert.True((ConfidenceModel.Default with { HeadMissingBm25Below = 0.6 }).Answers(moved with { Bm25Share = 1 }));
    }

    [Fact]
    public void The_installed_model_uses_the_count_cut_and_keeps_the_head_word_cut_off()
    {
        // The head-word cut, fitted 0.60, cost right answers on the new-document probes: see confidence.json.
        var model = ConfidenceModel.For(RepoPaths.Knowledge);
        Assert.InRange(model.CountedUnstatedBelow, 0.5, 1.01);
        Assert.Equal(0, model.HeadMissingBm25Below);
    }

    private static readonly Passage[] CountedVolunteers =
    [
        Passage(0, "Mengapa relawan data penting bagi kelurahan", "Relawan data penting karena kelurahan butuh data warga yang segar. Karena itu setiap kelurahan wajib membentuk relawan data yang dibentuk oleh lurah."),
        Passage(1, "Berapa jumlah relawan data setiap kelurahan? Sukamaju 3, Sukajadi 6", "Jumlah relawan data per kelurahan tidak baku: Kelurahan Sukamaju punya 3 relawan data, sedangkan Kelurahan Sukajadi punya 6 relawan data."),
    ];

    [Fact]
    public void A_count_the_best_section_never_states_goes_to_the_section_headed_by_what_is_counted()
    {
        using var index = BuildWithFillers(CountedVolunteers);
        var answerer = new QuestionAnswerer(index, model: ConfidenceModel.Default);
        // The verb of making ("dibentuk") is only in the section that gives no count; the one headed by the count answers.
        var answer = answerer.Answer("berapa relawan data yang harus dibentuk tiap kelurahan");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("tidak baku", answer.Answer?.Body);
    }
}
