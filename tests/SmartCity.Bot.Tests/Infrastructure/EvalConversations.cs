using System.Text.Json;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Infrastructure;

/// <summary>One judged turn of a multi-turn evaluation conversation.</summary>
public sealed record JudgedTurn(string ConversationId, string User, string Reply, bool Passed)
{
    public string Failure => $"{ConversationId} > {User}\n  < {Reply.ReplaceLineEndings(" ")}";
}

/// <summary>How a file of evaluation conversations went: conversations completed (every turn passed) and turns passed.</summary>
public sealed record ConversationScore(int Conversations, int Completed, int Turns, int TurnsPassed, IReadOnlyList<string> Failures)
{
    public override string ToString() => $"conversations completed {Completed}/{Conversations}; turns passed {TurnsPassed}/{Turns}";
}

/// <summary>
/// Multi-turn evaluation files in the shape shared/tools/eval.mjs --dialogs reads ({"id","turns":[{"user","expect_any"}]},
/// optionally "expect_none_all" for every turn), run through the real endpoint as one conversation each.
/// </summary>
public static class EvalConversations
{
    public static IReadOnlyList<string> Load(string path) => File.ReadLines(path).Where(l => l.Trim().Length > 0).ToList();

    public static async Task<IReadOnlyList<JudgedTurn>> RunAsync(BotServer bot, string line, string conversationPrefix)
    {
        using var conversation = JsonDocument.Parse(line);
        var root = conversation.RootElement;
        var id = root.GetProperty("id").GetString()!;
        var never = root.TryGetProperty("expect_none_all", out var none) ? none.EnumerateArray().Select(e => e.GetString()!).ToList() : null;
        var conversationId = $"{conversationPrefix}-{id}-{Guid.NewGuid():N}";
        var judged = new List<JudgedTurn>();
        foreach (var turn in root.GetProperty("turns").EnumerateArray())
        {
            var user = turn.GetProperty("user").GetString()!;
            var expect = turn.GetProperty("expect_any").EnumerateArray().Select(e => e.GetString()!).ToList();
            var reply = Activities.Read(await bot.AskAsync(user, conversationId: conversationId, userId: $"user-{conversationId}"));
            judged.Add(new JudgedTurn(id, user, reply, Judge.Passes(new EvalQuestion(id, "conversation", user, expect, never), reply)));
        }
        return judged;
    }

    /// <summary>Runs every conversation of a file (relative to the repository) and tallies them.</summary>
    public static async Task<ConversationScore> ScoreAsync(BotServer bot, string relativePath, string conversationPrefix)
    {
        var lines = Load(RepoPaths.Combine(relativePath.Split('/')));
        var judged = new List<IReadOnlyList<JudgedTurn>>();
        foreach (var line in lines) judged.Add(await RunAsync(bot, line, conversationPrefix));
        return new ConversationScore(lines.Count, judged.Count(c => c.All(t => t.Passed)), judged.Sum(c => c.Count),
            judged.Sum(c => c.Count(t => t.Passed)), judged.SelectMany(c => c.Where(t => !t.Passed).Select(t => t.Failure)).ToList());
    }
}
