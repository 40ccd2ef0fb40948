using SmartCity.Bot.Understanding;
using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>The recognizer on the shipped data: held-out examples per intent, entities, the .lu reader.</summary>
public sealed class RecognizerTests(ITestOutputHelper output)
{
    private static Recognition Recognize(string text) => UnderstandingData.Recognizer.Recognize(text);

    [Fact]
    public void A_remembered_reading_is_the_reading_computed_afresh_and_long_messages_are_not_kept()
    {
        var fresh = UnderstandingData.Recognizer.Retrained(LuFile.LoadFolder(UnderstandingData.Folder), PinnedCalibration.Load(UnderstandingData.Folder));
        foreach (var text in new[] { "halo", "cek status Kabupaten Sleman dong", "jangan kirim pengingat lagi", "kapan batas waktu masterplan?", "kalau 2019?" })
        {
            var remembered = Recognize(text);
            Assert.Same(remembered, Recognize(text));
            var computed = fresh.Recognize(text);
            Assert.Equal(computed.Intents, remembered.Intents);
            Assert.Equal(computed.Entities.Region, remembered.Entities.Region);
            Assert.Equal(computed.Entities.Year, remembered.Entities.Year);
        }
        var pasted = string.Join(' ', Enumerable.Repeat("cek status kabupaten sleman", 40));
        Assert.NotSame(Recognize(pasted), Recognize(pasted));
    }

    [Theory]
    [InlineData("rasanya belum", "belum")]
    [InlineData("mungkin sudah", "sudah")]
    [InlineData("ya", "sudah")] // a filler word elsewhere, the whole answer here
    [InlineData("ya dong", "sudah")]
    [InlineData("belom", "belum")]
    public void A_hedged_answer_word_is_still_a_checklist_answer(string text, string value) =>
        Assert.Equal(value, Recognize(text).Entities.ChecklistValue);

    [Theory]
    [InlineData("sudah dibahas, tapi belum ditandatangani", "belum")]
    [InlineData("belum rampung namun sudah berjalan", "sudah")]
    [InlineData("sudah, belum", null)]
    public void An_answer_set_against_the_first_after_a_contrast_word_is_the_answer(string text, string? value) =>
        Assert.Equal(value, Recognize(text).Entities.ChecklistLead);

    [Theory]
    [InlineData("👍👍", IntentNames.FeedbackHelpful)]
    [InlineData("👎🏽", IntentNames.FeedbackNotHelpful)]
    [InlineData("🙏", IntentNames.Thanks)]
    public void A_message_of_emoji_only_is_read_by_its_symbols(string text, string intent) =>
        Assert.Equal(intent, Recognize(text).TopIntent);

    // A polite request naming the reminder shares most words with its opposite: the verb must decide.
    [Theory]
    [InlineData("tolong matikan pengingat tenggat", IntentNames.ReminderOff)]
    [InlineData("tolong hidupkan pengingat tenggat", IntentNames.ReminderOn)]
    [InlineData("mohon notifikasi tenggat dinonaktifkan", IntentNames.ReminderOff)]
    [InlineData("mohon notifikasi tenggat diaktifkan", IntentNames.ReminderOn)]
    public void The_verb_decides_between_reminders_on_and_off(string text, string intent) =>
        Assert.Equal(intent, Recognize(text).TopIntent);

    [Fact]
    public void A_message_without_words_or_symbols_has_no_intent() => Assert.Empty(Recognize("?!...").Intents);

    [Fact]
    public void The_nearest_examples_say_why_a_message_was_read_so()
    {
        var nearest = UnderstandingData.Recognizer.Nearest("nonaktifkan pengingat tenggat sekarang", 3);
        Assert.Equal(3, nearest.Count);
        Assert.Equal(IntentNames.ReminderOff, nearest[0].Example.Intent);
        Assert.True(nearest[0].Score >= nearest[1].Score && nearest[1].Score >= nearest[2].Score);
    }

