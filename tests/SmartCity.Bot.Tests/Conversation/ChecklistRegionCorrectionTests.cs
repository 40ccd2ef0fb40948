using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages (tuning-conversations-62): an officer who started the checklist for the wrong region
/// and corrects it mid-checklist — by the other type only ("yang kabupaten maksud saya"), or denying the type first
/// ("bukan kota, yang kabupaten") — gets the corrected region's summary and checklist at once. Before, the denied
/// type word made two type words and no namesake was read (a "belum yakin" answer), and a namesake that was read was
/// answered as a participation question while the checklist stayed on the old region. The corrected region is
/// remembered: the next question about "kami" is answered for it.
/// </summary>
public sealed class ChecklistRegionCorrectionTests : BotWithKnowledge
{
    [Theory]
    [InlineData("eh keliru, yang kabupaten maksud saya")]
    [InlineData("maaf, bukan kota, yang kabupaten")]
    [InlineData("ralat bukan kotanya tapi kabupatennya")]
    public async Task A_correction_to_the_namesake_moves_the_checklist_and_the_memory(string correction)
    {
        var c = "corr-" + correction.Length;
        var u = "u-" + correction.Length;
        Assert.Contains("Checklist Kota Kediri", await Say("siang, saya admin smart city pemkot kediri, mau update checklist", c, u));
        var reply = await Say(correction, c, u);
        Assert.Contains("Checklist Kabupaten Kediri", reply);
        Assert.DoesNotContain("Checklist Kota Kediri", reply);
        var cohort = await Say("kabupaten kami ikut tahun berapa", c, u);
        Assert.Contains("2023", cohort);
        Assert.DoesNotContain("2019", cohort);
    }
}
