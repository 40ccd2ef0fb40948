using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Collaboration;

/// <summary>
/// A collaboration request being filled in, stopped in English ("never mind", control.lu Cancel examples): nothing is
/// stored and the text is not taken as the requester's name, through the real /api/messages.
/// </summary>
public sealed class EnglishCancelTests : BotWithKnowledge
{
    [Fact]
    public async Task Never_mind_in_the_form_cancels_the_request()
    {
        const string c = "english-cancel";
        Assert.Contains("Kota Bogor", await Say("saya ingin berkolaborasi dengan Kota Bogor", c, "u-ec"));
        var reply = await Say("hmm, never mind", c, "u-ec");
        Assert.Contains("dibatalkan", reply);
        Assert.DoesNotContain("organisasi", reply);
    }
}