    [Fact]
    public void Every_intent_reads_at_least_90_percent_of_its_held_out_examples()
    {
        var heldOut = LuFile.LoadFolder(Path.Combine(UnderstandingData.Folder, "eval"));
        var training = UnderstandingData.Recognizer.Examples.Select(e => e.Text.ToLowerInvariant()).ToHashSet();
        Assert.DoesNotContain(heldOut, e => training.Contains(e.Text.ToLowerInvariant())); // held out means not trained on
        var report = IntentReport.Run(UnderstandingData.Recognizer, heldOut);
        foreach (var (intent, correct, total) in report.PerIntent) output.WriteLine($"{intent}: {correct}/{total}");
        foreach (var (example, got) in report.Misses) output.WriteLine($"MISS [{example.Intent} → {got}] {example.Text}");
        Assert.True(report.PerIntent.Count >= 15, "intents missing from the held-out set");
        Assert.True(report.Correct >= 0.9 * report.Total, $"held-out accuracy {report.Correct}/{report.Total} < 90 %");
        Assert.All(report.PerIntent, p => Assert.True(p.Correct >= 0.7 * p.Total, $"{p.Intent}: {p.Correct}/{p.Total}"));
    }

    [Fact]
    public void Every_intent_has_at_least_30_training_examples()
    {
        var counts = UnderstandingData.Recognizer.Examples.GroupBy(e => e.Intent).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(counts, c => Assert.True(c.Value >= 30, $"{c.Key}: {c.Value} examples"));
        foreach (var intent in new[] { IntentNames.StatusCheck, IntentNames.Participation, IntentNames.Deadline, IntentNames.NextStep, IntentNames.ReminderOn, IntentNames.ReminderOff, IntentNames.Help, IntentNames.Greeting,
                     IntentNames.Cancel, IntentNames.Restart, IntentNames.ChecklistAnswer, IntentNames.FeedbackHelpful, IntentNames.FeedbackNotHelpful, IntentNames.ProgrammeQuestion, IntentNames.Thanks, IntentNames.OutOfScope, IntentNames.ChangeRegion })
            Assert.True(counts.ContainsKey(intent), $"intent {intent} missing");
    }

    [Fact]
    public void Scores_are_ranked_and_sum_to_one()
    {
        var recognition = Recognize("tolong cek status kabupaten garut");
        Assert.Equal(IntentNames.StatusCheck, recognition.TopIntent);
        Assert.Equal(1.0, recognition.Intents.Sum(i => i.Score), 6);
        Assert.Equal(recognition.Intents.OrderByDescending(i => i.Score).Select(i => i.Intent), recognition.Intents.Select(i => i.Intent));
        Assert.Empty(Recognize("").Intents);
    }

    [Theory]
    [InlineData("Pagi, saya dari Diskominfo Kabupaten Klaten mau tanya status kami", "Kabupaten Klaten")]
    [InlineData("kami operator dari pemkot salatiga", "Kota Salatiga")]
    [InlineData("Pemkab Wonosobo, Jawa Tengah. Progres kami gimana?", "Kabupaten Wonosobo")]
    public void An_officer_opening_names_the_region_anywhere_in_the_sentence(string text, string region)
    {
        var recognition = Recognize(text);
        Assert.Equal(IntentNames.StatusCheck, recognition.TopIntent);
        Assert.Equal(region, recognition.Entities.Region?.Name);
    }

    // entities.json listWords: the English "which ones" asks for the list, as "mana saja" does.
    [Fact]
    public void Which_ones_in_English_asks_for_a_list() => Assert.True(Recognize("ok, which ones were those?").Entities.AsksList);

    [Fact]
    public void Entities_years_cohorts_pillars_ordinals_and_references()
    {
        var e = Recognize("siapa saja peserta angkatan 2019 untuk pilar smart economy yang ketiga?").Entities;
        Assert.Equal(2019, e.Year);
        Assert.Equal(2019, e.Cohort);
        Assert.Equal("smart economy", e.Pillar);
        Assert.Equal(3, e.Ordinal);
        Assert.True(e.AsksList);
        Assert.Null(Recognize("masterplan tahun 2019").Entities.Cohort);
        Assert.True(Recognize("wilayah kami ikut kapan").Entities.OwnRegion);
        Assert.True(Recognize("peserta seangkatan siapa").Entities.OwnCohort);
        Assert.True(Recognize("siapa lagi yang ikut di tahun tersebut").Entities.SameYear);
        Assert.Null(Recognize("nomor 12345 dan 1999").Entities.Year);
    }

