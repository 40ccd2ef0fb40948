using Microsoft.Extensions.DependencyInjection;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The staff commands (ask, report, report --calibrate) read a question through the chat's own path
/// (<see cref="DocumentQuestions"/>): the recognizer's hints and its clear out-of-scope reading, so what is measured
/// and calibrated is what users meet; and the calibration names the files it was fitted on.
/// </summary>
public sealed class DocumentQuestionsTests : BotWithKnowledge
{
    [Fact]
    public void A_question_read_alone_carries_the_recognizers_year_and_region()
    {
        var hints = Bot.Services.GetRequiredService<DocumentQuestions>().Read("Kabupaten Penajam Paser Utara bimtek tahap III 2022 kapan?").Hints;
        Assert.Equal(2022, hints.Year);
        Assert.Equal("Kabupaten Penajam Paser Utara", hints.RegionName);
    }

    [Theory]
    [InlineData("Saya staf diskominfo Kabupaten Kudus, peserta 2018. Penutupan tahun 2022 diadakan di mana?", 2022)]
    [InlineData("Selamat pagi, saya operator Kota Sabang. Tema tahun 2021 apa?", 2021)]
    public void A_question_naming_its_own_year_is_asked_without_the_askers_place_and_cohort(string message, int year)
    {
        var reading = Bot.Services.GetRequiredService<DocumentQuestions>().Read(message);
        Assert.Equal(year, reading.Hints.Year);
        Assert.Null(reading.Hints.RegionName);
        Assert.DoesNotContain("Kudus", reading.Asked ?? "");
        Assert.DoesNotContain("Sabang", reading.Asked ?? "");
    }

    [Fact]
    public void A_question_naming_the_year_the_askers_place_took_part_is_asked_with_that_place()
    {
        var reading = Bot.Services.GetRequiredService<DocumentQuestions>().Read("Saya staf diskominfo Kabupaten Kudus. Penutupan tahun 2018 diadakan di mana?");
        Assert.Equal("Kabupaten Kudus", reading.Hints.RegionName);
    }

