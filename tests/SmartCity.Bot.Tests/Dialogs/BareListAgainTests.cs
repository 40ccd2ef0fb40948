namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// Through the real /api/messages: a bare list request of two words ("siapa aja", "mana saja") right after a year's
/// list shows the same list again — the list phrases of more than one word are list words, though "siapa" alone is not.
/// </summary>
public sealed class BareListAgainTests : Conversation.ConversationThroughTheBot
{
    [Theory]
    [InlineData("siapa aja")]
    [InlineData("mana saja")]
    public async Task A_bare_list_request_after_a_list_shows_the_list_again(string again)
    {
        var c = "bare-list-" + again.Replace(' ', '-');
        await Say("peserta 2024 siapa aja", c, "u-bl");
        var reply = await Say(again, c, "u-bl");
        Assert.Contains("Kabupaten Gianyar", reply);
        Assert.Contains("Kota Solok", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }
}
