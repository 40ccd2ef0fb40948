namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: an officer who ends the opening with the region and "di sini" ("admin command center
/// Kab. X (Bali) disini") introduces themselves, whatever job title stands before the place, and gets the region's
/// status; the same place with a question after it is still a question; "di sini, mau tanya" is an introduction too.
/// </summary>
public sealed class OfficerHereOpeningTests : ConversationThroughTheBot
{
    [Theory]
    [InlineData("halo, admin command center kab. gianyar (bali) disini", "Gianyar")]
    [InlineData("bidang e-government diskominfo kab pekalongan di sini", "Pekalongan")]
    [InlineData("kami dari kota solok di sini, mau tanya", "Solok")]
    public async Task An_opening_ending_with_the_place_here_opens_the_region(string opening, string region)
    {
        var reply = await Say(opening, "here-" + region, "u-here-" + region);
        Assert.DoesNotContain("di luar cakupan", reply);
        Assert.Contains(region, reply);
        Assert.Contains("2024", reply);
    }

    [Fact]
    public async Task A_question_after_the_place_is_still_a_question()
    {
        var reply = await Say("no telp diskominfo banyumas berapa?", "here-question", "u-here-q");
        Assert.DoesNotContain("pengingat", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sumber:", reply);
    }
}
