using SmartCity.Bot.Collaboration;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Collaboration;

/// <summary>
/// A collaboration request asked for twice in one thread ("mau kerja sama dengan Kota X" again), then cancelled:
/// the second asking is not taken as a field, and the cancel reply is whole — with and without form cards.
/// </summary>
public sealed class RepeatedOpeningTests
{
    [Theory]
    [InlineData("mau kerja sama dengan kota malang")]
    [InlineData("saya ingin berkolaborasi dengan kabupaten banyuwangi")]
    public async Task Asking_again_while_the_steps_are_asked_repeats_the_pending_question_and_batal_cancels_cleanly(string opening)
    {
        await using var bot = await BotServer.StartAsync();
        async Task<string> Say(string text) => Activities.Read(await bot.AskAsync(text, "sms-twice", "warga-sms", "sms"));

        Assert.Contains("Siapa nama Anda", await Say(opening));
        var again = await Say(opening);
        Assert.Contains("Siapa nama Anda", again);
        Assert.DoesNotContain("organisasi", again);
        Assert.Contains("permintaan kolaborasi dibatalkan", await Say("batal"));
        Assert.Empty(await bot.Services.GetRequiredService<RequestStore>().ListAsync(default));
    }

    [Fact]
    public async Task With_form_cards_two_openings_then_batal_cancel_in_one_whole_sentence()
    {
        await using var bot = await BotServer.StartAsync();
        async Task<string> Say(string text) => Activities.Read(await bot.AskAsync(text, "emu-twice", "warga-emu"));

        Assert.Contains("Formulir kolaborasi dengan Kota Malang", await Say("mau kerja sama dengan kota malang"));
        Assert.Contains("Formulir kolaborasi dengan Kota Malang", await Say("mau kerja sama dengan kota malang"));
        var cancelled = await Say("batal");
        Assert.Contains("Baik, permintaan kolaborasi dibatalkan. Tidak ada data Anda yang disimpan.", cancelled);
        Assert.DoesNotContain("Checklist", cancelled);
    }
}
