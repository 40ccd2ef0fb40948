using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Collaboration;

/// <summary>
/// Stopping a request while it is being written, in a sentence that names the request: its words ("permohonan",
/// "kemitraan", "pengajuan") are the request-status words, so the message reads as a status question; the cancel verb,
/// with evidence of its own, is what is asked. A plain status question still gets "not sent yet". Through /api/messages.
/// </summary>
public sealed class StoppingTheDraftTests : BotWithKnowledge
{
    [Theory]
    [InlineData("tolong batalkan permohonan kemitraan kami")]
    [InlineData("pengajuan kerjasamanya batalin aja")]
    public async Task A_cancel_verb_with_the_request_named_stops_the_draft(string stop)
    {
        var c = "stop-draft-" + stop.Length;
        Assert.Contains("Kota Madiun", await Say("kami ingin menjalin kemitraan dengan Kota Madiun", c, "u-sd"));
        var reply = await Say(stop, c, "u-sd");
        Assert.Contains("dibatalkan", reply);
        Assert.DoesNotContain("belum dikirim", reply);
    }

    [Fact]
    public async Task A_status_question_without_a_cancel_verb_is_still_answered_as_not_sent()
    {
        const string c = "stop-draft-status";
        await Say("kami ingin menjalin kemitraan dengan Kota Madiun", c, "u-sd2");
        Assert.Contains("belum dikirim", await Say("permohonan kemitraan kami sudah diproses?", c, "u-sd2"));
    }
}
