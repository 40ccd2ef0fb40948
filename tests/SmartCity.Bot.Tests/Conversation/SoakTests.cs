using SmartCity.Bot.Regions;
using Xunit.Abstractions;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

[CollectionDefinition(nameof(SoakCollection), DisableParallelization = true)]
public sealed class SoakCollection;

/// <summary>
/// Soak: 10,000 turns over 500 conversations, each holding its own region in conversation and user state, through
/// the real endpoint with 8 conversations at a time. Every answer must be about the conversation's own region (no
/// lost or crossed state), and the managed heap must not grow with the number of turns. Runs alone so the heap
/// measured is the bot's.
/// </summary>
[Collection(nameof(SoakCollection))]
public sealed class SoakTests(ITestOutputHelper output)
{
    private const int Conversations = 500;
    private const int TurnsEach = 20;

    [Fact]
    public async Task Ten_thousand_turns_over_500_conversations_keep_each_ones_state_and_memory_flat()
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["DevIdentity:Role"] = "Public" });
        var resolver = bot.Services.GetRequiredService<RegionResolver>();
        // Regions whose name alone resolves to them, spread over the conversations.
        var regions = bot.Services.GetRequiredService<RegionRegistry>().Regions
            .Where(r => resolver.Resolve(r.Name).Mentions is [{ Candidates: [var only] }] && only.Code == r.Code)
            .ToList();
        Assert.True(regions.Count >= 100, $"only {regions.Count} regions resolve by name");
        var assigned = Enumerable.Range(0, Conversations).Select(i => regions[i * regions.Count / Conversations]).ToArray();

        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        long baseline = 0;
        var turns = 0;
        for (var round = 0; round < TurnsEach; round++)
        {
            var r = round;
            await Parallel.ForEachAsync(Enumerable.Range(0, Conversations), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            {
                var region = assigned[i];
                // Every fifth turn (re)starts the status check; the others ask what only the state can tell.
                var text = r % 5 == 0 ? $"cek status {region.Name}" : "Kapan tenggatnya?";
                var read = Activities.Read(await bot.AskAsync(text, $"soak-{i}", $"soak-user-{i}"));
                var expected = r % 5 == 0 ? $"Status {region.Name}" : $"untuk {region.Name}";
                if (!read.Contains(expected, StringComparison.Ordinal))
                    failures.Enqueue($"soak-{i} round {r}: expected \"{expected}\" in: {read[..Math.Min(300, read.Length)]}");
            });
            turns += Conversations;
            if (round == 2) baseline = Heap();
        }

        Assert.Equal(Conversations * TurnsEach, turns);
        Assert.True(failures.IsEmpty, $"{failures.Count} turns lost or crossed state, e.g. {string.Join("\n", failures.Take(5))}");
        var growth = Heap() - baseline;
        output.WriteLine($"{turns} turns; managed heap after round 3: {baseline / 1024 / 1024} MB, growth since: {growth / 1024.0 / 1024:0.0} MB");
        Assert.True(growth < 24 * 1024 * 1024, $"managed heap grew by {growth / 1024 / 1024} MB over {turns - 3 * Conversations} turns");
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
