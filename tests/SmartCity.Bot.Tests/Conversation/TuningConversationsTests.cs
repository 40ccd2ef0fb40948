using SmartCity.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// The second set of multi-turn conversations (officers in Teams, citizens, businesses; formal and chatty), written
/// before the negation features, the subject memory and the place follow-ups were built, then used to find what
/// failed: each goes through the real /api/messages, and a conversation completes when every turn passes.
/// </summary>
public sealed class TuningConversationsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(new Dictionary<string, string?>
    {
        ["Knowledge:Path"] = RepoPaths.Knowledge,
        ["Knowledge:IndexPath"] = Path.Combine(Path.GetTempPath(), "smartcity-no-index-" + Guid.NewGuid().ToString("N")),
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Most_tuning_conversations_complete()
    {
        var lines = EvalConversations.Load(RepoPaths.Combine("tests", "SmartCity.Bot.Tests", "Conversation", "tuning-conversations.jsonl"));
        Assert.True(lines.Count >= 40, "tuning conversations missing");
        var completed = 0;
        var turns = 0;
        var turnsPassed = 0;
        foreach (var line in lines)
        {
            var judged = await EvalConversations.RunAsync(_bot, line, "tc");
            turns += judged.Count;
            turnsPassed += judged.Count(t => t.Passed);
            foreach (var failed in judged.Where(t => !t.Passed)) output.WriteLine("FAIL " + failed.Failure);
            if (judged.All(t => t.Passed)) completed++;
        }
        output.WriteLine($"conversations completed {completed}/{lines.Count}; turns passed {turnsPassed}/{turns}");
        // Measured 38/40 (129/131 turns) when written down (24/40, 112/131 at first contact); the floor leaves room for a loaded machine and small
        // wording changes elsewhere, not for losing a whole behaviour (about one conversation in five).
        Assert.True(completed >= 32, $"only {completed} of {lines.Count} conversations completed");
        Assert.True(turnsPassed >= 0.93 * turns, $"only {turnsPassed} of {turns} turns passed");
    }
}
