namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// Whether a statement made while a checklist question waits speaks of that question (EntityRecognizer.SpeaksOf) is read
/// by the documents' analysis: stop words share nothing, and affixed forms of one root (kata-dasar.txt) meet.
/// </summary>
public sealed class ChecklistStatementTests
{
    private static bool SpeaksOf(string text, string question) => UnderstandingData.Entities.SpeaksOf(text, question);

    [Fact]
    public void A_function_word_shared_with_the_waiting_question_says_nothing_of_it() =>
        Assert.False(SpeaksOf("rapat dengan dinas pariwisata sudah rutin", "Apakah masterplan sudah selaras dengan RPJMD?"));

    [Fact]
    public void Affixed_forms_of_one_root_meet_where_the_bare_stemmer_clips_them_apart() =>
        Assert.True(SpeaksOf("penilaiannya sudah selesai minggu lalu", "Apakah masterplan sudah dinilai tim ahli?"));

    [Theory]
    [InlineData("perbupnya sudah diteken bulan lalu", "Apakah masterplan sudah disahkan kepala daerah (Perbup/Perwali)?")]
    [InlineData("masterplannya masih di meja sekda", "Apakah draf masterplan untuk keenam pilar sudah lengkap?")]
    public void A_word_of_the_question_in_another_form_speaks_of_it(string text, string question) =>
        Assert.True(SpeaksOf(text, question));

    [Fact]
    public void Another_item_s_subject_is_not_this_one() =>
        Assert.False(SpeaksOf("quick win kami sudah jalan", "Apakah data survei kepuasan warga sudah terkumpul?"));
}
