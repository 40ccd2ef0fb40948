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

    [Theory]
    [InlineData("Kabupaten Purbalingga", "Kabupaten Pekalongan", "Ya, ")]  // both 2024
    [InlineData("Kota Surabaya", "Kabupaten Sidoarjo", "Tidak, ")]         // 2018 and 2017
    [InlineData("Kota Solok", "Kabupaten Solok", "Tidak, ")]               // 2024 and 2018: namesakes kept apart
    public void Two_regions_compared_say_yes_or_no_first_with_each_year(string first, string second, string opening)
    {
        var a = RegionData.Registry.FindByName(first)!;
        var b = RegionData.Registry.FindByName(second)!;
        var body = Answers.SameCohort(a, b).Body;
        Assert.StartsWith(opening, body);
        foreach (var year in RegionData.Registry.ParticipationsOf(a).Concat(RegionData.Registry.ParticipationsOf(b)).Select(p => p.Year))
            Assert.Contains(year.ToString(), body);
    }

    [Fact]
    public void A_region_no_list_holds_is_never_compared_as_not_the_same_cohort()
    {
        var listed = RegionData.Registry.FindByName("Kota Bontang")!;
        var unlisted = RegionData.Registry.FindByName("Kota Tual")!;
        Assert.StartsWith("Belum dapat dipastikan", Answers.SameCohort(listed, unlisted).Body);
    }

    [Fact]
    public void A_province_list_holding_only_the_askers_region_says_plainly_that_no_other_took_part()
    {
        var ambon = RegionData.Registry.FindByName("Kota Ambon")!; // the one participant of Maluku
        var alone = Answers.ForProvince(ambon.Province, null, asker: ambon).Body;
        Assert.StartsWith("Selain Kota Ambon, tidak ada", alone);
        Assert.Contains("tidak lengkap", alone); // every year asked: the partial lists may miss one
        // A province with others, or no asker: the list as before.
        var kupang = RegionData.Registry.FindByName("Kota Kupang")!;
        Assert.DoesNotContain("Selain", Answers.ForProvince(kupang.Province, null, asker: kupang).Body);
        Assert.StartsWith("Selain Kota Kupang", Answers.ForProvince(kupang.Province, 2019, asker: kupang).Body);
        Assert.DoesNotContain("Selain", Answers.ForProvince(ambon.Province, null).Body);
    }

    /// <summary>The province's others asked beside one region: none of the span or type asked is said as plainly as none at all.</summary>
    [Fact]
    public void Besides_one_region_no_other_of_the_span_or_type_asked_is_said_plainly()
    {
        var jambi = RegionData.Registry.FindByName("Kota Jambi")!; // the others of Jambi took part in 2023
        var span = Answers.ForProvince(jambi.Province, null, span: new YearRange(2017, 2019), besides: jambi);
        Assert.StartsWith("Selain Kota Jambi, tidak ada kabupaten/kota lain dari Provinsi Jambi yang tercatat sebagai peserta tahun 2017–2019 di data kami", span.Body);
        Assert.Empty(span.Items);
        var jayapura = RegionData.Registry.FindByName("Kota Jayapura")!; // Papua's other participant is a kabupaten
        Assert.StartsWith("Selain Kota Jayapura, tidak ada kota lain dari Provinsi Papua", Answers.ForProvince(jayapura.Province, null, RegionType.Kota, besides: jayapura).Body);
        // Others of the span or type asked: listed after the one left out.
        var wide = Answers.ForProvince(jambi.Province, null, span: new YearRange(2017, 2023), besides: jambi);
        Assert.StartsWith("Selain Kota Jambi, kabupaten/kota di Provinsi Jambi", wide.Body);
        Assert.Contains(wide.Items, i => i.Contains("Kabupaten Sarolangun"));
    }
}
