using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// A place named only where the speaker says who they are: a request asking a year's or a province's list that names no
/// kabupaten/kota of its own is read as the list (participation, the place left out); anything else is left as read.
/// </summary>
public sealed class SettingPlacesTests
{
    private static readonly Region Surabaya = new("35.78", "Kota Surabaya", RegionType.Kota, "35", "Jawa Timur");

    private static Recognition Read(string intent, string request, bool asksList = true, string? province = null, bool ownCohort = false)
    {
        var regions = new RegionQuery([new RegionMention("surabaya", [Surabaya])], province, null, "kantor kami di surabaya " + request);
        var entities = new Entities(regions, 2023, null, null, null, OwnRegion: true, OwnCohort: ownCohort, SameYear: false, AsksList: asksList)
        {
            Request = request,
            RequestIsLastQuestion = true,
        };
        return new Recognition("…", [new IntentScore(intent, 0.6), new IntentScore(IntentNames.Participation, 0.4)], entities);
    }

    [Theory]
    [InlineData(IntentNames.Collaboration)]
    [InlineData(IntentNames.Participation)]
    public void A_year_list_asked_after_the_setting_is_the_list(string intent)
    {
        var read = SettingPlaces.ListAsked(Read(intent, "siapa saja peserta smart city tahun xyear"));
        Assert.Equal(IntentNames.Participation, read.TopIntent);
        Assert.Empty(read.Entities.Regions.Mentions);
        Assert.Null(read.Entities.Regions.Province);
    }

    [Fact]
    public void A_province_in_the_request_stays()
    {
        var read = SettingPlaces.ListAsked(Read(IntentNames.Participation, "daerah xprovince mana saja yang ikut tahun xyear", province: "Jawa Tengah"));
        Assert.Empty(read.Entities.Regions.Mentions);
        Assert.Equal("Jawa Tengah", read.Entities.Regions.Province);
    }

    [Theory]
    [InlineData("apakah xregion ikut tahun xyear siapa saja", true, false)] // the request names a place itself
    [InlineData("siapa saja peserta smart city", true, false)]              // no year nor province asked
    [InlineData("bagaimana cara kerja sama tahun xyear", false, false)]       // not a list
    [InlineData("siapa saja yang seangkatan tahun xyear", true, true)]        // tied to the speaker's cohort
    public void Anything_else_is_left_as_read(string request, bool asksList, bool ownCohort)
    {
        var original = Read(IntentNames.Collaboration, request, asksList, ownCohort: ownCohort);
        Assert.Same(original, SettingPlaces.ListAsked(original));
    }

    [Fact]
    public void Another_intent_is_left_as_read()
    {
        var original = Read(IntentNames.ProgrammeQuestion, "siapa saja peserta smart city tahun xyear");
        Assert.Same(original, SettingPlaces.ListAsked(original));
    }
}
