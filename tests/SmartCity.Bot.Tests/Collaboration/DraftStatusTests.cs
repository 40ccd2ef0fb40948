using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Collaboration;

/// <summary>
/// Asking where a request stands while it is still being written (on the form, or one question at a time): it has
/// not been sent, and the pending question is asked again rather than the words taken as a field.
/// </summary>
public sealed class DraftStatusTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Collaboration:NotifierEnabled"] = "false" });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<string> Say(string text, string conversation, string channel) =>
        Activities.Read(await _bot.AskAsync(text, conversation, "mitra-draf", channel));

    [Fact]
    public async Task The_status_of_a_request_on_its_form_is_that_it_is_not_sent_yet()
    {
        const string c = "draft-status-form";
        Assert.Contains("Kota Madiun", await Say("kami ingin menjalin kemitraan dengan Kota Madiun", c, "emulator"));
        var status = await Say("bagaimana status permohonan kami?", c, "emulator");
        Assert.Contains("belum dikirim", status);
        Assert.Contains("Kota Madiun", status);
        Assert.DoesNotContain("Cek status untuk kabupaten/kota mana", status);
    }

    [Fact]
    public async Task The_status_asked_one_question_at_a_time_is_not_taken_as_the_contact()
    {
        const string c = "draft-status-steps";
        await Say("kami ingin menjalin kemitraan dengan Kota Madiun", c, "telegram");
        Assert.Contains("organisasi", await Say("Wulan Sari", c, "telegram"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("e-mail", await Say("CV Kota Hijau", c, "telegram"));
        var status = await Say("permohonannya sudah sampai belum?", c, "telegram");
        Assert.Contains("belum dikirim", status);
        Assert.DoesNotContain("Kontak harus", status);
        Assert.Contains("e-mail", status);
    }
}
