using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Questions read by their shape, on made-up passages: "apa itu X" answered by the sentence defining X, "contohnya?"
/// by the examples in the same document, "kalau yang 2024?" as the earlier question about 2024, "tahun itu" as the
/// conversation's year, "benarkah …" by the sentence stating the claim, "bedanya A dan B" by both definitions, and a
/// chatty message by its question sentence.
/// </summary>
public sealed class QuestionShapeTests
{
    private static Passage Passage(string doc, int n, string heading, string body) =>
        new($"{doc}#{n}", doc, $"Dokumen {doc}", "uji", [heading], body, ["sumber uji"]);

    private static QuestionAnswerer Answerer() => new(KnowledgeIndex.Build(
    [
        Passage("taman.md", 0, "Penilaian taman kota oleh warga",
            "Taman kota dinilai warga setiap tahun melalui survei. Taman kota adalah ruang hijau publik yang dikelola pemerintah kota untuk rekreasi warga."),
        Passage("taman.md", 1, "Taman kota di tiga kecamatan",
            "Beberapa kecamatan sudah punya taman kota, misalnya **Taman Melati**, **Taman Kenanga**, dan **Taman Anggrek**."),
        Passage("taman.md", 2, "Aturan taman kota",
            "Setiap taman kota wajib menyediakan bangku dan tempat sampah terpilah. Jam buka taman kota diatur pemerintah kota."),
        Passage("pasar.md", 0, "Pasar rakyat",
            "Pasar rakyat merupakan tempat jual beli kebutuhan harian yang dikelola pemerintah daerah dengan los pedagang."),
        Passage("lomba.md", 0, "Lomba kebersihan 2023: ditutup 12 Juni 2023",
            "Lomba kebersihan kampung 2023 ditutup pada 12 Juni 2023 dengan 14 kampung peserta."),
        Passage("lomba.md", 1, "Lomba kebersihan 2024: ditutup 3 Juli 2024",
            "Lomba kebersihan kampung 2024 ditutup pada 3 Juli 2024 dengan 9 kampung peserta."),
    ]), 0.3);

    [Theory]
    [InlineData("apa itu taman kota?", "taman kota")]
    [InlineData("taman kota tu maksudnya apa ya", "taman kota")]
    [InlineData("apa yang dimaksud dengan pasar rakyat", "pasar rakyat")]
    [InlineData("pengertian pasar rakyat", "pasar rakyat")]
    [InlineData("kapan lomba kebersihan ditutup?", null)]
    // An opener before the question (pembuka-tanya.txt) is not part of its shape.
    [InlineData("aku pengen tau, taman kota itu apa?", "taman kota")]
    [InlineData("numpang nanya apa yang dimaksud pasar rakyat", "pasar rakyat")]
    [InlineData("mau tanya kapan lomba kebersihan ditutup?", null)]
    public void Definition_questions_name_their_subject(string question, string? subject) =>
        Assert.Equal(subject, QuestionCues.DefinitionSubject(InformalIndonesian.Normalize(question)));

