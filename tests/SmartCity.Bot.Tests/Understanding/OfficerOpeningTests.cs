using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>Officers' openings: an office word right before the place introduces, two questions in one message, asides.</summary>
public sealed class OfficerOpeningTests
{
    private static Recognition Recognize(string text) => UnderstandingData.Recognizer.Recognize(text);

    [Theory]
    [InlineData("Pemkab Lombok Timur, mohon info jadwal kami")]
    [InlineData("pemkot batam mau bertanya soal tenggat")]
    public void An_office_word_opening_the_message_before_the_place_introduces(string text)
    {
        var entities = Recognize(text).Entities;
        Assert.True(entities.Introduces);
        Assert.NotNull(entities.Region);
    }

    [Fact]
    public void A_place_opening_a_question_without_an_office_word_does_not_introduce() =>
        Assert.False(Recognize("Kabupaten Lombok Timur ikut tahun berapa?").Entities.Introduces);

    [Theory]
    [InlineData("kota ambon ikutnya kapan dan batas waktu laporan kami apa?", "batas waktu laporan kami apa")]
    [InlineData("Kami angkatan berapa? Tenggat berikutnya kapan?", "tenggat berikutnya kapan")]
    public void The_second_of_two_questions_is_found(string text, string second) =>
        Assert.Equal(second, UnderstandingData.Entities.TwoQuestions(text)?.Second);

    [Theory]
    [InlineData("apa itu masterplan dan quick win?")] // one question about two things
    [InlineData("kota ambon dan kota batu ikut tahun berapa?")]
    public void One_question_naming_two_things_is_not_two_questions(string text) =>
        Assert.Null(UnderstandingData.Entities.TwoQuestions(text)?.Second);

    [Fact]
    public void An_aside_opening_a_follow_up_is_no_checklist_answer()
    {
        var read = Recognize("oh iya, kalau tahun 2019?");
        Assert.NotEqual(IntentNames.ChecklistAnswer, read.TopIntent);
    }
}
