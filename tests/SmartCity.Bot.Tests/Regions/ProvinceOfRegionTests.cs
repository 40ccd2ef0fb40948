using SmartCity.Bot.Regions;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// "X itu provinsi mana?": the province from the list of all kabupaten/kota, whether or not X took part, through the
/// real /api/messages — not an out-of-scope reply nor a documents passage about X.
/// </summary>
public sealed class ProvinceOfRegionTests : BotWithKnowledge
{
    [Theory]
    [InlineData("kabupaten sumba timur masuk provinsi apa ya", "Provinsi Nusa Tenggara Timur")]
    [InlineData("kota tual itu di provinsi mana?", "Provinsi Maluku")]
    public async Task The_province_of_a_named_region_is_answered_from_the_region_list(string question, string province)
    {
        var reply = await Say(question, "province-of-" + question.GetHashCode());
        Assert.Contains(province, reply);
        Assert.Contains(RegionRegistry.ListSource, reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }
}
