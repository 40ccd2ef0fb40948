using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Greetings, thanks and the sentences about the asker frame a question without being asked (basa-basi.txt, penanya.txt):
/// the question is read without them, unless it leans on the sentence before it or asks nothing without it.
/// </summary>
public sealed class QuestionPreambleTests
{
    [Theory]
    [InlineData("Selamat pagi min, saya guru SMA di Kota Contoh dan mau jelasin ke murid2. Bank sampah itu sebenarnya program apa ya?", "Bank sampah itu sebenarnya program apa ya?")]
    [InlineData("Daerah kami baru mulai tahun ini. Kira2 berapa bank sampah yang harus dibuat setiap daerah?", "Kira2 berapa bank sampah yang harus dibuat setiap daerah?")]
    [InlineData("Bank sampah itu apa? saya warga kota contoh, penasaran lihat papannya.", "Bank sampah itu apa?")]
    [InlineData("Saya staf Bappeda Kab. Contoh, pimpinan bertanya: kapan bank sampah dibuka?", "kapan bank sampah dibuka?")]
    [InlineData("Saya dari Kota Contoh, kapan bank sampah kami dibuka?", "kapan bank sampah kami dibuka?")]
    // The topic of the asker's work holds question words that ask nothing (pengantar-pokok.txt).
    [InlineData("Saya wartawan. Saya sedang menulis liputan tentang bagaimana bank sampah dikelola. Kapan bank sampah dibuka?", "Kapan bank sampah dibuka?")]
    // Who asks, in English (penanya-inggris.txt).
    [InlineData("I'm a journalist from Singapore. When did the bank sampah open?", "When did the bank sampah open?")]
    [InlineData("Operator dinas kominfo Kota Contoh, kapan bank sampah dibuka?", "kapan bank sampah dibuka?")]
    public void The_question_is_read_without_the_sentences_about_the_asker(string message, string question) =>
        Assert.Equal(question, QuestionPreamble.Of(message).Question);

    [Fact]
    public void Thanks_after_the_question_go_even_when_the_question_leans_on_the_sentence_before()
    {
        var framing = QuestionPreamble.Of("Saya pernah dengar istilah bank sampah. Itu sama dengan lumbung sampah atau beda? Terima kasih sebelumnya.");

        Assert.Null(framing.Question);
        Assert.Equal("Saya pernah dengar istilah bank sampah. Itu sama dengan lumbung sampah atau beda?", framing.Polite);
    }

    [Theory]
    [InlineData("kapan bank sampah dibuka?")]
    [InlineData("Saya meliput sejak 2019. Kapan bank sampah dibuka?")]
    public void A_message_with_nothing_framing_it_or_a_year_in_its_framing_is_read_whole(string message) =>
        Assert.Null(QuestionPreamble.Of(message).Question);

    [Theory]
    [InlineData("Saya staf Kota Contoh, peserta 2019. Bank sampah 2023 dibuka kapan?", "Bank sampah 2023 dibuka kapan?")]
    [InlineData("Kami dari Kab. Contoh thn 2021. Tahun 2024 ada berapa bank sampah?", "Tahun 2024 ada berapa bank sampah?")]
    [InlineData("Staf Diskominfo Kota Contoh 2023. Bank sampah 2024 dibuka kapan?", "Bank sampah 2024 dibuka kapan?")]
    public void A_year_about_the_asker_frames_a_question_naming_a_year_of_its_own(string message, string question) =>
        Assert.Equal(question, QuestionPreamble.Of(message).Question);

    [Fact]
    public void A_request_opened_by_the_asker_is_no_framing()
    {
        Assert.Null(QuestionPreamble.Of("Saya ingin tahu jadwal bank sampah. Terus kapan dibuka?").Question);
    }

    [Fact]
    public void The_framing_left_out_is_kept_and_time_counted_from_now_is_told_apart()
    {
        var framing = QuestionPreamble.Of("Daerah kami baru mulai tahun ini. Kira2 berapa bank sampah yang harus dibuat setiap daerah?");

        Assert.Equal("Daerah kami baru mulai tahun ini.", framing.Scene);
        Assert.True(QuestionPreamble.NamesTime(framing.Scene!));
        Assert.False(QuestionPreamble.NamesTime("Kami konsultan data dari ibu kota."));
    }

    [Theory]
    [InlineData("Selamat pagi, saya staf Bappeda Kota Contoh. Kami menyiapkan bahan rapat dan perlu memastikan: kapan bank sampah dibuka?", "kapan bank sampah dibuka?")]
    [InlineData("Kami peserta 2021 dan sedang menulis laporan. Kapan bank sampah dibuka?", "Kapan bank sampah dibuka? 2021")]
    public void A_follow_up_goes_on_from_the_closing_question_of_a_framed_message(string message, string closing) =>
        Assert.Equal(closing, QuestionPreamble.ClosingQuestion(message));

    [Theory]
    [InlineData("kapan bank sampah dibuka?")]
    [InlineData("Kapan bank sampah dibuka? Di mana tempatnya?")]
    [InlineData("Saya warga Kota Contoh. Terima kasih.")]
    public void A_message_of_one_question_or_asking_before_its_end_has_no_closing_question(string message) =>
        Assert.Null(QuestionPreamble.ClosingQuestion(message));

