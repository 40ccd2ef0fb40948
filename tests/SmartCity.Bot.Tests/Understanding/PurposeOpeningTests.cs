using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// Openings with a purpose (issue 8, intent19): the asker's reason is not what is asked, a pointer alone carries no
/// intent, a request that asks after an introduction is what is asked.
/// </summary>
public sealed class PurposeOpeningTests
{
    private static Recognition Recognize(string text) => UnderstandingData.Recognizer.Recognize(text);
    private static string? WithoutReasons(string text) => UnderstandingData.Entities.WithoutReasons(text);

    [Theory]
    [InlineData("saya operator kota X, mau cek status karena besok ada rapat evaluasi", "saya operator kota X, mau cek status ")]
    [InlineData("karena mau studi banding, kami ingin lihat inovasi kota X", ", kami ingin lihat inovasi kota X")]
    [InlineData("pengingatnya stop dulu ya soalnya dokumen kami udah masuk semua", "pengingatnya stop dulu ya ")]
    public void The_reason_is_left_out_to_the_end_of_its_clause(string text, string expected) =>
        Assert.Equal(expected, WithoutReasons(text));

    [Fact]
    public void A_wish_after_a_purpose_stays_the_request() =>
        Assert.Equal("saya dosen, ingin tahu quick win kota X", WithoutReasons("saya dosen, untuk bahan kuliah saya ingin tahu quick win kota X"));

    [Theory]
    [InlineData("kota X gagal karena apa?")] // the reason is what is asked
    [InlineData("kota X dipilih karena apa")]
    [InlineData("syaratnya apa biar bisa ikut program ini")] // a purpose after a question is the question's
    [InlineData("cek status kota X")] // nothing to leave out
    [InlineData("karena telat, batal")] // too little would be left
    public void A_reason_that_asks_or_leaves_too_little_is_kept(string text) => Assert.Null(WithoutReasons(text));

    [Fact]
    public void The_places_of_the_whole_message_stay_its_entities()
    {
        var read = Recognize("kami startup, mau kerja sama karena produk kami cocok untuk petani di Kabupaten Banyumas");
        Assert.Equal("Kabupaten Banyumas", read.Entities.Region?.Name);
    }

    [Fact]
    public void The_reason_words_come_from_the_data_file()
    {
        Assert.NotNull(WithoutReasons("mau tau deadline masterplan soalnya takut telat"));
        Assert.NotNull(WithoutReasons("tolong ingatkan tenggatnya biar ga telat lagi"));
    }

    [Theory]
    [InlineData("yang itu")]
    [InlineData("yang itu aja")]
    [InlineData("yang kedua")]
    [InlineData("nomor 2")]
    public void A_pointer_alone_carries_no_intent(string text)
    {
        var read = Recognize(text);
        Assert.True(read.Entities.OnlyPointer);
        Assert.Equal(Recognition.None, read.TopIntent);
    }

    [Theory]
    [InlineData("yang kedua ikut tahun berapa?")]
    [InlineData("itu masuk pilar apa?")]
    public void A_pointer_with_a_question_is_read(string text) => Assert.False(Recognize(text).Entities.OnlyPointer);

    [Fact]
    public void A_question_after_an_officers_introduction_is_what_is_asked()
    {
        var read = Recognize("saya operator kab. pati, mau tau tenggat laporan kami karena takut telat");
        Assert.True(read.Entities.Introduces);
        Assert.True(read.Entities.RequestAsks); // "mau tau" opens a question (pembuka-tanya.txt)
        Assert.Equal(IntentNames.Deadline, read.TopIntent);
    }

    /// <summary>
    /// A question, then a sentence saying what the asker means to do with the answer ("Kami ingin menawarkan …"): the
    /// question is what is asked, the plan after it only says why.
    /// </summary>
    [Theory]
    [InlineData("Kota peserta 2019 mana saja? Kami ingin menawarkan aplikasi antrean.")]
    [InlineData("daftar peserta 2023 provinsi bali siapa aja? sy mau ajak kerja sama")]
    public void A_plan_stated_after_the_question_leaves_the_question_what_is_asked(string text)
    {
        var read = Recognize(text);
        Assert.True(read.Entities.RequestIsLastQuestion);
        Assert.Equal(IntentNames.Participation, read.TopIntent);
    }

    [Fact]
    public void A_sentence_after_the_question_that_asks_or_names_a_place_is_no_plan() =>
        Assert.False(Recognize("Kota peserta 2019 mana saja? Kami ingin bekerja sama dengan Kota Batu.").Entities.RequestIsLastQuestion);
}
