using SmartCity.Bot.Regions;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>Island groups read as their provinces (islands.csv), and a region's cohort event from the calendar.</summary>
public sealed class IslandsAndCohortEventsTests
{
    private static readonly ParticipationAnswers Answers = new(RegionData.Registry);
    private static readonly RegionDataAnswers Data = new(RegionData.Registry, Answers, new CohortEventCards(RegionData.Registry, new CohortEvents(RegionData.Calendar)), recognizer: null!); // the recognizer only weighs documents against data

    [Theory]
    [InlineData("berapa peserta dari kalimantan tahun 2018", "Kalimantan")]
    [InlineData("peserta 2023 dari pulau sumatera siapa saja", "Sumatera")]
    [InlineData("daerah di bali dan nusa tenggara yang ikut", "Bali dan Nusa Tenggara")]
    [InlineData("yang dari tanah papua ada berapa", "Papua")]
    public void An_island_group_is_read_as_itself_not_a_province(string text, string island)
    {
        var query = RegionData.Resolver.Resolve(text);
        Assert.Equal(island, query.Island?.Name);
        Assert.Null(query.Province);
        Assert.Empty(query.Mentions);
        Assert.Contains("xprovince", query.Masked);
    }

    [Theory]
    [InlineData("peserta dari jawa barat", "Jawa Barat")]
    [InlineData("peserta dari papua", "Papua")]
    [InlineData("kalimantan timur ada berapa", "Kalimantan Timur")]
    public void A_province_name_stays_the_province(string text, string province)
    {
        var query = RegionData.Resolver.Resolve(text);
        Assert.Equal(province, query.Province);
        Assert.Null(query.Island);
    }

    [Fact]
    public void Every_province_of_an_island_group_is_a_province_of_the_region_list() =>
        Assert.All(RegionData.Registry.Islands.SelectMany(i => i.Provinces), p => Assert.Contains(p, RegionData.Registry.Provinces));

    // The documents give the 2023 cohort per island group (Sumatera 17, Kalimantan 5, Papua 3): the data agrees.
    [Theory]
    [InlineData("Sumatera", 2023, 17)]
    [InlineData("Kalimantan", 2023, 5)]
    [InlineData("Papua", 2023, 3)]
    [InlineData("Kalimantan", 2018, 4)]
    public void An_island_groups_count_comes_from_the_participant_list(string island, int year, int count)
    {
        var card = Answers.ForIsland(RegionData.Registry.Islands.Single(i => i.Name == island), year);
        Assert.Contains($"({count} daerah)", card.Body);
        Assert.Contains("BPS", card.Source);
    }

    [Theory]
    [InlineData("Kota Sabang", "kapan kota sabang tanda tangan mou?", "28 Februari 2023")]
    [InlineData("Kabupaten Kudus", "tanggal berapa kab kudus menandatangani nota kesepahaman", "8 Mei 2018")]
    [InlineData("Kabupaten Gianyar", "gianyar teken mou kapan", "5 Maret 2024")]
    public void A_date_question_about_a_cohort_event_gets_the_regions_year_and_that_events_date(string region, string question, string date)
    {
        var card = Data.CohortEvent(RegionData.Registry.FindByName(region)!, question);
        Assert.NotNull(card);
        Assert.Contains(date, card.Body);
        Assert.Contains(ParticipationAnswers.DataSource, card.Source);
    }

    [Theory]
    [InlineData("Kota Sabang", "kota sabang ikut tahun berapa?")] // no event named: the participation answer's
    [InlineData("Kota Sabang", "kota sabang teken mou atau tidak?")] // not a date question
    [InlineData("Kota Malang", "kapan kota malang teken mou?")] // in no list: nothing to date
    [InlineData("Kota Sabang", "Kami staf Kota Sabang, peserta 2023. Penandatanganan MoU angkatan 2018 kapan?")] // another cohort's event asked
    public void Other_questions_get_no_cohort_event(string region, string question) =>
        Assert.Null(Data.CohortEvent(RegionData.Registry.FindByName(region)!, question));
}
