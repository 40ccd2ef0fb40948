using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// One wording for what the participants' lists hold of a region (the participation answer's, used by the province
/// answer too), and one name for the list of regions wherever an answer cites it.
/// </summary>
public sealed class ParticipationAnswersTests
{
    private static readonly ParticipationAnswers Answers = new(RegionData.Registry);

    [Theory]
    [InlineData("Kabupaten Sumba Timur", true)]
    [InlineData("Kota Tual", false)]
    public void The_participation_answer_says_what_the_lists_hold_in_the_listing_words(string name, bool listed)
    {
        var region = RegionData.Registry.FindByName(name)!;
        Assert.Equal(listed, RegionData.Registry.ParticipationsOf(region).Count > 0);
        var listing = Answers.Listing(region);
        Assert.StartsWith(region.Name, listing);
        // "ikut?" answered: "ya" before what the lists hold when they hold it, the same words either way.
        Assert.Equal(listed ? "Ya, " + listing : listing, Answers.ForRegion(region, null, corrected: false).Body);
    }

    [Fact]
    public void A_wrong_guess_opens_with_bukan_and_the_year_taken_part_where_a_question_keeps_tidak()
    {
        var region = RegionData.Registry.FindByName("Kota Bontang")!; // 2019
        var guessed = Answers.ForRegion(region, 2017, corrected: false, guessed: true).Body;
        Assert.StartsWith("Bukan, Kota Bontang", guessed);
        Assert.True(guessed.IndexOf("2019", StringComparison.Ordinal) < guessed.IndexOf("2017", StringComparison.Ordinal), guessed);
        Assert.StartsWith("Tidak, ", Answers.ForRegion(region, 2017, corrected: false).Body);
        // A right guess is a plain yes; a year whose list is partial is never a firm no, guessed or not.
        Assert.StartsWith("Ya, ", Answers.ForRegion(region, 2019, corrected: false, guessed: true).Body);
        Assert.StartsWith("Belum dapat dipastikan", Answers.ForRegion(region, 2022, corrected: false, guessed: true).Body);
    }

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
