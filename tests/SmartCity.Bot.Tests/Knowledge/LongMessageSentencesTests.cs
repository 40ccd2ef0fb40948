using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A message of several sentences whose whole is not answered surely is tried sentence by sentence; a sentence that
/// points back ("nomornya berapa?") and names almost nothing itself is about what the other sentences named.
/// </summary>
public sealed class LongMessageSentencesTests
{
    private static readonly KnowledgeIndex Index = MadeUpPassages.BuildWithFillers(
        MadeUpPassages.Passage(1, "Saluran aduan bangku taman",
            "Warga melaporkan bangku taman yang rusak lewat aplikasi Taman Kita atau ke kantor kelurahan."),
        MadeUpPassages.Passage(2, "Peraturan nomor parkir",
            "Parkir kota diatur dengan Peraturan Wali Kota Nomor 12 Tahun 2030."));

    [Fact]
    public void A_sentence_pointing_back_is_not_answered_from_a_passage_about_none_of_the_others()
    {
        var answerer = new QuestionAnswerer(Index);
        // Asked alone, the lone word finds the regulation's number: the hazard.
        Assert.Equal("uji.md#2", answerer.Answer("nomornya berapa?").Best?.Passage.Id);

        // Chat words the documents lack keep the whole message unsure, so its sentences are tried alone.
        var answer = answerer.Answer("kalau mau komplain kursi taman yg patah bisa via sms? nomornya berapa?");

        Assert.False(answer.Kind == AnswerKind.Answered && answer.Best?.Passage.Id == "uji.md#2",
            $"answered from {answer.Best?.Passage.Id}: {answer.Answer?.Body}");
    }

    [Fact]
    public void A_sentence_naming_its_own_subject_is_still_answered_alone()
    {
        var answer = new QuestionAnswerer(Index).Answer("Halo, saya warga baru. Peraturan parkir kota nomor berapa?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("uji.md#2", answer.Best!.Passage.Id);
    }
}
