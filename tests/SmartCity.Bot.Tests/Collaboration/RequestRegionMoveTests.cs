using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Collaboration;

/// <summary>
/// While a request is being written: "ganti ke Kabupaten X" moves it to X (the request stays, and a cancel after it
/// cancels it), and the request's own region named again shows its form again instead of leaving it for a participation answer.
/// </summary>
public sealed class RequestRegionMoveTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Collaboration:NotifierEnabled"] = "false" });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<string> Say(string text, string conversation, string channel) =>
        Activities.Read(await _bot.AskAsync(text, conversation, "mitra-pindah", channel));

    [Fact]
    public async Task A_change_of_region_on_the_form_moves_the_request()
    {
        const string c = "move-request";
        Assert.Contains("Kota Madiun", await Say("kami ingin menjalin kemitraan dengan Kota Madiun", c, "emulator"));
        var moved = await Say("ganti ke kabupaten sragen saja", c, "emulator");
        Assert.Contains("Kabupaten Sragen", moved);
        Assert.Contains("Formulir kolaborasi", moved);
        Assert.Contains("dibatalkan", await Say("batal", c, "emulator"));
    }

    /// <summary>A name a kota and a kabupaten share ("Mojokerto"): the request moves to the one that took part.</summary>
    [Fact]
    public async Task A_move_to_a_shared_name_goes_to_the_participant()
    {
        const string c = "move-request-homonym";
        Assert.Contains("Kota Dumai", await Say("kami ingin menjalin kemitraan dengan Kota Dumai", c, "emulator"));
        var moved = await Say("ganti ke mojokerto saja", c, "emulator");
        Assert.Contains("Kabupaten Mojokerto", moved);
        Assert.Contains("Formulir kolaborasi", moved);
    }

    [Fact]
    public async Task The_request_s_own_region_named_again_shows_its_form()
    {
        const string c = "same-region-again";
        Assert.Contains("Kota Madiun", await Say("kami ingin menjalin kemitraan dengan Kota Madiun", c, "emulator"));
        var again = await Say("Kota Madiun", c, "emulator");
        Assert.Contains("Formulir kolaborasi dengan Kota Madiun", again);
        Assert.DoesNotContain("tercatat sebagai peserta", again);
    }
}
