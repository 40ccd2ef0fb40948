using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Through the real /api/messages: after the six pillars are listed, "which one looks after (ngurusin/mengurus) X" asks
/// which pillar manages X. The documents say pengelolaan / tata kelola (sinonim.txt); "urusan" elsewhere in the smart
/// living section made that pillar cover the informal verb and win over the pillar named for X.
/// </summary>
public sealed class ManagesAsPengelolaanTests : BotWithKnowledge
{
    [Theory]
    [InlineData("yg ngurusin lingkungan namanya apa")]
    [InlineData("yang mengurus lingkungan pilar apa")]
    public async Task A_pillar_asked_by_what_it_manages_is_that_pillar(string followUp)
    {
        var conversation = "manages-" + followUp.Length;
        await Say("pilarnya ada apa aja?", conversation);
        var reply = await Say(followUp, conversation);
        Assert.StartsWith("Smart environment", reply.TrimStart('*', ' '));
    }
}
