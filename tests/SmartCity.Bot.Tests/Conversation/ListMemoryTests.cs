using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Regions;
using SmartCity.Bot.Tests.Understanding;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// What ListMemory keeps of the bot's last list is bounded: a list up to the bound is kept whole, a longer one not at all
/// (and the list before it is no longer the last one shown).
/// </summary>
public sealed class ListMemoryTests
{
    private static readonly ListMemory Memory = new(RegionData.Registry, EntityWords.Load(Path.Combine(UnderstandingData.Folder, "entities.json")));

    [Fact]
    public void A_list_as_long_as_the_bound_is_kept_whole()
    {
        var turn = TurnShowing(Lines(ListMemory.MaxItems), new StateBag());
        Memory.Remember(turn, pointedIntoList: false);
        var kept = turn.ConversationState.Get<string[]>(ListMemory.LastListKey);
        Assert.NotNull(kept);
        Assert.Equal(ListMemory.MaxItems, kept.Length);
        Assert.Equal($"Langkah {ListMemory.MaxItems}", kept[^1]);
    }

    [Fact]
    public void A_longer_list_is_not_kept_and_the_one_before_is_forgotten()
    {
        var state = new StateBag();
        Memory.Remember(TurnShowing(Lines(3), state), pointedIntoList: false);
        Assert.Equal(3, state.Get<string[]>(ListMemory.LastListKey)?.Length);

        // Even right after a message that pointed into the earlier list, which otherwise keeps it.
        Memory.Remember(TurnShowing(Lines(ListMemory.MaxItems + 1), state), pointedIntoList: true);
        Assert.Null(state.Get<string[]>(ListMemory.LastListKey));
    }

    private static string Lines(int count) => "Urutannya:\n" + string.Join("\n", Enumerable.Range(1, count).Select(i => $"- Langkah {i}: isi langkah ke-{i}"));

    private static TurnContext TurnShowing(string reply, StateBag state, string text = "daftar langkahnya apa saja?") =>
        DetachedTurns.Of("list-memory", text, state, reply);
}
