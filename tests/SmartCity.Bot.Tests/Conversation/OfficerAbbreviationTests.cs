using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: officers name their kabupaten by its common abbreviation ("lamtim", "bonebol",
/// knowledge/understanding/region-aliases.txt) and their kota with the chat shorthand "kt" (region-markers.txt), and are
/// answered for that region instead of a province list or a question which of two regions of one name.
/// </summary>
public sealed class OfficerAbbreviationTests : BotWithKnowledge
{
    [Fact]
    public async Task A_kabupaten_named_by_its_abbreviation_is_that_kabupaten()
    {
        var reply = await Say("pagi, saya operator diskominfo lamtim, daerah kami ikut smart city tahun berapa?", "abbr-1", "u-ab1");
        Assert.Contains("Kabupaten Lampung Timur", reply);
    }

    [Fact]
    public async Task The_abbreviated_region_carries_its_cohort_into_the_question()
    {
        var reply = await Say("sy staf pemkab bonebol, angkatan kami kapan MoU?", "abbr-2", "u-ab2");
        Assert.Contains("Bone Bolango", reply);
        Assert.Contains("5 Maret 2024", reply);
    }

    [Fact]
    public async Task Kt_before_a_name_two_regions_bear_is_the_kota()
    {
        var reply = await Say("halo, saya dari kt kupang, kota kami ikut tahun berapa", "abbr-3", "u-ab3");
        Assert.Contains("Kota Kupang", reply);
        Assert.Contains("2019", reply);
        Assert.DoesNotContain("Kabupaten Kupang", reply);
    }
}
