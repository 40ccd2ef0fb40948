using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Every dev question through the full turn pipeline (real bot, an activity in, the reply out), judged like
/// shared/tools/eval.mjs, and two regression sets written apart from the dev set (160 questions of the same kinds
/// on other facts and regions, and multi-turn dialogs) that guard generalisation.
/// </summary>
public sealed class DevQuestionsTests(ITestOutputHelper output, KnowledgeBot knowledge) : IClassFixture<KnowledgeBot>
{
    // One bot for the class: every question and conversation has its own conversation and user.
    private BotServer Bot => knowledge.Bot;

    /// <summary>
    /// Every question of a set through the bot, one conversation each, judged like eval.mjs; failures go to the test
    /// output. <paramref name="declinesRequired"/>: an out-of-scope question answered fails the test at once.
    /// </summary>
    private async Task<(int Passed, int Count)> AskAllAsync(string file, int atLeast, bool declinesRequired = false)
    {
        var questions = Judge.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", file));
        Assert.True(questions.Count >= atLeast, $"{file}: questions missing");
        var passed = 0;
        foreach (var q in questions)
        {
            var reply = Activities.Read(await Bot.AskAsync(q.Question, conversationId: $"{Path.GetFileNameWithoutExtension(file)}-{q.Id}-{Guid.NewGuid():N}", userId: $"user-{Path.GetFileNameWithoutExtension(file)}-{q.Id}"));
            if (Judge.Passes(q, reply))
            {
                passed++;
                continue;
            }
            output.WriteLine($"FAIL {q.Id} [{q.Category}] {q.Question}\n  < {reply.ReplaceLineEndings(" ")}");
            Assert.False(declinesRequired && q.Category == "out-of-scope", $"not declined: {q.Question}");
        }
        output.WriteLine($"{file}: passed {passed}/{questions.Count}");
        return (passed, questions.Count);
    }

    [Fact]
    public async Task Answers_at_least_95_percent_of_the_dev_questions()
    {
        var questions = Judge.Load(RepoPaths.DevQuestions);
        Assert.True(questions.Count >= 50, "dev questions missing");
        var results = new List<(EvalQuestion Q, bool Pass)>();
        foreach (var q in questions)
        {
            var replies = await Bot.AskAsync(q.Question, conversationId: $"eval-{q.Id}-{Guid.NewGuid():N}", userId: $"user-{q.Id}");
            var pass = Judge.Passes(q, Activities.Read(replies));
            results.Add((q, pass));
            if (!pass) output.WriteLine($"FAIL {q.Id} [{q.Category}] {q.Question}\n  < {Activities.Read(replies).ReplaceLineEndings(" ")}");
        }
        foreach (var g in results.GroupBy(r => r.Q.Category).OrderBy(g => g.Key))
            output.WriteLine($"{g.Key}: {g.Count(r => r.Pass)}/{g.Count()}");

        Assert.All(results.Where(r => r.Q.Category == "out-of-scope"), r => Assert.True(r.Pass, $"not declined: {r.Q.Question}"));
        var rate = (double)results.Count(r => r.Pass) / results.Count;
        output.WriteLine($"passed {results.Count(r => r.Pass)}/{results.Count} = {rate:P1}");
        Assert.True(rate >= 0.95, $"dev questions passed {rate:P1} < 95 %");
    }

    [Fact]
    public async Task Answers_at_least_90_percent_of_the_regression_questions()
    {
        var (passed, count) = await AskAllAsync("regression-questions.jsonl", atLeast: 390, declinesRequired: true);
        Assert.True(passed >= 0.9 * count, $"regression questions passed {passed}/{count} < 90 %");
    }

