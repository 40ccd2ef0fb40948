using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages (tuning-conversations-56): officers name their region by a popular nickname or a
/// written abbreviation (knowledge/understanding/region-aliases.txt): "kota baja" is Kota Cilegon, "tj. pinang" is Kota
/// Tanjung Pinang, and a nickname of the kota of a name a kabupaten shares ("kota tahu") is that kota.
/// </summary>
public sealed class RegionNicknameAliasTests : BotWithKnowledge
{
    [Fact]
    public async Task A_nickname_names_the_region()
    {
        var reply = await Say("sy pegawai dinas di kota baja, daerah kami masuk angkatan brp", "nick-baja", "u-nb");
        Assert.Contains("Kota Cilegon", reply);
        Assert.Contains("2019", reply);
    }

    [Fact]
    public async Task An_abbreviated_name_opens_the_status_check()
    {
        var reply = await Say("selamat siang, operator pemkot tj. pinang, tolong cek status kami", "abbr-tj", "u-at");
        Assert.Contains("Status Kota Tanjung Pinang", reply);
    }

    // unseen-questions-27: "kota apel" (Batu) was not in the list; other towns' common nicknames were added with it.
    [Fact]
    public async Task A_town_nickname_added_to_the_list_names_the_town()
    {
        var reply = await Say("warga kota beriman nih, kota kami ikut smart city tahun berapa?", "nick-beriman", "u-nbr");
        Assert.Contains("Kota Balikpapan", reply);
        Assert.Contains("2019", reply);
    }

    [Fact]
    public async Task A_nickname_of_the_kota_is_not_the_kabupaten()
    {
        var reply = await Say("aku orang kota tahu, apa kotaku pernah ikut smart city", "nick-tahu", "u-nt");
        Assert.Contains("Kota Kediri", reply);
        Assert.DoesNotContain("Kabupaten Kediri", reply);
    }
}
