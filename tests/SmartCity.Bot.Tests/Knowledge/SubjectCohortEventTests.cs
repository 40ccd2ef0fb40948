using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// "kapan MoU-nya?" right after another region's showcase: the date of that region's cohort event from the programme
/// data (the real calendar), not the latest MoU the documents describe.
/// </summary>
public sealed class SubjectCohortEventTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Collaboration:NotifierEnabled"] = "false" });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<string> Say(string text, string conversation) =>
        Activities.Read(await _bot.AskAsync(text, conversation, "warga-mou", "directline"));

    [Fact]
    public async Task The_MoU_of_a_region_just_shown_is_its_cohorts_date()
    {
        const string c = "subject-mou";
        await Say("inovasi kabupaten banyumas apa saja", c);
        var reply = await Say("kapan mou-nya diteken?", c);
        Assert.Contains("Kabupaten Banyumas", reply);
        Assert.Contains("15 Mei 2019", reply);
    }
}