    [Theory]
    [InlineData("Selamat pagi, saya staf Bappeda Kota Contoh. Kami menyiapkan bahan rapat. Kapan bank sampah dibuka?", "Selamat pagi, saya staf Bappeda Kota Contoh. Kami menyiapkan bahan rapat.")]
    [InlineData("kapan bank sampah dibuka?", "")]
    [InlineData("Kapan bank sampah dibuka? Di mana tempatnya?", "")]
    public void The_framing_is_what_a_message_says_before_its_closing_question(string message, string framing) =>
        Assert.Equal(framing, QuestionPreamble.Framing(message).Trim());

    [Theory]
    [InlineData("td rapat bahas tahap ToT. tahap itu buat siapa sih?", "td rapat bahas tahap ToT. tahap ToT buat siapa sih?")]
    [InlineData("Kami masuk angkatan 2024 dan diminta membuat kronologi. Surat untuk angkatan itu tertanggal berapa?",
        "Kami masuk angkatan 2024 dan diminta membuat kronologi. Surat untuk angkatan 2024 tertanggal berapa?")]
    public void A_noun_pointed_at_is_named_as_the_earlier_sentence_named_it(string message, string named) =>
        Assert.Equal(named, QuestionPreamble.WithReferentNamed(message));

    [Theory]
    [InlineData("tahap itu buat siapa sih?")]
    [InlineData("Saya mahasiswa. Apa itu quick win?")]
    [InlineData("Kami dari Kota Contoh. Tahap itu kapan?")]
    public void Nothing_is_named_without_an_earlier_mention_of_the_same_noun(string message) =>
        Assert.Null(QuestionPreamble.WithReferentNamed(message));

    [Fact]
    public void Greetings_alone_before_a_request_that_asks_nothing_leave_the_message_whole() =>
        Assert.Null(QuestionPreamble.Of("halo min, mau nanya nih").Polite);

    // Every question turn reads its message here, remembered per lexicon: a repeated message reads the same.
    [Fact]
    public void A_repeated_message_reads_the_same()
    {
        const string message = "Selamat pagi min, saya guru SMA di Kota Contoh. Bank sampah itu sebenarnya program apa ya?";
        var first = QuestionPreamble.Of(message);
        Assert.Equal(first, QuestionPreamble.Of(message));
        Assert.Equal("Bank sampah itu sebenarnya program apa ya?", first.Question);
        Assert.Equal(QuestionPreamble.None, QuestionPreamble.Of("kapan bank sampah dibuka?"));
    }

    [Fact]
    public void The_closing_question_without_the_askers_place_is_tried_with_the_framings_year_then_without()
    {
        Assert.Equal(["Indikator evaluasinya apa saja? 2023", "Indikator evaluasinya apa saja?"],
            QuestionPreamble.ClosingQuestionsWithoutPlace("Kami dari Kota Palu, peserta 2023. Indikator evaluasinya apa saja?"));
        Assert.Equal(["Indikator evaluasinya apa saja?"], QuestionPreamble.ClosingQuestionsWithoutPlace("Kami dari Kota Palu. Indikator evaluasinya apa saja?"));
        Assert.Empty(QuestionPreamble.ClosingQuestionsWithoutPlace("Indikator evaluasinya apa saja?"));
    }

    /// <summary>
    /// The asker's place and year written as a leading clause of the question's own sentence ("kami dari kota X 2023, …")
    /// frame it as a sentence of their own would: the closing question is what follows, the year added back.
    /// </summary>
    [Fact]
    public void A_leading_clause_naming_the_askers_place_and_year_frames_the_closing_question()
    {
        const string message = "Kami dari Kota Contoh 2023, penilaian peserta dilakukan oleh siapa?";
        Assert.Equal(["penilaian peserta dilakukan oleh siapa? 2023", "penilaian peserta dilakukan oleh siapa?"],
            QuestionPreamble.ClosingQuestionsWithoutPlace(message));
        Assert.Equal("Kami dari Kota Contoh 2023,", QuestionPreamble.Framing(message).Trim());
        // A leading clause that asks is no framing.
        Assert.Null(QuestionPreamble.ClosingQuestion("Kapan MoU 2023, dan di mana?"));
    }

    /// <summary>
    /// A short last sentence with no question word of its own guesses at the answer of the question before it ("… apa?
    /// cuma infrastruktur?"): the two are asked as one closing question, and the asker's place stays in the framing.
    /// </summary>
    [Fact]
    public void A_guess_after_the_question_is_asked_with_it_without_the_askers_place()
    {
        const string message = "saya admin kota metro 2023, waktu assessment yang diperiksa apa? cuma infrastruktur?";
        Assert.Equal(["waktu assessment yang diperiksa apa, cuma infrastruktur? 2023", "waktu assessment yang diperiksa apa, cuma infrastruktur?"],
            QuestionPreamble.ClosingQuestionsWithoutPlace(message));
        Assert.Contains("kota metro", QuestionPreamble.FramingWithoutPlace(message));
        // A last sentence asking a question of its own is no guess: the message asks twice and has no closing question.
        Assert.Empty(QuestionPreamble.ClosingQuestionsWithoutPlace("saya admin kota metro 2023, mou kapan? di mana?"));
    }
}
