namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: an officer's question about their own region ("kami dulu diundang …") answered by a
/// passage that cites another region as an example (the 2017 selection letter of Kabupaten Badung) leaves the officer's
/// region the subject: a follow-up that names no region is about the officer's, not the example's.
/// </summary>
public sealed class OwnRegionExampleTests : ConversationThroughTheBot
{
    [Fact]
    public async Task An_example_region_in_the_answer_does_not_replace_the_officers_own()
    {
        const string c = "own-region-example";
        await Say("kami dari diskominfo kabupaten gianyar", c, "u-ore");
        var letter = await Say("kami dulu diundang lewat surat nomor berapa", c, "u-ore");
        Assert.Contains("Badung", letter);
        var year = await Say("ikut tahun berapa?", c, "u-ore");
        Assert.Contains("Gianyar", year);
        Assert.Contains("2024", year);
        Assert.DoesNotContain("Badung", year);
    }
}
