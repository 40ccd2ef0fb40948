using SmartCity.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// The third set of multi-turn conversations: topics mixed within one conversation (status, a programme question, a
/// neighbouring region, the next deadline, reminders; a region's showcase, collaboration, cancel), references back and
/// corrections, written before the self-introduction memory, the request-alone reading and the place correction were
/// built. Each goes through the real /api/messages; a conversation completes when every turn passes.
/// </summary>
public sealed class TuningConversations2Tests(ITestOutputHelper output) : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(new Dictionary<string, string?>
    {
        ["Knowledge:Path"] = RepoPaths.Knowledge,
        ["Knowledge:IndexPath"] = Path.Combine(Path.GetTempPath(), "smartcity-no-index-" + Guid.NewGuid().ToString("N")),
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Most_mixed_topic_conversations_complete()
    {
        var lines = EvalConversations.Load(RepoPaths.Combine("tests", "SmartCity.Bot.Tests", "Conversation", "tuning-conversations-2.jsonl"));
        Assert.True(lines.Count >= 30, "tuning conversations missing");
        var completed = 0;
        var turns = 0;
        var turnsPassed = 0;
        foreach (var line in lines)
        {
            var judged = await EvalConversations.RunAsync(_bot, line, "tk");
            turns += judged.Count;
            turnsPassed += judged.Count(t => t.Passed);
            foreach (var failed in judged.Where(t => !t.Passed)) output.WriteLine("FAIL " + failed.Failure);
            if (judged.All(t => t.Passed)) completed++;
        }
        output.WriteLine($"conversations completed {completed}/{lines.Count}; turns passed {turnsPassed}/{turns}");
        // Measured 21/30 (123/134 turns) when written down (14/30, 114/134 at first contact); the floor leaves room for a
        // loaded machine and small wording changes elsewhere, not for losing a whole behaviour.
        Assert.True(completed >= 18, $"only {completed} of {lines.Count} conversations completed");
        Assert.True(turnsPassed >= 0.88 * turns, $"only {turnsPassed} of {turns} turns passed");
    }
}
