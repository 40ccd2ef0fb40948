using SmartCity.Bot.Regions;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// "X itu provinsi mana?": the province from the list of all kabupaten/kota, whether or not X took part, through the
/// real /api/messages — not an out-of-scope reply nor a documents passage about X.
/// </summary>
public sealed class ProvinceOfRegionTests : BotWithKnowledge
{
    private static readonly ParticipationAnswers Answers = new(RegionData.Registry);

    [Theory]
    [InlineData("kabupaten sumba timur masuk provinsi apa ya", "Kabupaten Sumba Timur", "Provinsi Nusa Tenggara Timur")]
    [InlineData("kota tual itu di provinsi mana?", "Kota Tual", "Provinsi Maluku")]
    [InlineData("In which province is Kabupaten Sumba Timur?", "Kabupaten Sumba Timur", "Provinsi Nusa Tenggara Timur")]
    public async Task The_province_of_a_named_region_is_answered_from_the_region_list(string question, string name, string province)
    {
        var reply = await Say(question, "province-of-" + question.GetHashCode());
        Assert.Contains(province, reply);
        Assert.Contains(RegionRegistry.ListSource, reply);
        // What the participants' lists hold of it, in the participation answer's own words.
        Assert.Contains(Answers.Listing(RegionData.Registry.FindByName(name)!), reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    /// <summary>"provinsinya apa?" or "which province is it in?" right after a region's answer asks it of that region.</summary>
    [Theory]
    [InlineData("kabupaten sleman ikut smart city?", "provinsinya apa ya", "Provinsi Daerah Istimewa Yogyakarta")]
    [InlineData("did Kota Ambon take part?", "which province is it in?", "Provinsi Maluku")]
    // Whose province and "now" may stand between the province word and its question word.
    [InlineData("sy dr pemkab boven digoel, kami ikut angkatan brp", "provinsi kami sekarang apa ya namanya", "Provinsi Papua Selatan")]
    public async Task The_province_of_the_region_just_spoken_of_is_answered(string first, string followUp, string province)
    {
        var conversation = "province-of-spoken-" + followUp.GetHashCode();
        await Say(first, conversation);
        var reply = await Say(followUp, conversation);
        Assert.Contains(province, reply);
        Assert.Contains(RegionRegistry.ListSource, reply);
    }
}
