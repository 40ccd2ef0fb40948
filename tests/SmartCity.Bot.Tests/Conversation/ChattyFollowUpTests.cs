namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Citizens' chatty follow-ups that lean on what was just said: "itu kapan?" after a region's showcase is asked of the
/// documents about that region, "oh iya, kalau tetangganya X?" is only another place, two things asked at once are
/// both defined.
/// </summary>
public sealed class ChattyFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task When_after_a_showcase_asks_the_documents_about_the_region_not_the_deadlines()
    {
        const string c = "chatty-when";
        Assert.Contains("Smart Society", await Say("inovasi kabupaten gunungkidul apa saja", c, "warga-31"));
        var when = await Say("itu kapannya?", c, "warga-31");
        Assert.Contains("7 Desember 2023", when);
        Assert.DoesNotContain("Tenggat", when);
    }

    [Fact]
    public async Task A_neighbour_after_an_interjection_is_the_same_place_question()
    {
        const string c = "chatty-neighbour";
        await Say("apa itu masterplan smart city?", c, "warga-32");
        var reply = await Say("oh iya, kalau sebelahnya kulon progo?", c, "warga-32");
        Assert.Contains("Kabupaten Kulon Progo", reply);
        Assert.Contains("2018", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task Two_things_asked_at_once_are_both_defined()
    {
        var reply = await Say("apa itu smart branding serta smart economy", "chatty-pair", "warga-33");
        Assert.Contains("pemasaran", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ekonomi", reply, StringComparison.OrdinalIgnoreCase);
    }
}
