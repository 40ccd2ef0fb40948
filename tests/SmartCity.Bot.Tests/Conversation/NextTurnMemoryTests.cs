using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// What an answer leaves for the next message only: the message that left it does not read it as the one before, the
/// next does, and after the next is answered it is gone — unless the next left it again.
/// </summary>
public sealed class NextTurnMemoryTests
{
    private sealed record Counted(int Year);

    private static readonly NextTurnMemory<Counted> Memory = new("test.counted");

    [Fact]
    public void The_message_that_leaves_a_value_does_not_read_it_as_the_one_before_but_the_next_does()
    {
        var state = new StateBag();
        var first = Turn("berapa peserta 2019?", state);
        Memory.Hold(first, new Counted(2019));
        Assert.Null(Memory.Before(first));
        Assert.Equal(2019, Memory.Latest(first)?.Year);
        Memory.Expire(first);

        var next = Turn("siapa saja?", state);
        Assert.Equal(2019, Memory.Before(next)?.Year);
        Assert.Equal(2019, Memory.Latest(next)?.Year);
    }

    [Fact]
    public void A_value_lives_for_one_message_unless_that_message_leaves_it_again()
    {
        var state = new StateBag();
        var first = Turn("berapa peserta 2019?", state);
        Memory.Hold(first, new Counted(2019));
        Memory.Expire(first);

        var again = Turn("kalau 2020?", state);
        Memory.Hold(again, new Counted(2020));
        Memory.Expire(again);
        Assert.Equal(2020, Memory.Before(Turn("siapa saja?", state))?.Year);

        var after = Turn("terima kasih", state);
        Memory.Expire(after);
        Memory.Expire(Turn("oke", state));
        Assert.Null(Memory.Latest(Turn("halo", state)));
        Assert.Null(state.Get<string>("test.counted.turn"));
    }

    private static TurnContext Turn(string text, StateBag state) => DetachedTurns.Of("next-turn", text, state);
}