    /// <summary>
    /// The asker's own place and cohort year in the framing, a question about every participant after it: when the
    /// documents lack that place, the closing question alone is answered, as long as its answer names no region.
    /// </summary>
    [Fact]
    public void A_question_about_every_participant_is_answered_though_the_documents_lack_the_askers_place()
    {
        var questions = Bot.Services.GetRequiredService<DocumentQuestions>();
        var answer = questions.Answer("Saya kasi e-government Kabupaten Wajo, angkatan 2023. Apa saja indikator yang dipakai dalam penilaian evaluasi?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("kemiskinan", string.Join(' ', answer.Answer!.Items.Prepend(answer.Answer.Body)), StringComparison.OrdinalIgnoreCase);
        // What the fallback may ask: the closing question with the framing's year, then without it; no place of the framing.
        var reading = questions.Read("Saya kasi e-government Kabupaten Wajo, angkatan 2023. Apa saja indikator yang dipakai dalam penilaian evaluasi?");
        Assert.All(reading.WithoutOwnPlace, q => Assert.DoesNotContain("Wajo", q.Question));
        Assert.Equal(2, reading.WithoutOwnPlace.Count);
    }

    /// <summary>
    /// The asker's place and cohort year in the framing pull the ranking to the list of that cohort's participants, which
    /// does not hold the subject asked, so the message read whole is declined: the closing question alone, about every
    /// participant, is answered (any answer short of a sure one tries it, not only one lacking the place).
    /// </summary>
    [Theory]
    [InlineData("Kami dari Kabupaten Barito Selatan, angkatan 2023. Berapa bulan masterplan disusun?", "bulan")]
    [InlineData("Saya dari diskominfo Kabupaten Nunukan 2023. Tahapan programnya dari awal sampai akhir apa saja?", "assessment")]
    public void A_question_pulled_off_its_subject_by_the_askers_place_is_answered_without_it(string message, string stated)
    {
        var answer = Bot.Services.GetRequiredService<DocumentQuestions>().Answer(message);
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(stated, string.Join(' ', answer.Answer!.Items.Prepend(answer.Answer.Body)), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// An answer true of every participant whose examples name regions ("Contoh: … Kota Depok bimtek tahap 1 …") holds for
    /// the asker's place too: the fallback without the asker's place and cohort takes it; its examples do not make it
    /// another region's fact.
    /// </summary>
    [Fact]
    public void An_answer_for_every_participant_with_regions_only_in_its_examples_is_taken_without_the_askers_place()
    {
        var answer = Bot.Services.GetRequiredService<DocumentQuestions>().Answer("operator kab lampung tengah 2023: bimtek itu berlangsung berapa lama?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("bulan", answer.Answer!.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sentences_opening_with_an_example_are_left_out_of_what_an_answer_states()
    {
        var stated = DocumentQuestions.WithoutExamples(["Bimtek berlangsung empat tahap. Contoh: Kota Depok bimtek tahap 1 pada Juli 2019.", "Misalnya Kabupaten Sragen."]);
        Assert.Equal("Bimtek berlangsung empat tahap.", stated);
    }

    [Theory]
    [InlineData("Saya staf Kabupaten Wajo, angkatan 2023. Bimtek tahap pertama daerah kami tanggal berapa?")] // points back at the asker's place
    [InlineData("Saya staf Kabupaten Wajo. Kota Depok bimtek tahap 1 kapan?")] // names a place of its own
    [InlineData("Apa saja indikator penilaian evaluasi?")] // no framing
    public void A_question_about_the_askers_place_or_another_is_not_asked_without_it(string message) =>
        Assert.Empty(Bot.Services.GetRequiredService<DocumentQuestions>().Read(message).WithoutOwnPlace);

    /// <summary>
    /// The asker's place and cohort in the framing, a question about what every participant does after it: the list of
    /// participants holding that place is no answer to a question asking no list; "kami" that only acts ("yang perlu kami
    /// kerjakan") points at no place, so the closing question alone is asked.
    /// </summary>
    [Fact]
    public void A_list_holding_the_askers_place_is_not_the_answer_to_a_question_asking_no_list()
    {
        const string message = "Selamat siang, kami dari Kabupaten Lebak peserta 2023. Sesudah rencana induk selesai, apa yang perlu kami kerjakan?";
        var questions = Bot.Services.GetRequiredService<DocumentQuestions>();
        var reading = questions.Read(message);
        Assert.NotEmpty(reading.WithoutOwnPlace);
        Assert.NotNull(reading.PlacesListedUnasked);
        Assert.Contains("Kabupaten Lebak", reading.AskersPlaces);
        var answer = questions.Answer(message);
        var shown = answer.Answer is { } a ? string.Join(' ', a.Items.Prepend(a.Body)) : "";
        Assert.DoesNotContain("Kabupaten Aceh Jaya", shown);
    }

    /// <summary>"angkatan kami" with the framing's year asks of that cohort, which holds for every place in it.</summary>
    [Fact]
    public void Our_cohort_with_the_framings_year_is_asked_without_the_askers_place()
    {
        const string message = "Saya operator Kota Parepare, 2024. Penilaian calon untuk angkatan kami diadakan tahun berapa?";
        var reading = Bot.Services.GetRequiredService<DocumentQuestions>().Read(message);
        Assert.NotEmpty(reading.WithoutOwnPlace);
        Assert.All(reading.WithoutOwnPlace, q => Assert.Contains("2024", q.Question));
        Assert.All(reading.WithoutOwnPlace, q => Assert.DoesNotContain("Parepare", q.Question));
    }

    [Fact]
    public void A_list_asked_for_after_the_framing_is_not_set_aside()
    {
        var reading = Bot.Services.GetRequiredService<DocumentQuestions>().Read("Kami dari Kota Metro, peserta 2023. Siapa saja peserta lain tahun itu?");
        Assert.Null(reading.PlacesListedUnasked);
    }

    [Fact]
    public void A_clearly_off_topic_reading_is_declined_without_asking_the_documents()
    {
        var answerer = Bot.Services.GetRequiredService<QuestionAnswerer>();
        var reading = new QuestionReading(ClearlyOffTopic: true, null, KnowledgeHints.None);
        Assert.Equal(AnswerKind.OutOfScope, reading.AnsweredBy(answerer, "Apa itu quick win?").Kind);
    }

    [Fact]
    public void A_question_about_things_no_document_has_is_declined_as_outside_not_asked_back()
    {
        // "hujan" and "lebat" are in no document; only the place is (the launch in Makassar): the topics "maksud Anda …?"
        // would offer are unrelated, so the reply says plainly what the bot can answer.
        const string question = "besok sore di makassar bakal hujan lebat gak";
        var answerer = Bot.Services.GetRequiredService<QuestionAnswerer>();
        Assert.Equal(AnswerKind.OutOfScope, answerer.Answer(question, null, KnowledgeHints.None).Kind);
        // Two rules decline it: a word no document has (unknown_scope_below) and a passage sharing only the place (place_only_below).
        var askingBack = answerer.With(ConfidenceModel.For(RepoPaths.Knowledge) with { UnknownScopeBelow = 0, PlaceOnlyBelow = 0 });
        Assert.Equal(AnswerKind.NotSure, askingBack.Answer(question, null, KnowledgeHints.None).Kind);
    }

    [Fact]
    public void A_programme_topic_beside_a_word_no_document_has_is_asked_back_not_declined_as_outside()
    {
        // "quick win" heads many sections and its passage holds it; "gimmick" is in no document. The unknown word is a
        // way of asking, not a sign of another subject: the reply offers the quick win sections, never "di luar cakupan".
        const string question = "quick win itu semacam gimmick ya";
        var answerer = Bot.Services.GetRequiredService<QuestionAnswerer>();
        Assert.Equal(AnswerKind.NotSure, answerer.Answer(question, null, KnowledgeHints.None).Kind);
        var withoutTopics = answerer.With(ConfidenceModel.For(RepoPaths.Knowledge) with { ScopeTopicSections = 0 });
        Assert.Equal(AnswerKind.OutOfScope, withoutTopics.Answer(question, null, KnowledgeHints.None).Kind);
    }

    [Fact]
    public void A_word_only_one_heading_has_is_no_programme_topic()
    {
        // "sehat" heads one section (smart living): a recipe question sharing it stays outside the programme.
        var answerer = Bot.Services.GetRequiredService<QuestionAnswerer>();
        Assert.Equal(AnswerKind.OutOfScope, answerer.Answer("resep sambal matah yang sehat", null, KnowledgeHints.None).Kind);
    }

    [Fact]
    public void The_recognizers_off_topic_reading_keeps_a_programme_word_from_rescuing_the_question()
    {
        var answerer = Bot.Services.GetRequiredService<QuestionAnswerer>();
        Assert.Equal(AnswerKind.OutOfScope, answerer.Answer("quick win itu semacam gimmick ya", null, new KnowledgeHints(ReadAsOffTopic: true)).Kind);
    }

    [Fact]
    public void The_reading_carries_whether_the_recognizer_reads_the_message_as_off_topic()
    {
        var questions = Bot.Services.GetRequiredService<DocumentQuestions>();
        Assert.True(questions.Read("harga cabai rawit di pasar hari ini").Hints.ReadAsOffTopic);
        Assert.False(questions.Read("kapan bimtek tahap pertama 2019").Hints.ReadAsOffTopic);
    }

    [Fact]
    public void A_detail_the_documents_lack_about_a_programme_subject_is_still_asked_back()
    {
        // The subject is the documents' own and well covered; only the detail is missing: not "di luar cakupan".
        const string question = "jam berapa penandatanganan nota kesepakatan 2021 dimulai";
        Assert.Equal(AnswerKind.NotSure, Bot.Services.GetRequiredService<DocumentQuestions>().Answer(question).Kind);
    }

    [Fact]
    public async Task The_staff_reading_gives_the_answer_the_chat_gives()
    {
        const string question = "Dirjen Aptika yang meneken nota kesepakatan dengan 50 daerah pada 2022 siapa?";
        var staff = Bot.Services.GetRequiredService<DocumentQuestions>().Answer(question);
        Assert.Equal(AnswerKind.Answered, staff.Kind);
        var chat = Activities.Read(await Bot.AskAsync(question, conversationId: $"path-{Guid.NewGuid():N}", userId: "user-path"));
        Assert.Contains(staff.Answer!.Body[..Math.Min(60, staff.Answer.Body.Length)], chat);
    }

    [Fact]
    public void The_calibration_names_its_fit_files_and_keeps_the_newest_sets_out()
    {
        var model = ConfidenceModel.For(RepoPaths.Knowledge);
        Assert.Contains("dev-questions.jsonl", model.FitFiles);
        Assert.DoesNotContain("unseen-questions-9.jsonl", model.FitFiles);
        foreach (var file in model.FitFiles)
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", file)), $"{file} is not a tuning file");
    }
}
