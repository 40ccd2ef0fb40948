namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: after the bot listed regions (those with a quick win in a field), "which province"
/// asks of the listed regions and a collaboration request offers them; an opening that states the topic of a thesis
/// or a story is answered, not declined as outside the programme.
/// </summary>
public sealed class ListedRegionsFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Which_province_after_a_list_of_regions_gives_each_listed_regions_province()
    {
        const string c = "listed-provinces";
        var list = await Say("Kami konsultan dari Kota Malang. Daerah mana yang punya inovasi soal sampah?", c, "u-lp");
        Assert.Contains("Kabupaten Banyumas", list);
        Assert.DoesNotContain("Kota Malang", list);
        var reply = await Say("daerah daerah itu masuk provinsi apa?", c, "u-lp");
        Assert.Contains("Kabupaten Banyumas — Provinsi Jawa Tengah", reply);
        Assert.Contains("Kabupaten Penajam Paser Utara — Provinsi Kalimantan Timur", reply);
        Assert.DoesNotContain("belum yakin", reply);
        // The list is still the one pointed into: a request offers its regions, not every region with records.
        var request = await Say("bagaimana cara mengajukan kerja sama dengan salah satunya?", c, "u-lp");
        Assert.Contains("Kabupaten Penajam Paser Utara", request);
        Assert.DoesNotContain("Kota Bandung", request);
    }

    [Fact]
    public async Task Several_regions_named_with_which_province_each_get_theirs()
    {
        var reply = await Say("Kota Tual dan Kabupaten Sumba Timur di provinsi mana?", "named-provinces", "u-np");
        Assert.Contains("Kota Tual — Provinsi Maluku", reply);
        Assert.Contains("Kabupaten Sumba Timur — Provinsi Nusa Tenggara Timur", reply);
    }

    [Fact]
    public async Task A_thesis_topic_stated_with_no_question_is_answered()
    {
        var reply = await Say("Selamat siang, saya dosen di Semarang. Penelitian saya tentang quick win Kabupaten Sragen.", "work-topic", "u-wt");
        Assert.Contains("Kabupaten Sragen", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
        Assert.DoesNotContain("Inovasi kabupaten/kota mana", reply);
    }
}
