using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// A kab/kota in no participants' list, asked of in a sentence the recognizer reads as a programme question first
/// ("kota saya X …"): the documents are silent, so the data's "not listed" answers, through the real /api/messages.
/// </summary>
public sealed class NotListedRegionTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(new Dictionary<string, string?>
    {
        ["Knowledge:Path"] = RepoPaths.Knowledge,
        ["Knowledge:IndexPath"] = Path.Combine(Path.GetTempPath(), "smartcity-no-index-" + Guid.NewGuid().ToString("N")),
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("kota saya langsa ikut program ini gak", "Kota Langsa")]
    [InlineData("kabupaten kami aceh besar termasuk program ini?", "Kabupaten Aceh Besar")]
    public async Task A_region_no_list_holds_is_said_to_be_not_listed_not_out_of_scope(string question, string region)
    {
        var reply = Activities.Read(await _bot.AskAsync(question, "not-listed-" + region.GetHashCode(), "citizen-1"));
        Assert.Contains($"{region} tidak ditemukan dalam daftar peserta", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }
}
