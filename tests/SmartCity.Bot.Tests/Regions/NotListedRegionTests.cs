using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// A kab/kota in no participants' list, asked of in a sentence the recognizer reads as a programme question first
/// ("kota saya X …"): the documents are silent, so the data's "not listed" answers, through the real /api/messages.
/// </summary>
public sealed class NotListedRegionTests : BotWithKnowledge
{
    [Theory]
    [InlineData("kota saya langsa ikut program ini gak", "Kota Langsa")]
    [InlineData("kabupaten kami aceh besar termasuk program ini?", "Kabupaten Aceh Besar")]
    public async Task A_region_no_list_holds_is_said_to_be_not_listed_not_out_of_scope(string question, string region)
    {
        var reply = await Say(question, "not-listed-" + region.GetHashCode());
        Assert.Contains($"{region} tidak ditemukan dalam daftar peserta", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task A_region_name_with_a_compass_word_no_region_bears_is_said_not_to_exist()
    {
        var reply = await Say("kab. kediri selatan sudah jadi peserta?", "compass-unknown");
        Assert.Contains("tidak menemukan daerah bernama **Kabupaten Kediri Selatan**", reply);
        Assert.DoesNotContain("2023", reply);
    }
}