    /// <summary>
    /// A second set of single questions written before any tuning on it (citizens, journalists, officers; typos,
    /// English-mixed; 15 out of scope sharing a word with the documents). Floor just under the measured figure:
    /// out-of-scope questions the bot asks back about ("belum yakin, maksud Anda …?") count as failures here.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_74_percent_of_the_second_unseen_questions()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-2.jsonl", atLeast: 100);
        Assert.True(passed >= 0.74 * count, $"second unseen questions passed {passed}/{count} < 74 %");
    }

    /// <summary>
    /// A third set written before any change on it: 64 in scope over every document and the data, 46 that should be
    /// declined or answered "belum yakin"/"tidak ditemukan" (current office holders, other programmes, general
    /// knowledge, prices, weather, sports, personal requests, years the documents never mention). First contact 70/110;
    /// floor a little under the measured 87/110, since the recognizer's routing is tuned elsewhere.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_76_percent_of_the_third_unseen_questions()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-3.jsonl", atLeast: 110);
        Assert.True(passed >= 0.76 * count, $"third unseen questions passed {passed}/{count} < 76 %");
    }

    /// <summary>
    /// A fourth set written before any change on it: 55 in scope (facts in later sentences, informal and misspelt
    /// words, English, years, regions, pillars, innovations, deadlines, criteria) and 45 to decline or answer "belum
    /// yakin"/"tidak ditemukan" that share the programme's words (other ministries' programmes, "juara" and awards
    /// outside the programme, budgets, population, elections, office holders "sekarang", years and innovations the
    /// documents lack, misspelt unknown words). First contact 78/100; measured 81/100 after the evidence weights;
    /// floor a little under, since routing is tuned elsewhere.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_77_percent_of_the_fourth_unseen_questions()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-4.jsonl", atLeast: 100);
        Assert.True(passed >= 0.77 * count, $"fourth unseen questions passed {passed}/{count} < 77 %");
    }

    /// <summary>
    /// Fifth unseen set (issue 9), written before the ranking changes it drove: one pillar's aim or scope, facts of one
    /// year, "siapa/lembaga apa", affix variants, later sentences, informal and English wording, questions the
    /// documents answer with "tidak ditemukan", and questions to decline. First contact 76/100 (as first labelled).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_84_percent_of_the_fifth_unseen_questions()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-5.jsonl", atLeast: 100);
        Assert.True(passed >= 0.84 * count, $"fifth unseen questions passed {passed}/{count} < 84 %");
    }

    /// <summary>
    /// Sixth unseen set (issue 9, round 7), written before the changes it drove: a year named only in passing, question
    /// forms (siapa/kapan/berapa/mengapa/bagaimana/untuk apa), facts in later sentences, informal and mistyped words, ten
    /// English questions, questions the documents answer with "tidak ditemukan", and 34 to decline. First contact 75/100
    /// through the bot (72 as first written, three expectations of the set corrected); 82/100 after the round. Floor 78 %:
    /// routing and conversation work also touch these answers.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_78_percent_of_the_sixth_unseen_questions()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-6.jsonl", atLeast: 100);
        Assert.True(passed >= 0.78 * count, $"sixth unseen questions passed {passed}/{count} < 78 %");
    }

    /// <summary>
    /// Eighth unseen set (issue 9, eighth landing), written before the changes it drove: how/steps, why, how long,
    /// who or which body, which ones (lists), now against then, and comparisons, formal and chatty. First contact 75/100
    /// (report: precision of confident answers 78.9 %); 86/100 after the round (88.5 %). Floor 86 %: left are comparisons
    /// of two regions (a dialog's), "terakhir" (also an ordinal: "tahap terakhir") and a few ways told in other words.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_86_percent_of_the_eighth_unseen_questions()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-8.jsonl", atLeast: 100);
        Assert.True(passed >= 0.86 * count, $"eighth unseen questions passed {passed}/{count} < 86 %");
    }

    /// <summary>
    /// Ninth unseen set (issue 9, item 6, ninth landing), written before the change it drove: 55 questions the documents
    /// answer and 45 near-scope ones they cannot. First contact 84/100 (report: confident precision 80.3 %, 39 % declined);
    /// 84/100 by eval.mjs after the staff commands read questions through the chat's own path. Floor 83 (this harness
    /// may differ from eval.mjs by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_83_of_the_ninth_unseen_questions()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-9.jsonl", atLeast: 100);
        Assert.True(passed >= 83, $"ninth unseen questions passed {passed}/{count} < 83");
    }

    /// <summary>
    /// Tenth unseen set (issue 9, item 6, tenth landing), written before looking at the bot's answers: 63 questions the
    /// documents answer and 37 near-scope ones they cannot (30 out of scope, 7 known gaps). First contact 89/100 by
    /// eval.mjs (report: confident precision 87.1 %, 30 % declined); unchanged at the end of the round. Floor 88 (this
    /// harness may differ from eval.mjs by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_88_of_the_tenth_unseen_questions()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-10.jsonl", atLeast: 100);
        Assert.True(passed >= 88, $"tenth unseen questions passed {passed}/{count} < 88");
    }

    /// <summary>
    /// Eleventh unseen set (issue 9, nineteenth landing), written from the documents' headings only, before looking at
    /// the bot's answers: 91 questions the documents answer (a teacher, a village head, an ASN of another ministry, four
    /// in English, wrong guesses, comparisons, superlatives, slang) and 9 they cannot (7 out of scope, 2 near scope).
    /// First contact 90/100 by evalfull (report: confident precision 93.3 %, 10 % declined); 92/100 once a date-asking
    /// word written right before a section's own date no longer covers the date asked, and English "come from" frames
    /// nothing. Floor 90 (this harness may differ from evalfull by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_90_of_the_eleventh_unseen_questions()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-11.jsonl", atLeast: 100);
        Assert.True(passed >= 90, $"eleventh unseen questions passed {passed}/{count} < 90");
    }

    /// <summary>
    /// Twelfth unseen set (issue 9, twentieth landing), written from knowledge/data only: citizens asking whether and
    /// when their kab/kota took part (typos, prefixes, old spellings, the province added), wrong yes/no guesses, regions
    /// in no list and regions that do not exist, counts by year or province, same cohort, English. First contact 93/100
    /// by evalfull; 97/100 once a compass word making a name no region bears is an unknown region (said plainly, no
    /// unrelated suggestions), an ordinary-word name opening a message before a participation verb is the region, and
    /// English "first"/"number" read as the documents' words. Floor 95 (this harness may differ from evalfull by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_95_of_the_twelfth_unseen_questions()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-12.jsonl", atLeast: 100);
        Assert.True(passed >= 95, $"twelfth unseen questions passed {passed}/{count} < 95");
    }

    /// <summary>
    /// Thirteenth unseen set (issue 9, twenty-first landing), written from the documents' headings only: what citizens,
    /// officers, students and businesses ask about eligibility, the six pillars, quick wins, the masterplan, stages,
    /// assessment, organisers, awards and events, with slang, abbreviations and English; expectations from the bodies.
    /// First contact 93/100 by evalfull (report: 94.0 %, confident precision 95.7 %, 7.0 % declined). Lexicon readings
    /// tried for the misses ("abis" as "setelah", "membuat" seeking "menyusun", a bare "mulai" seeking the launch) each
    /// cost an out-of-scope or ranking probe and were dropped. Floor 92 (this harness may differ from evalfull by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_92_of_the_thirteenth_unseen_questions()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-13.jsonl", atLeast: 100);
        Assert.True(passed >= 92, $"thirteenth unseen questions passed {passed}/{count} < 92");
    }

    /// <summary>
    /// Fourteenth unseen set (issue 9, twenty-second landing): whole messages with a preamble — who asks and why,
    /// greetings and thanks, some two questions, some context after the question — written from the headings. First
    /// contact 90/100 by evalfull (report 91.0 %), 92/100 once greetings, thanks and time-steering framing are not asked
    /// of the documents (QuestionPreamble) and "keberapa", "kira2" are read. Floor 90 (this harness may differ by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_90_of_the_fourteenth_unseen_questions_asked_with_a_preamble()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-14.jsonl", atLeast: 100);
        Assert.True(passed >= 90, $"fourteenth unseen questions passed {passed}/{count} < 90");
    }

    /// <summary>
    /// Fifteenth unseen set (issues 8 and 9, twenty-third landing): single questions written from the headings in the
    /// everyday words people use instead of the programme's terms (a plan, a fast result, the judges, a yardstick, twin
    /// names, South-East Asia), a third very short, a third with context. First contact 77/100 by evalfull (report
    /// 77.0 %, confident precision 87.1 %); 84/100 (83.0 %, 89.1 %) with those words in knowledge/lexicon/sinonim.txt,
    /// one way to the documents' terms. Floor 82 (this harness may differ by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_82_of_the_fifteenth_unseen_questions_in_everyday_words()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-15.jsonl", atLeast: 100);
        Assert.True(passed >= 82, $"fifteenth unseen questions passed {passed}/{count} < 82");
    }

    /// <summary>
    /// Sixteenth unseen set (issues 8 and 9, twenty-fourth landing): single questions a reader of five news articles would
    /// then ask, written from the articles and the researched programme facts, not from knowledge/; 15 ask what the
    /// documents do not hold and expect an honest decline. First contact 82/100 by evalfull (report 80.0 %, confident
    /// precision 85.9 %); 85/100 once a count the question takes as given is no missing detail (AnswerFit) and the
    /// news-reading frame words are not searched (kata-fungsi.txt). Floor 83 (this harness may differ by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_83_of_the_sixteenth_unseen_questions_asked_after_reading_the_news()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-16.jsonl", atLeast: 100);
        Assert.True(passed >= 83, $"sixteenth unseen questions passed {passed}/{count} < 83");
    }

    /// <summary>
    /// Seventeenth unseen set (issues 8 and 9, twenty-fifth landing): single questions written from shared/domain (the
    /// programme facts, SOURCES.md, participants.csv, regions.csv), not from knowledge/, as each kind of user would ask:
    /// 25 citizens (typos, lowercase names, kota vs kabupaten of one name, a province), 20 businesses, 20 officers with
    /// a preamble, 15 students and journalists, 20 the data does not hold (an honest decline). First contact 90/100 by
    /// evalfull (report 85.0 %, confident precision 87.2 %); 91/100 once a province asked of with the programme's full
    /// name reads as participation (participation.lu). Floor 89 (this harness may differ by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_89_of_the_seventeenth_unseen_questions_written_from_the_domain_data()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-17.jsonl", atLeast: 100);
        Assert.True(passed >= 89, $"seventeenth unseen questions passed {passed}/{count} < 89");
    }

    /// <summary>
    /// Eighteenth unseen set (issues 8 and 9, twenty-sixth landing): single questions written from shared/domain, not from
    /// knowledge/: 25 citizens (informal spellings, kota vs kabupaten of one name, provinces), 20 businesses and investors
    /// (whether they may fund or partner), 20 officers whose preamble names their own place or cohort year while they ask
    /// of another, 15 students and journalists, 20 the data does not hold. First contact 86/100 by evalfull (report 77.0 %,
    /// confident precision 84.4 %); 93/100 once a question naming a year of its own is asked without the asker's place
    /// and cohort year (QuestionPreamble, DocumentQuestions, RegionDataAnswers); 94/100 once "sy org X" introduces the
    /// asker; 95/100 once a province asked over a span of years is counted over the span (YearRange). Floor 90 (this
    /// harness may differ by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_90_of_the_eighteenth_unseen_questions_written_from_the_domain_data()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-18.jsonl", atLeast: 100);
        Assert.True(passed >= 90, $"eighteenth unseen questions passed {passed}/{count} < 90");
    }

    /// <summary>
    /// Nineteenth unseen set (issues 8 and 9, twenty-seventh landing): single questions written from shared/domain, not from
    /// knowledge/: 20 citizens (kota vs kabupaten of one name, spelling variants, provinces, regions that never took part),
    /// 15 businesses and NGOs (what they may do, whom to contact, whether they may fund), 20 officers with a preamble naming
    /// their office, place and cohort year, 10 village and district heads and DPRD members, 15 students and journalists,
    /// 20 the data does not hold. First contact 91/100 by evalfull (report 87.0 %, confident precision 89.6 %); 93/100
    /// once a question about every participant is answered though the documents lack the asker's own place named in the
    /// framing (DocumentQuestions.WithoutOwnPlace), and a plan stated after the question ("kami mau menawarkan kerja sama")
    /// leaves the question what is asked (EntityRecognizer). Floor 90 (this harness may differ by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_90_of_the_nineteenth_unseen_questions_written_from_the_domain_data()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-19.jsonl", atLeast: 100);
        Assert.True(passed >= 90, $"nineteenth unseen questions passed {passed}/{count} < 90");
    }

    /// <summary>
    /// Twentieth unseen set (twenty-eighth landing), written from shared/domain (facts, SOURCES.md, participants.csv,
    /// regions.csv) before looking at the bot's answers: 20 citizens (lowercase and misspelt names, kota vs kabupaten of one
    /// name, a province, neighbours that never took part), 15 businesses and NGOs, 20 officers with a preamble naming their
    /// office, place and cohort year, 10 village and district heads and DPRD members, 15 students and journalists, 20 the
    /// sources do not hold. First contact 87/100 by evalfull (report 79.0 %, confident precision 78.5 %); 92/100 (report
    /// 82.0 %, 81.8 %) once "tinggal di" introduces the asker's place (entities.json selfIntro), a framing naming the
    /// asker's place no longer ranks a participants list the closing question never asked for
    /// (DocumentQuestions.PlacesListedUnasked, OnlyActs, "angkatan kami" with the framing's year), and a bare name after
    /// its typed namesake is that one (RegionResolver.Dedupe). Floor 89 (this harness may differ by one or two).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_89_of_the_twentieth_unseen_questions_written_from_the_domain_data()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-20.jsonl", atLeast: 100);
        Assert.True(passed >= 89, $"twentieth unseen questions passed {passed}/{count} < 89");
    }

    /// <summary>
    /// Twenty-first unseen set (twenty-ninth landing), written from shared/domain (facts, SOURCES.md, participants.csv,
    /// regions.csv) before looking at the bot's answers: 20 citizens (misspelt and informal names — "solo", "kukar",
    /// "tanjungpinang" —, kota vs kabupaten of one name, a province, neighbours and an old name that never took part), 15
    /// businesses, NGOs and universities, 20 officers with a preamble naming their office, place and cohort year, 10 village
    /// and district heads and DPRD members, 15 students and journalists, 20 the sources do not hold. First contact 87/100
    /// by evalfull (report 80.0 %, confident precision 85.5 %); 93/100 once any answer short of sure to a message whose
    /// framing names the asker's place tries the closing question alone (the surer of its readings with and without the
    /// framing's year), a leading clause "kami dari kota X 2023, …" frames the question like a sentence of its own, and
    /// the lexicon reads "penganugerahan" as penghargaan and "dari awal sampai akhir" as the whole order. Floor 90.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_90_of_the_twenty_first_unseen_questions_written_from_the_domain_data()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-21.jsonl", atLeast: 100);
        Assert.True(passed >= 90, $"twenty-first unseen questions passed {passed}/{count} < 90");
    }

    /// <summary>
    /// Twenty-second unseen set (thirtieth landing), written from shared/domain (the facts file, SOURCES.md,
    /// participants.csv, regions.csv) before looking at the bot's answers: 20 citizens (kabupaten against kota of one
    /// name, a province, neighbours that never took part, old and informal names, two-word names), 15 businesses, NGOs
    /// and universities, 20 officers with a preamble naming office, place and year, 10 village heads and DPRD members, 15
    /// students and journalists, 20 the documents and data do not hold. First contact 88/100 by evalfull (report 78.0 %,
    /// confident precision 84.5 %); 92/100 once an alias of several words names its region ("ujung pandang"), "apa nama X"
    /// asks X (tanya-nama.txt) and an office opening a clause without "saya" introduces the asker (jabatan-penanya.txt).
    /// Floor 89.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_89_of_the_twenty_second_unseen_questions_written_from_the_domain_data()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-22.jsonl", atLeast: 100);
        Assert.True(passed >= 89, $"twenty-second unseen questions passed {passed}/{count} < 89");
    }

    /// <summary>
    /// Twenty-third unseen set (thirty-first landing), written from shared/domain (the facts file, SOURCES.md,
    /// participants.csv, regions.csv) before looking at the bot's answers: 20 citizens (kabupaten against kota of one name,
    /// provinces, neighbours that never took part, nicknames and colonial-era names, two-word names, typos), 15 businesses,
    /// NGOs and universities, 20 officers with a preamble naming office, place and cohort year, 10 village heads and DPRD
    /// members, 15 students and journalists, 20 the documents and data do not hold. First contact 85/100 by evalfull
    /// (report 78.0 %, confident precision 77.8 %); 90/100 once popular nicknames name their region (region-aliases.txt),
    /// an answer whose regions stand only in its examples holds for the asker's place, "dipantau" asks of evaluasi, and a
    /// short guess after the question ("… apa? infrastruktur doang?") is asked with it. Floor 87.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_87_of_the_twenty_third_unseen_questions_written_from_the_domain_data()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-23.jsonl", atLeast: 100);
        Assert.True(passed >= 87, $"twenty-third unseen questions passed {passed}/{count} < 87");
    }

    /// <summary>
    /// Twenty-fourth unseen set (thirty-second landing), written from shared/domain (the facts file, participants.csv) and
    /// knowledge/ before looking at the bot's answers: 20 citizens (kabupaten against kota of one name, a province,
    /// nicknames, spelling variants, typos, a town inside a regency), 15 businesses, NGOs and universities, 20 officers
    /// whose question follows a preamble naming office, place and cohort year, 10 village heads and DPRD members, 15
    /// students and journalists, 20 the documents and data do not hold. First contact 84/100 by evalfull as written, 86/100
    /// after two expectations that were factually wrong were corrected (report 89.0 %, confident precision 93.3 %, 25 %
    /// declined); 86/100 once the asker's own cohort list is declined rather than given to a programme question (report
    /// 89.0 %, 94.5 % (69/73), 27 % declined). Floor 84.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_84_of_the_twenty_fourth_unseen_questions_written_from_the_domain_data()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-24.jsonl", atLeast: 100);
        Assert.True(passed >= 84, $"twenty-fourth unseen questions passed {passed}/{count} < 84");
    }

    /// <summary>
    /// Twenty-fifth unseen set (thirty-third landing), written from shared/domain (the facts file, participants.csv) and
    /// knowledge/ before looking at the bot's answers: 20 citizens (kabupaten against kota of one name, a province,
    /// nicknames, typos, a town inside a regency), 15 businesses, NGOs and universities, 20 officers whose question follows
    /// a preamble naming office, place and cohort year, 10 village heads and DPRD members, 15 students and journalists
    /// (some asking "… lewat apa", "… itu apa aja", "… gmn caranya"), 20 the documents and data do not hold. First contact
    /// 87/100 by evalfull (report 81.0 %, confident precision 84.8 % (56/66), 34 % declined); 88/100 once "secara" no
    /// longer makes a public-service question a programme one (report 82.0 %, 86.2 % (56/65), 35 % declined). Floor 86.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_86_of_the_twenty_fifth_unseen_questions_written_from_the_domain_data()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-25.jsonl", atLeast: 100);
        Assert.True(passed >= 86, $"twenty-fifth unseen questions passed {passed}/{count} < 86");
    }

    /// <summary>
    /// Twenty-sixth unseen set (thirty-fourth landing), written from shared/domain and knowledge/ before looking at the
    /// bot's answers: 20 citizens (kabupaten against kota of one name, provinces, nicknames, typos, a village or town
    /// inside a regency), 15 businesses, NGOs and campuses (partners by year, how to collaborate, funding), 20 officers
    /// whose question follows a preamble naming office, place and cohort year, 10 village heads and DPRD members, 15
    /// students and journalists (counts, firsts, who, where, dates of letters and events, terms), 20 the documents and
    /// data do not hold. First contact 93/100 by evalfull (report 88.0 %, confident precision 91.4 % (64/70), 30 %
    /// declined); 94/100 once asking which company was the programme's partner is a programme question. Floor 93.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_93_of_the_twenty_sixth_unseen_questions_written_from_the_domain_data()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-26.jsonl", atLeast: 100);
        Assert.True(passed >= 93, $"twenty-sixth unseen questions passed {passed}/{count} < 93");
    }

    /// <summary>
    /// Twenty-seventh unseen set (thirty-fifth landing), written from shared/domain and knowledge/ before looking at the
    /// bot's answers: 20 citizens (kabupaten against kota of one name, provinces, nicknames, typos, a town inside a
    /// regency, years whose lists are partial), 15 businesses, NGOs and campuses (which campus or company was a partner in
    /// which year, how to collaborate, funding, examples by pillar), 20 officers whose question follows a preamble naming
    /// office, place and cohort year (stages, letters, durations, regulations, evaluation), 10 village heads and DPRD
    /// members, 15 students and journalists (firsts, who attended, letter numbers, how long, terms, totals), 20 the
    /// documents and data do not hold. First contact 91/100 by evalfull (report 84.0 %, confident precision 83.6 %
    /// (56/67), 33 % declined); 92/100 once "kota apel" and other towns' nicknames name their town. Floor 90.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_90_of_the_twenty_seventh_unseen_questions_written_from_the_domain_data()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-27.jsonl", atLeast: 100);
        Assert.True(passed >= 90, $"twenty-seventh unseen questions passed {passed}/{count} < 90");
    }

    /// <summary>
    /// Twenty-eighth unseen set (thirty-sixth landing), written from shared/domain and knowledge/ before looking at the
    /// bot's answers: 20 citizens (kabupaten against kota of one name, provinces, a nickname, typos and spelling variants,
    /// a town inside a regency, a city whose award is not a participation), 15 businesses, NGOs and campuses (partners by
    /// year, media and technology partners, how to collaborate, private funding), 20 officers whose question follows a
    /// preamble naming office, place and cohort year (letters, MoU dates, stages, pillars, evaluation, smart province), 10
    /// village heads and DPRD members, 15 students and journalists (counts, firsts, who opened what, terms, themes), 20
    /// the documents and data do not hold. First contact 89/100 by evalfull as written, 92/100 with three expectations
    /// corrected (report 89.0 %, confident precision 94.0 % (63/67), 33 % declined). Floor 92.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_92_of_the_twenty_eighth_unseen_questions_written_from_the_domain_data()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-28.jsonl", atLeast: 100);
        Assert.True(passed >= 92, $"twenty-eighth unseen questions passed {passed}/{count} < 92");
    }

    /// <summary>
    /// Near-scope set (issue 9, item 6, eleventh landing), written before looking at the bot's answers: 60 pairs around
    /// the same sections, a detail the section gives and one of the same topic it does not (budget, hour, venue, who
    /// chaired …). First contact 83/120 by eval.mjs (report: confident precision 62.4 %, 29.2 % declined); 90/120
    /// (67.9 %, 35.0 %) once the detail asked must be in the answer shown (<see cref="AskedDetail"/>). Floor 89.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_89_of_the_near_scope_questions()
    {
        var (passed, count) = await AskAllAsync("near-scope-11.jsonl", atLeast: 120);
        Assert.True(passed >= 89, $"near-scope questions passed {passed}/{count} < 89");
    }

    /// <summary>
    /// Scope probe (issue 9, items 1 and 6, twelfth landing), written before looking at the bot's answers: 40 questions
    /// outside the programme (the out-of-scope reply expected, not "belum yakin, maksud Anda …?"), 40 near-scope details
    /// the documents do not give (a decline expected), 40 loosely typed answerable ones. First contact 71/120 by
    /// evalfull (outside 13/40); 87/120 once a question naming things no document has, with little of it covered, is
    /// declined as outside (<see cref="ConfidenceModel.OutsideDocuments"/>). Floor 87.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_87_of_the_scope_probe_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-12.jsonl", atLeast: 120);
        Assert.True(passed >= 87, $"scope probe questions passed {passed}/{count} < 87");
    }

    /// <summary>
    /// Scope probe 13 (issue 9, item 6, thirteenth landing), written before looking at the bot's answers: 60 near-scope
    /// details the documents do not give (money, names, exact counts, hours, rooms, penalties, vendors, a region's
    /// figures, years not yet recorded; a decline expected), 30 answerable look-alikes whose detail the documents give,
    /// 30 outside the programme (some in English). First contact 90/120 by evalfull (report: confident precision
    /// 64.9 %, 69.2 % declined); 91/120 (66.7 %, 70.0 %) once the asked word of a count and a venue asked are checked
    /// against the answer shown (<see cref="AnswerFit.AskedWord"/>). Floor 91.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_91_of_the_scope_probe_13_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-13.jsonl", atLeast: 120);
        Assert.True(passed >= 91, $"scope probe 13 questions passed {passed}/{count} < 91");
    }

    /// <summary>
    /// Scope probe 14 (issue 9, item 6, fourteenth landing), written before looking at the bot's answers: 50 near-scope
    /// details the documents do not give (reasons, opinions, other countries, future plans, internal procedures, a
    /// person's facts, a region's figures; a decline expected), 20 wrong premises (a decline or the correction), 30
    /// answerable look-alikes, 20 outside the programme. First contact 91/120 by evalfull (report: confident precision
    /// 67.2 %, 46.7 % declined); 92/120 (one expectation widened: "bukan" answered "Tidak, … tidak tercatat", a
    /// correct correction). 91 after the round's merge: a synonym from the ranking work ("sesi" for a stage) lets a
    /// session's length be answered with the stages' months. Floor 91.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_91_of_the_scope_probe_14_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-14.jsonl", atLeast: 120);
        Assert.True(passed >= 91, $"scope probe 14 questions passed {passed}/{count} < 91");
    }

    /// <summary>
    /// Scope probe 15 (issue 9, item 6, fifteenth landing), written before looking at the bot's answers: 50 near-scope
    /// details the documents do not give (budgets and costs, numbers of staff, named officials, lengths not given, what
    /// happens after the programme, a region's measured results and ranking, technical choices; a decline expected), 20
    /// wrong premises (a decline or the correction), 30 answerable look-alikes, 20 outside the programme. First contact
    /// 91/120 by evalfull (report: confident precision 63.9 %, 49.2 % declined); 93/120 after the unit asked after
    /// "berapa" ("berapa hari", "berapa persen") must come with a number in the answer shown. Floor 93.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_93_of_the_scope_probe_15_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-15.jsonl", atLeast: 120);
        Assert.True(passed >= 93, $"scope probe 15 questions passed {passed}/{count} < 93");
    }

    /// <summary>
    /// Scope probe 16 (issue 9, item 6, sixteenth landing), written before looking at the bot's answers: 40 near-scope
    /// details the documents do not give (counts of people at events, names of office holders, a document's form,
    /// times and rooms, reasons for a choice, a region's figures, how an app is used, programme rules), 30 wrong
    /// premises (ministry, year, number, region, a stage that does not exist: a decline or the correction), 30
    /// answerable look-alikes, 20 outside the programme. First contact 98/120 by evalfull (report: confident precision
    /// 72.9 %, 50.8 % declined); 101/120 after a confirmation question's stated names must be in the answer shown, a name
    /// asked for an office asks for its holder, and 'berapa orang' must be answered by a count of people (report 76.4 %). Floor 101.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_101_of_the_scope_probe_16_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-16.jsonl", atLeast: 120);
        Assert.True(passed >= 101, $"scope probe 16 questions passed {passed}/{count} < 101");
    }

    /// <summary>
    /// Scope probe 17 (issue 9, seventeenth landing), written before looking at the bot's answers: 60 in-scope questions
    /// phrased in words the documents do not use (chat particles, "kayak gimana", "emang", "konsultan", "duit", English
    /// loanwords, a wrong guess or a premise to check), 30 near-scope details the documents do not give, 30 outside.
    /// First contact 101/120 by evalfull (report: accuracy 83.3 %, confident precision 85.7 %, 53.3 % declined); three
    /// in-scope questions were declined "di luar cakupan" for one unknown word. After the scope decision rests on the
    /// documents' topics the question names (ScopeGuard.SubjectCovered) and chat words entered the lexicon (dibikin,
    /// kickoff, bingung, "siapa orangnya"): 103/120 (report 85.0 %, precision 86.2 %, 51.7 % declined), none of them
    /// declined as outside any more. Floor 101.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_101_of_the_scope_probe_17_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-17.jsonl", atLeast: 120);
        Assert.True(passed >= 101, $"scope probe 17 questions passed {passed}/{count} < 101");
    }

    /// <summary>
    /// Scope probe 18 (issue 9, eighteenth landing), written before looking at the bot's answers: 40 in-scope questions in
    /// English or mixed English–Indonesian, many carrying the user's own guess ("… only the ministry kan?", "… it was 2018
    /// right?"); 40 near-scope contact, money and logistics details the documents do not give (phone numbers, e-mails,
    /// links, fees, salaries, rooms, dress code); 40 clearly outside with programme-like words. First contact 78/120 by
    /// evalfull (report: accuracy 69.2 %, confident precision 56.0 %, 79.2 % declined); English questions were declined as
    /// outside for their verbs and guesses, and a contact asked was answered by the section on the event. After the
    /// question before a guess is read alone (QuestionCues.GuessedHead), English forms entered the lexicon and a contact
    /// asked must be stated (AskedDetail kind "kontak"): 90/120. Floor 88.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_88_of_the_scope_probe_18_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-18.jsonl", atLeast: 120);
        Assert.True(passed >= 88, $"scope probe 18 questions passed {passed}/{count} < 88");
    }

    /// <summary>
    /// Scope probe 19 (issue 9, nineteenth landing), written before any change: 50 in-scope questions wrapped in context
    /// (who asks and why, two questions in one message, a question after a long statement, English verbs with a hyphenated
    /// Indonesian prefix, "smartcity", "master plan", "quickwin"), 35 near-scope details the documents do not give, 35
    /// clearly outside sharing programme words. First contact 92/120 (report: precision 74.1 %, 55.0 % declined): a
    /// hyphenated borrowed verb ("di-assess") made a covered question look outside, and a preamble's words picked the
    /// answer. After BorrowedVerb and the asked clause read before the preamble: 98/120. Floor 95.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_95_of_the_scope_probe_19_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-19.jsonl", atLeast: 120);
        Assert.True(passed >= 95, $"scope probe 19 questions passed {passed}/{count} < 95");
    }

    /// <summary>
    /// Scope probe 20 (issue 9, twentieth landing), written before any change: 50 in-scope questions whose answer is one
    /// sentence of a section saying several related things (who vs how many, when vs where, the name vs the role), 40
    /// near-scope details the documents do not give (a person's name or phone, a sum, a date or rank not stated), 30
    /// clearly outside sharing programme words. First contact 99/120 (report: precision 72.6 %, 48.3 % declined): a role
    /// counted by a number ("20 asesor") answered "siapa", "nama pendamping" was answered by the campus, "gaji … berapa"
    /// was not read as a sum. After AnswersWho, peran-orang.txt and the closing "berapa": 102/120. Floor 100.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_100_of_the_scope_probe_20_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-20.jsonl", atLeast: 120);
        Assert.True(passed >= 100, $"scope probe 20 questions passed {passed}/{count} < 100");
    }

    /// <summary>
    /// Two events or stages side by side (the signing and its invitation letter, the assessment and the seminar) with the
    /// question's noun picking one; details the documents do not give (a hotel, an hour, a name) declined; outside questions
    /// sharing programme words declined. 104/120 at first contact.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_104_of_the_scope_probe_21_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-21.jsonl", atLeast: 120);
        Assert.True(passed >= 104, $"scope probe 21 questions passed {passed}/{count} < 104");
    }

    /// <summary>
    /// Noun phrases headed by their first word ("surat undangan MoU", "lokasi peluncuran") beside a section sharing the
    /// modifiers but not the head; near-scope details the documents do not give (a rank, a score, an hour, a budget, a
    /// named official); outside questions sharing programme words. First contact 99/120 (report: confident precision
    /// 73.8 %, 49.2 % declined); a rank asked is stated only by its word with a figure, a clause setting something aside
    /// ("… ? bukan surat undangannya") is not asked: 103/120 (report: 79.3 %, 51.7 % declined). Floor 101.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_101_of_the_scope_probe_22_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-22.jsonl", atLeast: 120);
        Assert.True(passed >= 101, $"scope probe 22 questions passed {passed}/{count} < 101");
    }

    /// <summary>
    /// One detail of a section asked (how long, where, who, how many, what form, what it costs, until when, which
    /// document), the same kinds of detail of things the documents name but do not give, and outside questions sharing
    /// programme words. First contact 95/120 (report: confident precision 70.8 %, 45.8 % declined); a place, a day
    /// ("tanggal berapa") and a form ("bentuknya") and an end ("sampai kapan") asked must be stated by the answer shown: 100/120 (report: 78.0 %, 50.8 %
    /// declined). Floor 98.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_98_of_the_scope_probe_23_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-23.jsonl", atLeast: 120);
        Assert.True(passed >= 98, $"scope probe 23 questions passed {passed}/{count} < 98");
    }

    /// <summary>
    /// One detail of a section asked (how many, who, which stage, until when, how long), the same kinds of detail of
    /// things the documents name but do not give (another stage's date, a head count, a writer, a duration), and
    /// outside questions sharing programme words. First contact 93/120 (report: confident precision 65.3 %, 40.0 %
    /// declined); a numbered part asked ("tahap 2", "kelompok II") must be named with its number by the answer shown:
    /// 97/120 (report: 69.1 %, 43.3 % declined). Floor 95.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_95_of_the_scope_probe_24_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-24.jsonl", atLeast: 120);
        Assert.True(passed >= 95, $"scope probe 24 questions passed {passed}/{count} < 95");
    }

    /// <summary>
    /// One detail a section gives (how many, who, which stage, when, how long, where, which pillar), the same details of
    /// those topics the documents do not give (a count of something else, a length, an end, a winner not found), and
    /// outside questions sharing the programme's words; some open with a sentence about the asker. First contact
    /// 103/120 (report: confident precision 74.6 %, 44.2 % declined); a length asked is stated by a length or the span a
    /// thing ran, and kept back at any coverage otherwise: 103/120 (report: 74.6 %). Floor 100.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_100_of_the_scope_probe_25_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-25.jsonl", atLeast: 120);
        Assert.True(passed >= 100, $"scope probe 25 questions passed {passed}/{count} < 100");
    }

    /// <summary>
    /// One detail a section gives (a count, who, a stage's position, when, until when, where, a pillar, a ministry's
    /// part), 40 details of the same topics the documents do not give (a count of another thing, a stage that is none, the
    /// smartest town, an office holder of another year) and 30 outside questions sharing the programme's words. First
    /// contact 98/120 (report: 85.8 %, confident precision 74.6 %, 44.2 % declined); a count asked is stated only by a
    /// number with what it counts beside it (a length of time or a day of a month counts nothing), and kept back at any
    /// coverage otherwise: 99/120 (report: 87.5 %, 77.8 %). Floor 95.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_95_of_the_scope_probe_26_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-26.jsonl", atLeast: 120);
        Assert.True(passed >= 95, $"scope probe 26 questions passed {passed}/{count} < 95");
    }

    /// <summary>
    /// Twenty-seventh scope probe (confident precision on one-detail and near-scope questions), written before the change
    /// it drove: 50 details a section gives (a count, who, a stage's position, when, until when, how long, where, a
    /// pillar, a ministry's part, what a term means), 40 details of the same topics the documents do not give (the
    /// smartest or best region, a region's own masterplan status, prices beside awards, office holders of other years,
    /// a stage's date never written) and 30 outside questions sharing the programme's words. First contact 99/120
    /// (report: 85.0 %, confident precision 75.4 %, 45.8 % declined); a best one asked ("paling smart", "terbaik",
    /// "juara 1") is answered only by text saying the same, and "penghargaan" is no form of "harga": 103/120 (report:
    /// 88.3 %, 80.3 %). Floor 99.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_99_of_the_scope_probe_27_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-27.jsonl", atLeast: 120);
        Assert.True(passed >= 99, $"scope probe 27 questions passed {passed}/{count} < 99");
    }

    /// <summary>
    /// Twenty-eighth scope probe (confident precision on one-detail and near-scope questions), written before the change
    /// it drove: 50 details a section gives (a count, who, a stage, when, until when, how long, where, a pillar, a
    /// ministry's part, what a term means, who held an office then), 40 details of the same topics the documents do not
    /// give (mentors or regions invited in a year no section counts, a "Tahap 1" heading, who signed or handed over
    /// something, another year's venue) and 30 outside questions sharing the programme's words (an ASN evaluation,
    /// awards and prices elsewhere). First contact 95/120 (report: 80.0 %, confident precision 72.1 %, 43.3 % declined);
    /// a line led by another year states nothing of the year asked and a stage's number is no count: 98/120 (report:
    /// 82.5 %, 76.6 %). Floor 95.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_95_of_the_scope_probe_28_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-28.jsonl", atLeast: 120);
        Assert.True(passed >= 95, $"scope probe 28 questions passed {passed}/{count} < 95");
    }

    /// <summary>
    /// Twenty-ninth scope probe (issue 9, confident precision), written before the change it drove: 50 one-detail
    /// questions a section answers (how many, who, which stage, when, until when, how long, where, which pillar or
    /// ministry, what a term means, who held an office then), 40 details of the same topics the documents do not give
    /// (a year's mentors or assessors, a minister of a year no section names, counts and venues not held) and 30
    /// outside questions sharing the programme's words (civil-service appraisal, other awards and MoUs). First contact
    /// 106/120 (report: 88.3 %, confident precision 80.6 %, 48.3 % declined); a generic office held by a narrower
    /// office's title, a role counted asking a head count, and a count in broad words answered by the line counting
    /// them: 109/120 (report: 90.8 %, 82.8 %). Floor 105.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_105_of_the_scope_probe_29_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-29.jsonl", atLeast: 120);
        Assert.True(passed >= 105, $"scope probe 29 questions passed {passed}/{count} < 105");
    }

    /// <summary>
    /// Thirtieth scope probe (issue 9, confident precision), written before the change it drove: 50 one-detail
    /// questions a section answers (how many, who, when, until when, how long, where, which pillar, which ministry gives
    /// which index, what an abbreviation stands for, who held an office then), 40 details of the same topics the
    /// documents do not give (budgets and prize money, a year's mentors or ministers, a year's theme, a count or a venue
    /// of another event) and 30 outside questions sharing the programme's words (tax, utility and civil-service
    /// acronyms, other awards, other "pillars"). First contact 104/120 (report: 89.2 %, confident precision 81.2 % (56/69), 42.5 % declined); chat month
    /// abbreviations read as months ("mou feb 2023") and a sum of money asked of a named programme whose card does not
    /// state it left to the documents: 106/120 (report: 90.0 %, confident precision 82.4 % (56/68), 43.3 % declined). With
    /// the head-word topic cut on (confidence.json topic_missing_below, left off) 108/120, 84.8 %, but in-scope answers
    /// of other sets lost. Floor 103.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_103_of_the_scope_probe_30_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-30.jsonl", atLeast: 120);
        Assert.True(passed >= 103, $"scope probe 30 questions passed {passed}/{count} < 103");
    }

    /// <summary>
    /// Thirty-first scope probe (issue 9, confident precision), written before the change it drove: 50 one-detail
    /// questions a section answers (how many, who, when, until when, how long, where, which stage, which ministry gives
    /// which index, what a short form stands for), 40 details of the same topics the documents do not give (a year with
    /// no MoU, the provinces of Smart Province, another year's winners, themes, venues and counts) and 30 outside
    /// questions sharing the programme's words (a tax acronym met only inside a ministry's name, provincial capitals,
    /// other fields' pillars and evaluations). First contact 99/120 (report: 85.8 %, confident precision 76.5 % (52/68),
    /// 43.3 % declined); a figure inside a name or the first day of "15 atau 16 …" no count, a long form asked stated
    /// only beside its short form, a length of time asked of a year's participants no cohort count: 102/120 (report:
    /// 87.5 %, 80.0 % (52/65), 45.8 % declined). Floor 98.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_98_of_the_scope_probe_31_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-31.jsonl", atLeast: 120);
        Assert.True(passed >= 98, $"scope probe 31 questions passed {passed}/{count} < 98");
    }

    /// <summary>
    /// Scope probe 32 (issue 9, item 6: confident precision), written before any change: 50 questions the documents answer
    /// with one precise detail (a date, a place, a person, a number, a name of a theme or app), 40 near-scope ones they
    /// cannot (Smart Province, SPBE, village programmes, other indices, office holders now, the future, regions' figures)
    /// and 30 outside questions sharing the programme's words, half in informal spelling. First contact 109/120 (report:
    /// confident precision 85.2 %, declined 49.2 %); final 109/120, no fix landed.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_108_of_the_scope_probe_32_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-32.jsonl", atLeast: 120);
        Assert.True(passed >= 108, $"scope probe 32 questions passed {passed}/{count} < 108");
    }

    /// <summary>
    /// Scope probe 33 (issue 9, item 6: confident precision), written before any change: 50 questions the documents answer
    /// with one precise detail (a date, place, person, number, theme, app, regulation), 40 near-scope ones they cannot
    /// (Smart Province details, SPBE, village programmes, other ministries' indices, a region's IPM or budget, details a
    /// section lacks, office holders now, the future) and 30 outside questions sharing the programme's words, half in
    /// informal spelling. First contact 103/120 (report: confident precision 77.4 %, declined 48.3 %); final 103/120, no
    /// fix landed (a check for a name met only in passing reached 105/120 but cost a new-document probe answer).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_103_of_the_scope_probe_33_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-33.jsonl", atLeast: 120);
        Assert.True(passed >= 103, $"scope probe 33 questions passed {passed}/{count} < 103");
    }

    /// <summary>
    /// Scope probe 34 (issue 9, item 6: confident precision), written from knowledge/ before any change: 50 questions the
    /// documents answer with one precise detail (a date, place, person, number, theme, app, regulation, stage), 40
    /// near-scope ones they cannot (Smart Province details, SPBE and other indices, village programmes, other ministries'
    /// awards, a region's APBD or population, officials' contacts, office holders now, next year's schedule, details a
    /// section lacks; four whose documented answer is that the detail is unknown) and 30 outside questions sharing the
    /// programme's words, half in informal spelling. First contact 103/120 (report: confident precision 82.3 %, declined
    /// 48.3 %); 104/120 after the name-aside check (83.6 %, 49.2 %).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_103_of_the_scope_probe_34_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-34.jsonl", atLeast: 120);
        Assert.True(passed >= 103, $"scope probe 34 questions passed {passed}/{count} < 103");
    }

    /// <summary>
    /// Scope probe 35 (issue 9, item 6: confident precision), written from knowledge/ before any change: 50 questions the
    /// documents answer with one precise detail (a date, place, person, number, theme, app, regulation, stage, partner),
    /// 40 near-scope ones they cannot (Smart Province details, other city indices, desa digital, other ministries'
    /// awards, a region's budget or population, officials' contacts, office holders now, next year's schedule, details a
    /// section lacks) and 30 outside questions sharing the programme's words (tourism, hotels near a venue, fairs,
    /// tickets, "ibukota", smart TV), about half in informal spelling. First contact 105/120 (report: confident
    /// precision 84.2 %, declined 52.5 %); 106/120 after the capital-of-a-province check.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_105_of_the_scope_probe_35_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-35.jsonl", atLeast: 120);
        Assert.True(passed >= 105, $"scope probe 35 questions passed {passed}/{count} < 105");
    }

    /// <summary>
    /// Scope probe 36 (issue 9, item 6: confident precision), written from knowledge/ before any change: 50 questions the
    /// documents answer with one precise detail (a date, place, person, number, theme, app, regulation, stage, partner),
    /// 40 near-scope ones they cannot (Smart Province counts and lists, province capitals, other indices and awards,
    /// village programmes, a region's budget, population or mayor, contacts, next year's schedule, details a section
    /// lacks; three whose documents state the detail is unknown expect that statement) and 30 outside questions sharing
    /// the programme's words (hotels, culinary, tickets, phones and TVs, school admissions, weather), about half in
    /// informal spelling. First contact 109/120 (report: confident precision 83.6 %, declined 49.2 %); 111/120 (86.4 %,
    /// 50.8 %) after a figure counting regions no longer answers a count of provinces.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_109_of_the_scope_probe_36_questions()
    {
        var (passed, count) = await AskAllAsync("scope-probe-36.jsonl", atLeast: 120);
        Assert.True(passed >= 109, $"scope probe 36 questions passed {passed}/{count} < 109");
    }

    /// <summary>
    /// Seventh unseen set (issue 9, item 6), written before the change it drove: 55 questions the documents answer and
    /// 45 near-scope ones they cannot (a named region's detail, figures and dates not held, people, other programmes,
    /// general knowledge, English, heavy word overlap). First contact 70/100 (report: confident precision 62.7 %);
    /// 76/100 by eval.mjs (75 here) after whether the answer shown answers the question entered the calibrated
    /// confidence (report: 71.4 %).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_75_of_the_seventh_unseen_questions()
    {
        var (passed, count) = await AskAllAsync("unseen-questions-7.jsonl", atLeast: 100);
        Assert.True(passed >= 75, $"seventh unseen questions passed {passed}/{count} < 75");
    }

    /// <summary>A region's detail the documents hold only for another region: said so, no other region's fact as the answer.</summary>
    [Fact]
    public async Task A_region_the_answer_does_not_name_is_said_to_be_missing()
    {
        var reply = Activities.Read(await Bot.AskAsync("Perwali rencana induk smart city Kota Pontianak nomornya berapa?", conversationId: $"fit-{Guid.NewGuid():N}", userId: "user-fit"));
        Assert.Matches(@"tidak memuat keterangan itu untuk Kota Pontianak", reply);
        Assert.DoesNotMatch(@"(?i)_?sumber:", reply);
        var held = Activities.Read(await Bot.AskAsync("Rencana induk Kota Batu ditetapkan dengan perwali nomor berapa?", conversationId: $"fit-{Guid.NewGuid():N}", userId: "user-fit"));
        Assert.Contains("78", held);
    }

    /// <summary>
    /// Citizen probe (seventh landing), written before that landing's fixes: how to join, villages, costs, durations and
    /// who decides, in citizens' everyday words; 4 to decline. First contact 20/30; 21/30 after the other round-7 work,
    /// which never saw it; 22/30 now. Floor 19: the failures left are handlers taking "kapan/berapa lama" questions and
    /// confident wrong ranking.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_19_of_the_citizen_probe()
    {
        var (passed, count) = await AskAllAsync("citizen-probe.jsonl", atLeast: 30);
        Assert.True(passed >= 19, $"citizen probe passed {passed}/{count} < 19");
    }

    /// <summary>
    /// Round probe (eighth landing), written by the integrator before that landing's fixes: participation, pillars by
    /// their Indonesian word, reasons, dates, organisers, funding, and six near-scope questions to decline. First contact
    /// 27/30; 29/30 after the round. Floor 26.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_26_of_the_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-8.jsonl", atLeast: 30);
        Assert.True(passed >= 26, $"round probe passed {passed}/{count} < 26");
    }

    /// <summary>
    /// Round probe (ninth landing), written by the integrator before that landing and never given to the others:
    /// participation in chat spelling, who assesses, dates of a cohort's events, awards, pillars, funding, and three
    /// near-scope questions to decline. First contact 30/32, the same after the round. Floor 28.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_28_of_the_ninth_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-9.jsonl", atLeast: 32);
        Assert.True(passed >= 28, $"ninth round probe passed {passed}/{count} < 28");
    }

    /// <summary>
    /// Round probe (tenth landing), written by the integrator before that landing and never given to the others:
    /// participation in chat spelling, a year's awards and quick wins, events and partners, selection indices, masterplan
    /// examples, and three near-scope questions to decline. First contact 31/32. Floor 29.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_29_of_the_tenth_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-10.jsonl", atLeast: 32);
        Assert.True(passed >= 29, $"tenth round probe passed {passed}/{count} < 29");
    }

    /// <summary>
    /// Round probe (eleventh landing), written by the integrator before that landing and never given to the others:
    /// eligibility and selection in chat spelling, an abbreviation, pillars by what they cover, quick-win names and
    /// counts, masterplan rules and duration, dates and places of the stages, participation, and three near-scope or
    /// out-of-scope questions. First contact 27/32. Floor 29.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_29_of_the_eleventh_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-11.jsonl", atLeast: 32);
        Assert.True(passed >= 29, $"eleventh round probe passed {passed}/{count} < 29");
    }

    /// <summary>
    /// Round probe (twelfth landing), written by the integrator before that landing and never given to the others:
    /// training and mentors of one cohort, each cohort's agreement date and place, assessors and the first assessment's
    /// place, ASEAN's network, a non-pillar, a masterplan regulation, quick-win counts, cohort sizes, programmes of
    /// single regions, awards by year and pillar, funding, the guide book, and three out-of-scope questions. First
    /// contact 30/32. Floor 29.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_29_of_the_twelfth_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-12.jsonl", atLeast: 32);
        Assert.True(passed >= 29, $"twelfth round probe passed {passed}/{count} < 29");
    }

    /// <summary>
    /// Round probe (thirteenth landing), written by the integrator before that landing and never given to the others:
    /// selection indicators and assessors of 2017, supporting ministries and the directorate, a masterplan regulation and
    /// RPJMD, pillars against other frameworks, ASEAN pilots, the 2023 cohort's spread, events by hotel and date, 2021
    /// programmes of single regions, awards, evaluation, and three near-scope or out-of-scope questions, in chat spelling.
    /// First contact 30/32; 32/32 after the integrator's fixes. Floor 30.
    /// </summary>
    /// <summary>
    /// Fourteenth round probe (issue 9), written by the integrator before that landing and never given to the others: the
    /// 2021 cohort's details, evaluation indicators, partners and ministries by year, the 2024 letter, funding, ASEAN,
    /// quick-win names, the 2017 seminar and letters, and four out-of-scope questions. First contact 30/32; 32/32 after
    /// the round. Floor 30.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_30_of_the_fourteenth_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-14.jsonl", atLeast: 32);
        Assert.True(passed >= 30, $"fourteenth round probe passed {passed}/{count} < 30");
    }

    /// <summary>
    /// Fifteenth round probe (issue 9), written by the integrator before that landing and never given to the others: the
    /// 2017 launch, assessors and letters, 2018 ranks and counts, the 2019 signing and IPM, the 2022 theme and signing,
    /// assessors of 2022, IKN, investors, 2023 spread and Smart Province, ASEAN pilots, the 2024 letter and list, the 2025
    /// award, Perwali, RPJMD, quick-win names, media and technology partners, four out-of-scope questions. First contact
    /// 28/32; 30/32 after the round. Floor 30.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_30_of_the_fifteenth_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-15.jsonl", atLeast: 32);
        Assert.True(passed >= 30, $"fifteenth round probe passed {passed}/{count} < 30");
    }

    /// <summary>
    /// Sixteenth round probe (issue 9), written by the integrator before that landing and never given to the others:
    /// bimtek dates, a region's apps and villages, MoU venues and counts, regulations, ASEAN pilots, awards by year and
    /// pillar, assessment indicators, out-of-scope questions. First contact 31/32; 31/32 after the round. Floor 29.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_29_of_the_sixteenth_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-16.jsonl", atLeast: 32);
        Assert.True(passed >= 29, $"sixteenth round probe passed {passed}/{count} < 29");
    }

    /// <summary>
    /// Seventeenth round probe (issue 9), written by the integrator before that landing and never given to the others:
    /// 2018 and 2023 signings, the 2019 invitations, the 2023 awarding's minister, 2021 bimtek counts, the 2025 award's
    /// minister and pillars, participation of namesakes and single regions, Depok's and Banyumas's evaluations, pillar
    /// differences, what a quick win is and why, funding, who writes a masterplan, partners, renaming, a winner the sources
    /// lack, Smart Province, the launch, the joint commitment, three out-of-scope questions. First contact 30/32; 30/32 after
    /// the round (the two loosely worded in-scope questions are now asked back instead of declined). Floor 28.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_28_of_the_seventeenth_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-17.jsonl", atLeast: 32);
        Assert.True(passed >= 28, $"seventeenth round probe passed {passed}/{count} < 28");
    }

    /// <summary>
    /// Eighteenth round probe (issue 9), written by the integrator before that landing and never given to the others.
    /// First contact 29/32; 31/32 on the twentieth landing's main. Floor 29.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_29_of_the_eighteenth_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-18.jsonl", atLeast: 32);
        Assert.True(passed >= 29, $"eighteenth round probe passed {passed}/{count} < 29");
    }

    /// <summary>
    /// Nineteenth round probe, written by the integrator before that landing and kept from the others. First contact
    /// 30/32; 31/32 now. Floor 29.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_29_of_the_nineteenth_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-19.jsonl", atLeast: 32);
        Assert.True(passed >= 29, $"nineteenth round probe passed {passed}/{count} < 29");
    }

    /// <summary>
    /// Twentieth round probe: two awards' counts, quick wins by pillar and their other names, partners and media of 2017 and
    /// 2018, selection indices, the renaming, funding before 2022, the ASEAN network, 2021's theme and repeaters, a
    /// masterplan's decree and foreword, pillars, the 2025 award's provinces and minister, three details the sources lack,
    /// three outside. Written by the integrator before the twentieth landing; first contact 31/32, 32/32 after it. Floor 30.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_30_of_the_twentieth_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-20.jsonl", atLeast: 32);
        Assert.True(passed >= 30, $"twentieth round probe passed {passed}/{count} < 30");
    }

    /// <summary>
    /// Twenty-first to twenty-third round probes: the integrator's own questions, written before each landing from the
    /// headings and bodies and kept from the helpers (programme, selection, masterplan, quick wins, events, awards,
    /// people, pillars, details the sources lack, questions outside). First contact 29/32, 27/32 and 31/32; after the
    /// twenty-third landing 30, 30 and 31 (report: round 23 100 % precise on 28 confident answers). Round 25 first contact
    /// 31/32 (report: 100 % precise on 24 confident answers, 25 % declined). Round 26 first contact 30/32 (report: 95.5 %
    /// precise on 22 confident answers). Round 27 first contact 30/32 (report: 86.4 % precise on 22 confident
    /// answers, 18.5 % declined). Round 28 (33 questions) first contact 31/33, 31/33 after its landing. Round 29 (36
    /// questions) first contact 34/36 (report: 92.6 % precise on 27 confident answers, 12.9 % declined), 35/36 after its
    /// landing. Round 30 (36 questions) first contact 34/36 (report: 100 % precise on 25 confident answers, 13.8 %
    /// declined). Round 31 (36 questions) first contact 31/36 (report: 88.0 % precise on 25 confident answers, 13.8 %
    /// declined). Round 32 (36 questions) first contact 35/36 (report: 96.0 % precise on 25 confident answers, 10.7 %
    /// declined). Floors one under (rounds 28–32: two under).
    /// </summary>
    [Theory]
    [InlineData("round-probe-21.jsonl", 29)]
    [InlineData("round-probe-22.jsonl", 29)]
    [InlineData("round-probe-23.jsonl", 30)]
    [InlineData("round-probe-24.jsonl", 28)]
    [InlineData("round-probe-25.jsonl", 30)]
    [InlineData("round-probe-26.jsonl", 29)]
    [InlineData("round-probe-27.jsonl", 29)]
    [InlineData("round-probe-28.jsonl", 29)]
    [InlineData("round-probe-29.jsonl", 33)]
    [InlineData("round-probe-30.jsonl", 32)]
    [InlineData("round-probe-31.jsonl", 31)]
    [InlineData("round-probe-32.jsonl", 33)]
    [InlineData("round-probe-33.jsonl", 34)]
    [InlineData("round-probe-34.jsonl", 35)]
    [InlineData("round-probe-35.jsonl", 34)]
    [InlineData("round-probe-36.jsonl", 37)]
    public async Task Answers_most_of_the_later_round_probes(string file, int floor)
    {
        var (passed, count) = await AskAllAsync(file, atLeast: 32);
        Assert.True(passed >= floor, $"{file} passed {passed}/{count} < {floor}");
    }

    /// <summary>
    /// A foreign researcher's questions in English (counts, launch, pillars, quick wins, selection, masterplan, who runs
    /// it, awards; one detail the sources lack, one outside), written by the integrator from the headings. First contact
    /// 17/24; 20/24 after the British spelling and English inflections became lexicon data. Floor 19.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_19_of_the_english_questions()
    {
        var (passed, count) = await AskAllAsync("english-questions-20.jsonl", atLeast: 24);
        Assert.True(passed >= 19, $"English questions passed {passed}/{count} < 19");
    }

    [Fact]
    public async Task Answers_at_least_30_of_the_thirteenth_round_probe()
    {
        var (passed, count) = await AskAllAsync("round-probe-13.jsonl", atLeast: 32);
        Assert.True(passed >= 30, $"thirteenth round probe passed {passed}/{count} < 30");
    }

    /// <summary>
    /// Ranking probe (twelfth landing, issue 9 item 5), written before any change: 60 questions where close passages
    /// compete — one event across cohort years, the events of one cohort (invitation, MoU, bimtek, assessment,
    /// announcement), one pillar against the overview, a term against its synonym or abbreviation, a region's row
    /// against a list, generic padding. First contact 54/60 by eval.mjs (report: confident precision 96.5 %, 5 %
    /// declined); 55/60 after a date question's phrase words ("bulan apa") weigh as everyday words. Floor 54 (this
    /// harness may differ by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_54_of_the_twelfth_ranking_probe()
    {
        var (passed, count) = await AskAllAsync("ranking-probe-12.jsonl", atLeast: 60);
        Assert.True(passed >= 54, $"twelfth ranking probe passed {passed}/{count} < 54");
    }

    /// <summary>
    /// Ranking probe (thirteenth landing, issue 9 item 5), written before any change: 60 questions of shapes the sets
    /// covered little — who is asking and why before the question, yes/no, count and list, comparison, a synonym or
    /// abbreviation of a document term, negation ("selain …"), region, year and topic at once. First contact 54/60
    /// (report: confident precision 94.4 %, 10 % declined); 58/60 after the question after a preamble is asked alone
    /// and chat spellings stop weighing as unknown words. Floor 57 (this harness may differ by one).
    /// </summary>
    [Fact]
    public async Task Answers_at_least_57_of_the_thirteenth_ranking_probe()
    {
        var (passed, count) = await AskAllAsync("ranking-probe-13.jsonl", atLeast: 60);
        Assert.True(passed >= 57, $"thirteenth ranking probe passed {passed}/{count} < 57");
    }

    /// <summary>
    /// Ranking probe (fourteenth landing, issue 9 item 5), written before any change: 60 single questions of shapes the
    /// sets covered little — two questions in one message, numbers that are not years ("tahap 2", "pilar ke-3"),
    /// English and agency terms and abbreviations, reversed and passive order, closing particles ("kah", "nggak sih"),
    /// a definition asked by its effect, a stage named by a word the documents do not use. First contact 54/60
    /// (report: confident precision 93.9 %, 18.3 % declined); 58/60 after the lexicon's stage words and colloquial
    /// ke- and a noun's place no longer met by a count. Floor 56: since the twenty-sixth landing a count asked and not
    /// stated holds the answer back, and one two-part question (obligation, then how many) whose section states no count
    /// is now declined rather than half answered.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_56_of_the_fourteenth_ranking_probe()
    {
        var (passed, count) = await AskAllAsync("ranking-probe-14.jsonl", atLeast: 60);
        Assert.True(passed >= 56, $"fourteenth ranking probe passed {passed}/{count} < 56");
    }

    /// <summary>
    /// Ranking probe (fifteenth landing, issue 9 item 5), written before any change: 60 single questions of shapes the
    /// sets covered little — two entities and their relation, superlatives and firsts, negation, a document's own parts,
    /// a province for the region, long preambles, bare keywords, words the documents never use. First contact 39/60
    /// (report: confident precision 75.0 %, 26.7 % declined); 42/60 after a denial asked, two years asked and the
    /// possessive's weight were read; 43/60 once "terakhir" stopped meeting "akhir" (precision 83.7 %); 46/60 once relation
    /// words only frame a question and "duluan" meets "dahulu". Floor 46.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_46_of_the_fifteenth_ranking_probe()
    {
        var (passed, count) = await AskAllAsync("ranking-probe-15.jsonl", atLeast: 60);
        Assert.True(passed >= 46, $"fifteenth ranking probe passed {passed}/{count} < 46");
    }

    /// <summary>
    /// Ranking probe (sixteenth landing, issue 9 item 5), written before any change: 60 single questions of shapes the
    /// sets covered little — a key word the documents never use, one field of a section holding several, a year named
    /// only in passing, a document as the subject, two clauses with the second the question, the order of steps
    /// ("setelah X apa"). First contact 42/60 (report: confident precision 86.0 %, 16.7 % declined); 47/60 once a clause
    /// opening with the order word and naming the step goes first and a few words the documents lack were mapped. Floor 47.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_47_of_the_sixteenth_ranking_probe()
    {
        var (passed, count) = await AskAllAsync("ranking-probe-16.jsonl", atLeast: 60);
        Assert.True(passed >= 47, $"sixteenth ranking probe passed {passed}/{count} < 47");
    }

    /// <summary>
    /// Ranking probe (seventeenth landing, issue 9), written before any change: 60 single questions whose right section
    /// shares most words with others and is told apart only by a year, a region, a stage ordinal, an event facet (where,
    /// when, who opened, online or not), a role (who assesses, who accompanies) or a count against a list; informal, some
    /// in English. First contact 55/60 (report: confident precision 96.4 %, 8.3 % declined); 56/60 once a heading asking
    /// how many no longer answers "siapa/apa saja" (count_for_list), "lokasinya" only says a place is asked, and English
    /// "theme" meets "tema". Floor 54.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_54_of_the_seventeenth_ranking_probe()
    {
        var (passed, count) = await AskAllAsync("ranking-probe-17.jsonl", atLeast: 60);
        Assert.True(passed >= 54, $"seventeenth ranking probe passed {passed}/{count} < 54");
    }

    /// <summary>
    /// Ranking probe (eighteenth landing, issue 9), written before any change: 60 questions whose right section is told
    /// from a near one by what is asked — the programme's rename against the ministry's, "terakhir"/"pertama" as the
    /// last/first past event, a count against a place ("dua tahap", "tahap kedua", "keenam pilar"), before/after/since a
    /// year, a role, a cause against a fact, a definition against an example; informal, some English. First contact
    /// 45/60 (report: confident precision 84.0 %, 16.7 % declined); 47/60 once "MoU terakhir" asks for the latest MoU
    /// (latest_first) and "dua tahap" is met by "empat tahap", not "tahap kedua". Floor 45.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_45_of_the_eighteenth_ranking_probe()
    {
        var (passed, count) = await AskAllAsync("ranking-probe-18.jsonl", atLeast: 60);
        Assert.True(passed >= 45, $"eighteenth ranking probe passed {passed}/{count} < 45");
    }

    /// <summary>
    /// Nineteenth ranking probe (twenty-first landing), written before the change: years, spans and entities — one
    /// year's count against the 2017–2022 total ("sampai akhir 2021", "selama ini" asking the total), a year named only in
    /// body text, a pillar's own section against the six-pillar overview, a region's own passage against a list naming it,
    /// a cohort's MoU, minister or place against the all-cohort overview; 12 in English. First contact 47/60; 49/60 once
    /// one year asked no longer takes a span total headed by it and a span asked no longer takes one year's section
    /// (year_in_span). Floor 46.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_46_of_the_nineteenth_ranking_probe()
    {
        var (passed, count) = await AskAllAsync("ranking-probe-19.jsonl", atLeast: 60);
        Assert.True(passed >= 46, $"nineteenth ranking probe passed {passed}/{count} < 46");
    }

    /// <summary>
    /// Twentieth ranking probe (twenty-second landing), written before the change: participants every year, an average,
    /// a span of years summed ("dari 2017 sampai 2019", "2018-2020", "dari awal sampai sekarang"), two years compared and
    /// the largest or smallest cohort; one year against the total; a region's and a pillar's own passage; 15 in English.
    /// First contact 32/60; 49/60 once counts across the years are composed from knowledge/data/cohorts.csv
    /// (CohortFigures). Floor 46.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_46_of_the_twentieth_ranking_probe()
    {
        var (passed, count) = await AskAllAsync("ranking-probe-20.jsonl", atLeast: 60);
        Assert.True(passed >= 46, $"twentieth ranking probe passed {passed}/{count} < 46");
    }

    /// <summary>
    /// Region questions (tenth landing), written before the change: a kab/kota, a province or an island named with a
    /// year, a cohort or none — participation, a region's awards and innovations, province and island lists and counts,
    /// a region's MoU date, collaboration, and 24 near-scope questions the data cannot answer. First contact 66/80, 77/80 after the round. Floor 77.
    /// </summary>
    [Fact]
    public async Task Answers_the_region_questions()
    {
        var (passed, count) = await AskAllAsync("region-questions-10.jsonl", atLeast: 80);
        Assert.True(passed >= 77, $"region questions passed {passed}/{count} < 77");
    }

    /// <summary>
    /// Ranking probe, written before any ranking change: one pillar's scope or examples, a named innovation's pillar or
    /// region, a year's award or event, English questions about goals, pillars and selection, and questions naming one
    /// year or region among many sections. First contact 31/40; measured 33/40 after the heading-subject and lexicon
    /// changes; floor 30/40 since routing (an "inovasi" question goes to the innovation dialog) is tuned elsewhere.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_75_percent_of_the_ranking_probe()
    {
        var (passed, count) = await AskAllAsync("ranking-probe.jsonl", atLeast: 40);
        Assert.True(passed >= 0.75 * count, $"ranking probe passed {passed}/{count} < 75 %");
    }

    /// <summary>
    /// Sentence probe, written before the change: facts in the second or a later sentence of a section, asked with
    /// synonyms of the document's words. First contact 11/16; measured 14/16 after the synonym groups, the deeper
    /// rerank, the head-word dominance and the reason sentence. Still failing: one question routed to the collaboration
    /// dialog, one counting question answered from another year's section.
    /// </summary>
    [Fact]
    public async Task Answers_the_sentence_probe_from_the_sentence_that_carries_it()
    {
        var (passed, count) = await AskAllAsync("sentence-probe.jsonl", atLeast: 16);
        Assert.Equal(16, count);
        Assert.True(passed >= 14, $"sentence probe passed {passed}/{count}");
    }

    /// <summary>The issue's own examples through /api/messages: the definition asked is of smart city itself, and
    /// questions about today's office holders or another country's capital get no confident programme passage.</summary>
    [Theory]
    [InlineData("siapa menteri keuangan sekarang?")]
    [InlineData("wali kota Makassar sekarang siapa?")]
    [InlineData("ibu kota australia apa?")]
    public async Task Questions_the_documents_do_not_answer_get_no_confident_passage(string question)
    {
        var reply = Activities.Read(await Bot.AskAsync(question, conversationId: $"nc-{Guid.NewGuid():N}", userId: $"user-nc-{Guid.NewGuid():N}"));
        Assert.DoesNotMatch(@"(?i)_?sumber:", reply);
        Assert.Matches(@"(?i)di luar (cakupan|topik|lingkup)|belum yakin|hanya (dapat|bisa) membantu", reply);
    }

    [Fact]
    public async Task What_is_a_smart_city_is_answered_with_the_smart_city_definition_not_the_masterplan()
    {
        var reply = Activities.Read(await Bot.AskAsync("apa itu smart city?", conversationId: $"sc-{Guid.NewGuid():N}", userId: $"user-sc-{Guid.NewGuid():N}"));
        Assert.Matches(@"(?i)smart city atau kota cerdas adalah", reply);
        Assert.DoesNotMatch(@"(?i)^\W*masterplan smart city, atau rencana induk", reply);
    }

    [Fact]
    public async Task Multi_turn_dialogs_answer_at_least_90_percent_of_their_turns()
    {
        var score = await EvalConversations.ScoreAsync(Bot, "tests/SmartCity.Bot.Tests/Knowledge/regression-dialogs.jsonl", "dlg");
        foreach (var failure in score.Failures) output.WriteLine(failure);
        Assert.True(score.Conversations >= 17, "regression dialogs missing");
        Assert.True(score.Failures.Count <= 0.1 * score.Turns, $"{score.Failures.Count} of {score.Turns} dialog turns failed");
    }
}
