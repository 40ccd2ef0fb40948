using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: an officer's first message that only greets and says who they are and where from is
/// answered with that region's status summary in the same turn (issue 8); a name two regions bear is asked back; a
/// conversation that already has a region keeps its reading.
/// </summary>
public sealed class OfficerOpeningStatusTests : BotWithKnowledge
{
    [Fact]
    public async Task A_greeting_and_an_introduction_open_the_region_status()
    {
        var reply = await Say("pagi, sy staf pemkot madiun", "opening-status", "u-os1");
        Assert.Contains("Status Kota Madiun", reply);
        Assert.Contains("2019", reply);
    }

    [Fact]
    public async Task A_name_two_regions_bear_is_asked_back_then_the_status_follows()
    {
        const string c = "opening-homonym";
        var asked = await Say("selamat siang, kami dari magelang", c, "u-os2");
        Assert.Contains("Kota Magelang", asked);
        Assert.Contains("Kabupaten Magelang", asked);
        Assert.Contains("Status Kota Magelang", await Say("yang kota", c, "u-os2"));
    }

    [Fact]
    public async Task A_question_after_the_introduction_is_answered_not_the_status()
    {
        var reply = await Say("halo, saya staf pemkot kupang, pilar smart city ada berapa?", "opening-question", "u-os3");
        Assert.DoesNotContain("Status Kota Kupang", reply);
        Assert.Contains("enam", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    // The words after who asks only say the officer wants to ask about the programme, by its name or its abbreviation.
    [InlineData("halo, saya staf setda kabupaten kebumen, mau tanya soal gerakan menuju smart city", "Kabupaten Kebumen", "2019")]
    // A job title holding "program" made the introduction read as a request for the region's innovations.
    [InlineData("siang, saya kasubbag program bappeda kabupaten pati, ingin bertanya seputar gmsc", "Kabupaten Pati", "2018")]
    // A job title naming a kind of fact ("keuangan", "anggaran") is who asks: the opening asks for no such fact.
    [InlineData("selamat pagi, saya kasubbag keuangan bappeda kabupaten pati, mau tanya soal smart city", "Kabupaten Pati", "2018")]
    [InlineData("halo saya kabid anggaran diskominfo kota madiun, mau nanya program gmsc", "Kota Madiun", "2019")]
    public async Task An_introduction_that_only_wants_to_ask_about_the_programme_opens_the_region_status(string opening, string region, string year)
    {
        var reply = await Say(opening, "opening-vague-" + region, "u-os4");
        // The status summary, or the region taken over with its cohort (a change-of-region reading): never a decline.
        Assert.Contains(region, reply);
        Assert.Contains(year, reply);
        Assert.DoesNotContain("di luar cakupan", reply);
        Assert.DoesNotContain("belum yakin", reply);
    }
}
