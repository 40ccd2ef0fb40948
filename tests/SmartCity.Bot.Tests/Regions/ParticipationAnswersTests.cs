using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>One name for the list of regions wherever an answer cites it.</summary>
public sealed class ParticipationAnswersTests
{
    private static readonly ParticipationAnswers Answers = new(RegionData.Registry);

    [Fact]
    public void A_province_with_no_listed_kab_kota_cites_the_region_list_by_its_one_name()
    {
        var province = RegionData.Registry.Provinces.First(p => !RegionData.Registry.ParticipantsIn(p).Any()
                                                                && RegionData.Registry.Regions.Count(r => r.Province == p) <= 8);
        var card = Answers.ForProvince(province, null);
        Assert.Contains("bukan kabupaten/kota", card.Body); // its kab/kota are named from the region list
        Assert.EndsWith(RegionRegistry.ListSource, card.Source);
    }
}