    [Fact]
    public void A_definition_question_opens_with_the_defining_sentence_not_another_sentence_about_the_subject()
    {
        var answer = Answerer().Answer("Apa itu taman kota?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.StartsWith("Taman kota adalah ruang hijau publik", answer.Answer!.Body);
    }

    [Fact]
    public void Contohnya_after_a_definition_gives_the_examples_from_the_same_document()
    {
        var answerer = Answerer();
        var first = answerer.Answer("apa itu taman kota");
        var examples = answerer.Answer("contohnya?", new ConversationTopic(first.Context, first.Best!.Passage.Id, ""));
        Assert.Equal(AnswerKind.Answered, examples.Kind);
        Assert.Equal("taman.md#1", examples.Best!.Passage.Id);
        Assert.Contains("Taman Melati", examples.Answer!.Body);
    }

    [Theory]
    [InlineData("contohnya?", true)]
    [InlineData("misalnya apa saja", true)]
    [InlineData("contoh taman kota di kecamatan mana?", false)]
    public void Only_a_bare_request_for_examples_is_an_examples_follow_up(string question, bool expected) =>
        Assert.Equal(expected, QuestionCues.AsksForExamplesOnly(InformalIndonesian.Normalize(question)));

    [Fact]
    public void A_follow_up_changing_only_the_year_is_the_earlier_question_about_that_year()
    {
        var answerer = Answerer();
        var first = answerer.Answer("Kapan lomba kebersihan 2023 ditutup?");
        Assert.Contains("12 Juni 2023", first.Answer!.Body);
        var next = answerer.Answer("kalau yang 2024?", new ConversationTopic(first.Context, first.Best!.Passage.Id, ""));
        Assert.Contains("3 Juli 2024", next.Answer!.Body);
        Assert.Equal("Kapan lomba kebersihan 2024 ditutup?", next.Context);
        var count = answerer.Answer("berapa kampung peserta tahun itu?", new ConversationTopic(next.Context, next.Best!.Passage.Id, ""));
        Assert.Contains("9 kampung", count.Answer!.Body);
    }

    [Theory]
    [InlineData("kalau yang 2024?", true)]
    [InlineData("tahun 2019 gimana?", true)]
    [InlineData("berapa peserta 2024?", false)]
    public void Only_a_message_of_years_and_connectives_changes_just_the_year(string question, bool expected) =>
        Assert.Equal(expected, QuestionCues.OnlyYears(InformalIndonesian.Normalize(question)) is not null);

    [Fact]
    public void Tahun_itu_is_the_year_the_conversation_was_about() =>
        Assert.Equal("berapa peserta tahun 2024", QuestionCues.ResolveThatYear("berapa peserta tahun itu", "kapan lomba 2024 ditutup"));

    [Theory]
    [InlineData("mou tahun itu di mana", "mou di mana")]
    [InlineData("acara penutupan tahun kami dimana", "acara penutupan dimana")]
    [InlineData("mou tahun 2019 di mana", "mou tahun 2019 di mana")]
    public void Words_pointing_at_the_lent_year_go_and_a_named_year_stays(string question, string expected) =>
        Assert.Equal(expected, QuestionCues.WithoutYearPointer(question));

    [Fact]
    public void A_fact_check_opens_with_the_sentence_that_states_the_claim()
    {
        var answer = Answerer().Answer("Benarkah setiap taman kota wajib punya tempat sampah terpilah?");
        Assert.True(QuestionCues.IsFactCheck(InformalIndonesian.Normalize("Benarkah setiap taman kota wajib punya tempat sampah?")));
        // The sentence stating the claim leads the answer and speaks for itself (no "Ya, benar." added by the bot).
        Assert.StartsWith("Setiap taman kota wajib menyediakan bangku dan tempat sampah terpilah.", answer.Answer!.Body);
    }

    [Fact]
    public void A_comparison_shows_both_defining_sentences()
    {
        Assert.Equal(("taman kota", "pasar rakyat"), QuestionCues.Comparison(InformalIndonesian.Normalize("bedanya taman kota dan pasar rakyat apa?")));
        var answer = Answerer().Answer("apa bedanya taman kota dengan pasar rakyat?");
        Assert.Contains("Taman kota adalah ruang hijau publik", answer.Answer!.Body);
        Assert.Contains("Pasar rakyat merupakan tempat jual beli", answer.Answer.Body);
        Assert.Contains("Dokumen pasar.md", answer.Answer.Source);
    }

    [Fact]
    public void A_chatty_message_is_answered_by_its_question_sentence()
    {
        var answer = Answerer().Answer("Pasar rakyat itu dikelola siapa? Saya perlu untuk bahan rapat koordinasi dinas besok pagi.");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("pasar.md#0", answer.Best!.Passage.Id);
    }

    [Fact]
    public void Punctuation_does_not_stick_to_the_words_searched_for() =>
        Assert.Equal(["quick", "win"], KnowledgeIndex.QuestionWords("quick win?"));
}
