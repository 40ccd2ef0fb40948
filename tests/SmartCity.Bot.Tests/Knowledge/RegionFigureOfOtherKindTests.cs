using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A count of another kind than regions is not answered by a figure counting regions: "berapa provinsi … smart province"
/// was answered, as sure, with "Gerakan Menuju Smart City 2023 diikuti 50 kabupaten/kota", the question's "ikut" beside
/// the regencies' 50 taken for the count asked. The number counts what follows it (hitungan-daerah.txt); a count by a
/// classifier ("berapa orang") and a count of regions are still answered.
/// </summary>
public sealed class RegionFigureOfOtherKindTests : BotWithKnowledge
{
    [Theory]
    [InlineData("ada berapa provinsi yang ikut program smart province?")]
    [InlineData("smart province 2023 diikuti berapa provinsi")]
    [InlineData("jumlah desa yg ikut gerakan smart city 2023 ada berapa")]
    public async Task A_count_of_provinces_or_villages_is_not_answered_with_the_regencies(string question)
    {
        var reply = await Say(question, "other-kind-" + question.Length);
        Assert.DoesNotContain("Sumber:", reply);
    }

    [Fact]
    public async Task Regions_counted_are_still_answered_with_the_regencies()
    {
        var reply = await Say("tahun 2023 ada berapa kabupaten kota yang ikut?", "other-kind-regions");
        Assert.Contains("50", reply);
    }

    [Fact]
    public async Task People_counted_by_a_classifier_are_still_answered()
    {
        var reply = await Say("asesor 2017 jumlahnya berapa orang", "other-kind-people");
        Assert.Contains("20 asesor", reply);
    }
}
