using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: an officer's thread keeps their region, cohort and year — a cohort event asked alone
/// ("nota kesepakatannya?") and then for the year before, a region a documents' answer only cites as an example not
/// taking the place of the officer's own, two questions in one opening, and "Pemkab X" opening as an introduction.
/// The shipped calendar: its cohort events and their words are what the thread follows.
/// </summary>
public sealed class OfficerThreadTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(new Dictionary<string, string?>
    {
        ["Knowledge:Path"] = RepoPaths.Knowledge,
        ["Knowledge:IndexPath"] = Path.Combine(Path.GetTempPath(), "smartcity-no-index-" + Guid.NewGuid().ToString("N")),
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<string> Say(string text, string conversation, string user) =>
        Activities.Read(await _bot.AskAsync(text, conversation, user));

    [Fact]
    public async Task A_cohort_event_asked_alone_is_the_officers_and_the_year_before_asks_it_again()
    {
        const string c = "event-thread";
        Assert.Contains("Kediri", await Say("Saya staf Diskominfo Kota Kediri.", c, "u-et"));
        Assert.Contains("15 Mei 2019", await Say("nota kesepakatannya?", c, "u-et"));
        var reply = await Say("oh ya, kalau tahun sebelumnya?", c, "u-et");
        Assert.Contains("8 Mei 2018", reply);
    }

    [Fact]
    public async Task A_region_an_answer_cites_does_not_replace_the_officers_own_cohort()
    {
        const string c = "cited-region";
        Assert.Contains("Ciamis", await Say("Saya operator Diskominfo Kabupaten Ciamis.", c, "u-cr"));
        await Say("bagaimana Kominfo memberi tahu daerah yang terpilih?", c, "u-cr");
        var reply = await Say("seangkatan dari jawa barat siapa saja?", c, "u-cr");
        Assert.Contains("Kabupaten Garut", reply); // 2023, Ciamis's cohort
        Assert.DoesNotContain("Kabupaten Badung", reply);
    }

    [Fact]
    public async Task Two_questions_in_one_opening_are_both_answered()
    {
        const string c = "two-questions";
        var reply = await Say("kota kupang ikutnya kapan dan tenggat terdekat kami apa?", c, "u-tq");
        Assert.Contains("2019", reply);
        Assert.Contains("Tenggat", reply);
    }

    [Fact]
    public async Task An_office_word_before_the_place_says_whose_region_it_is()
    {
        const string c = "pemkab-opening";
        await Say("Pemkab Tegal, mau tanya apa itu quick win", c, "u-po");
        Assert.Contains("2023", await Say("kami angkatan tahun berapa?", c, "u-po"));
    }
}
