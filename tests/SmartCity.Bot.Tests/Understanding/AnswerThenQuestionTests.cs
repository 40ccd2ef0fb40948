using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// A checklist answer word opening a message that then asks something ("sudah. btw bimtek berapa tahap?"): the answer
/// and the question apart; an acknowledgement that is also an answer word, an answer with a remark, or a question alone
/// are not split. A same-province cue ("seprovinsi") points at a province, as a place name does.
/// </summary>
public sealed class AnswerThenQuestionTests
{
    [Theory]
    [InlineData("sudah. btw bimtek itu ada brp tahap sih", "sudah", "btw bimtek itu ada brp tahap sih")]
    [InlineData("belum, trs tenggat laporannya kapan?", "belum", "trs tenggat laporannya kapan?")]
    [InlineData("belum ada. quick win itu wajib berapa?", "belum ada", "quick win itu wajib berapa?")]
    public void An_answer_word_then_a_question_is_split(string text, string answer, string question)
    {
        var split = UnderstandingData.Entities.AnswerThenQuestion(text);
        Assert.Equal((answer, question), split);
    }

    [Theory]
    [InlineData("oke, bimtek itu brp tahap ya?")] // an acknowledgement, not an answer
    [InlineData("ya, kapan tenggatnya?")]
    [InlineData("sudah, perbupnya terbit bulan lalu")] // an answer with a remark asks nothing
    [InlineData("bimtek itu berapa tahap?")]
    [InlineData("sudah")]
    public void Other_messages_are_not_split(string text) =>
        Assert.Null(UnderstandingData.Entities.AnswerThenQuestion(text));

    [Theory]
    [InlineData("seprovinsi")]
    [InlineData("provinsinya")]
    public void A_same_province_cue_points_at_a_province(string word) =>
        Assert.True(UnderstandingData.Entities.PointsAtProvince(word));

    [Fact]
    public void A_topic_word_points_at_no_province() =>
        Assert.False(UnderstandingData.Entities.PointsAtProvince("bimtek"));
}
