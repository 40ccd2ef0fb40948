using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Collaboration;

/// <summary>
/// A collaboration request being filled in, stopped in English (control.lu Cancel examples such as "let's drop it", said in a longer way): nothing is
/// stored and the text is not taken as the requester's name, through the real /api/messages.
/// </summary>
public sealed class EnglishCancelTests : BotWithKnowledge
{
    [Fact]
    public async Task Dropping_it_in_English_in_the_form_cancels_the_request()
    {
        const string c = "english-cancel";
        Assert.Contains("Kota Bogor", await Say("saya ingin berkolaborasi dengan Kota Bogor", c, "u-ec"));
        var reply = await Say("no, let's drop it then", c, "u-ec");
        Assert.Contains("dibatalkan", reply);
        Assert.DoesNotContain("organisasi", reply);
    }
}
