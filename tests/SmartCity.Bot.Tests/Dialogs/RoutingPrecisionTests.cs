using System.Text.RegularExpressions;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// A data dialog answers only what it was asked, through the real /api/messages: a question that names a region but
/// asks what the programme data does not hold is not answered with a participation yes or a showcase; a programme
/// named by its own title is answered for that programme; a documents question is not taken by the calendar.
/// </summary>
public sealed class RoutingPrecisionTests(ITestOutputHelper output) : BotWithKnowledge
{
    private async Task<string> AskAsync(string question) =>
        Activities.Read(await Bot.AskAsync(question, conversationId: "rp-" + Guid.NewGuid().ToString("N")));

    /// <summary>Every message of a probe file through the bot, failures and per-category counts in the test output.</summary>
    private async Task<List<(EvalQuestion Q, bool Pass)>> RunProbeAsync(string file, int expectedCount)
    {
        var questions = Judge.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Dialogs", file));
        Assert.Equal(expectedCount, questions.Count);
        var results = new List<(EvalQuestion Q, bool Pass)>();
        foreach (var q in questions)
        {
            var text = await AskAsync(q.Question);
            var pass = Judge.Passes(q, text);
            results.Add((q, pass));
            if (!pass) output.WriteLine($"FAIL {q.Id} [{q.Category}] {q.Question}\n  < {text.ReplaceLineEndings(" ")}");
        }
        foreach (var g in results.GroupBy(r => r.Q.Category).OrderBy(g => g.Key))
            output.WriteLine($"{g.Key}: {g.Count(r => r.Pass)}/{g.Count()}");
        return results;
    }

    /// <summary>
    /// The routing probe (Dialogs/routing-probe.jsonl), written before any change: 25 questions naming a region or
    /// year about what the data does not hold, 20 only the documents answer, 15 data controls. First contact 47/60,
    /// measured 50/60 after the routing changes; floor a little under it. The controls must keep working.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_47_of_the_60_routing_probe_questions()
    {
        var results = await RunProbeAsync("routing-probe.jsonl", 60);
        var passed = results.Count(r => r.Pass);
        Assert.True(passed >= 47, $"routing probe passed {passed}/60 < 47");
        Assert.True(results.Count(r => r.Q.Category == "data-control" && r.Pass) >= 13, "data questions no longer reach their dialogs");
    }

    /// <summary>
    /// The second routing probe (Dialogs/routing-probe-2.jsonl, intents7), written before any change: 15 nonsense or
    /// off-topic messages that must open no dialog, 25 dialog and documents controls. First contact 34/40 (11/15
    /// nonsense: gibberish opened the collaboration desk's open-request list); measured 37/40 after the evidence floor.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_36_of_the_40_second_routing_probe_messages()
    {
        var results = await RunProbeAsync("routing-probe-2.jsonl", 40);
        var passed = results.Count(r => r.Pass);
        Assert.True(passed >= 36, $"routing probe 2 passed {passed}/40 < 36");
        Assert.True(results.Count(r => r.Q.Category == "nonsense-offtopic" && r.Pass) >= 14, "nonsense opens dialogs again");
    }

    /// <summary>
    /// The third routing probe (Dialogs/routing-probe-3.jsonl, route8), written before any change: 12 questions naming
    /// a region, province or year about what no handler holds (officials, population, budget, weather), 8 programme
    /// facts naming one, 20 handler requests in informal or English phrasings, 10 documents questions with a year.
    /// First contact 40/50; measured 45/50 after handlers.json and the training examples (the 5 left are documents
    /// ranking). The handler requests must keep reaching their dialogs.
    /// </summary>
    [Fact]
    public async Task Answers_at_least_43_of_the_50_third_routing_probe_messages()
    {
        var results = await RunProbeAsync("routing-probe-3.jsonl", 50);
        var passed = results.Count(r => r.Pass);
        Assert.True(passed >= 43, $"routing probe 3 passed {passed}/50 < 43");
        Assert.True(results.Count(r => r.Q.Category == "named-offtopic" && r.Pass) >= 11, "a named region pulls off-topic questions into a handler again");
        string[] handlers = ["participation", "status", "showcase", "deadline", "collaboration", "reminder"];
        Assert.True(results.Count(r => handlers.Contains(r.Q.Category) && r.Pass) >= 19, "handler requests no longer reach their dialogs");
    }

    /// <summary>
    /// Keyboard mash with a few common words (a colour, a verb) reads as no intent: the documents decline it, and no
    /// dialog opens — not the collaboration desk's open-request list, not the welcome menu.
    /// </summary>
    [Theory]
    [InlineData("qzvx plomk biru dorong frrt")]
    [InlineData("jjkk hijau tarik wuvz")]
    [InlineData("xkcdq")]
    public async Task Gibberish_with_a_few_common_words_gets_a_decline_not_a_dialog(string message)
    {
        var text = await AskAsync(message);
        Assert.Matches(new Regex("belum yakin|di luar cakupan|tidak (dapat|bisa) membantu|maksud anda", RegexOptions.IgnoreCase), text);
        Assert.DoesNotMatch(new Regex("nomor permintaan|permintaan kolaborasi terbuka|tercatat sebagai peserta|etalase|pengingat", RegexOptions.IgnoreCase), text);
    }

    [Theory]
    [InlineData("Berapa ketinggian Kota Bogor di atas permukaan laut?")]
    [InlineData("Kabupaten Sleman punya berapa jumlah sawah produktif?")]
    public async Task A_question_naming_a_region_about_what_no_source_holds_gets_no_data_answer(string question)
    {
        var text = await AskAsync(question);
        Assert.DoesNotContain(ParticipationAnswers.DataSource, text);
        Assert.DoesNotContain("Quick win dan inovasi", text);
        Assert.Matches(new Regex("belum yakin|di luar cakupan|tidak ditemukan", RegexOptions.IgnoreCase), text);
    }

    [Fact]
    public async Task A_programme_named_by_its_title_is_answered_for_that_programme_not_the_whole_showcase()
    {
        var text = await AskAsync("Serbu Gass itu programnya tentang apa?");
        // Since the fourteenth landing's intents the recognizer reads this as a programme question, and the documents'
        // section on the region's six quick wins answers it (naming the programme's pillar among the others); the
        // showcase card of the one programme was the sharper answer (closing note of that landing).
        Assert.Contains("smart environment", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Serbu Gass", text);
        Assert.Contains("Penajam Paser Utara", text);
    }

    [Fact]
    public async Task A_documents_question_about_stages_is_not_answered_from_the_calendar()
    {
        var text = await AskAsync("Bimtek penyusunan rencana induk dibagi jadi berapa tahap?");
        Assert.Matches(new Regex(@"empat|\b4\b", RegexOptions.IgnoreCase), text);
        Assert.DoesNotContain("Tenggat tahap", text);
    }
}