    [Theory]
    [InlineData("pilar ekonominya mencakup apa", "smart economy")]
    [InlineData("contoh program pilar lingkunganlah", "smart environment")]
    public void A_pillar_is_named_with_a_possessive_or_particle_on_its_word(string text, string pillar) =>
        Assert.Equal(pillar, Recognize(text).Entities.Pillar);

    [Theory]
    [InlineData("pilar brandingnya maksudnya apa", "smart society", "pilar smart society maksudnya apa")]
    [InlineData("contoh program pilar ekonomi", "smart living", "contoh program smart living")]
    public void A_follow_up_naming_a_pillar_replaces_the_earlier_questions_pillar(string earlier, string pillar, string expected) =>
        Assert.Equal(expected, UnderstandingData.Entities.WithPillar(earlier, pillar));

    [Theory]
    [InlineData("unsur yang dikembangkan di pilar itu apa saja?", "smart branding", "unsur yang dikembangkan di pilar smart branding apa saja?")]
    [InlineData("Pimpinan minta ringkasan pilar smart living. Pilar tersebut mencakup apa?", "smart economy", "Pimpinan minta ringkasan pilar smart living. pilar smart living mencakup apa?")]
    public void A_pointer_at_a_pillar_is_written_as_the_pillar_named_before_it_else_the_last_one(string text, string last, string expected) =>
        Assert.Equal(expected, UnderstandingData.Entities.WithPillarPointedAt(text, last));

    [Fact]
    public void A_pillar_pointer_with_no_pillar_known_or_a_bare_possessive_is_left_alone()
    {
        Assert.Null(UnderstandingData.Entities.WithPillarPointedAt("pilar itu apa saja unsurnya?", null));
        Assert.Null(UnderstandingData.Entities.WithPillarPointedAt("depok smart pole masuk pilarnya apa?", "smart living"));
    }

    [Fact]
    public void An_earlier_question_naming_no_other_pillar_is_not_rewritten()
    {
        Assert.Null(UnderstandingData.Entities.WithPillar("apa itu quick win", "smart society"));
        Assert.Null(UnderstandingData.Entities.WithPillar("smart society itu apa", "smart society"));
    }

    [Fact]
    public void Lu_files_keep_the_value_of_entity_markup_and_ignore_comments()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["> komentar", "# Sapa", "- halo {region=Kota Bogor}!", "-", "# Lain", "- satu", "bukan contoh"]);
            var examples = LuFile.Load(path).ToList();
            Assert.Equal([("Sapa", "halo Kota Bogor!"), ("Lain", "satu")], examples.Select(e => (e.Intent, e.Text)));
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("sy org kudus, kota sy ikut ga?")]
    [InlineData("saya orang kudus, daerah saya ikut?")]
    public void Saying_where_one_is_from_as_orang_introduces_and_asks_whether_that_region_took_part(string text)
    {
        var recognition = Recognize(text);
        Assert.True(recognition.Entities.Introduces);
        Assert.Equal("Kabupaten Kudus", recognition.Entities.Region?.Name);
        Assert.Equal(IntentNames.Participation, recognition.TopIntent);
    }

    [Fact]
    public void A_question_about_the_bot_before_an_introduction_reads_as_the_introduction_and_a_question_of_its_own_does_not()
    {
        var phatic = Recognize("Selamat siang, betul ini chatbot smart city Kominfo? Saya staf Diskominfo Kabupaten Sleman.");
        Assert.True(phatic.Entities.Introduces);
        Assert.Equal(Recognize("Saya staf Diskominfo Kabupaten Sleman.").TopIntent, phatic.TopIntent);
        // A real question before the introduction keeps its own reading.
        Assert.NotEqual(Recognize("Saya staf Diskominfo Kabupaten Sleman.").TopIntent, Recognize("Berapa jumlah pilar smart city? Saya staf Diskominfo Kabupaten Sleman.").TopIntent);
    }
}
