using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>How many kabupaten/kota Indonesia or a province has, counted from regions.csv: what is read as such, and the reply.</summary>
public sealed class RegionTotalsTests
{
    private static readonly RegionTotals Totals = new(RegionData.Registry, RegionData.Resolver);

    [Theory]
    [InlineData("brp jumlah kab/kota se-indonesia", null)]
    [InlineData("How many regencies are there in Indonesia?", null)]
    [InlineData("sulawesi selatan punya berapa kabupaten", "Sulawesi Selatan")]
    [InlineData("ada berapa kota di provinsi jawa barat", "Jawa Barat")]
    public void A_count_of_an_areas_regions_is_read_with_its_area(string text, string? province)
    {
        var area = Totals.Read(text, Lexicon.Current);
        Assert.NotNull(area);
        Assert.Equal(province, area.Province);
    }

    // Participants counted, provinces counted, a year, a region, or no area: the cohorts' counts or the documents answer.
    [Theory]
    [InlineData("berapa peserta dari jawa barat")]
    [InlineData("berapa kabupaten yang ikut di indonesia")]
    [InlineData("ada berapa provinsi di indonesia")]
    [InlineData("berapa kota di indonesia tahun 2019")]
    [InlineData("berapa kabupaten kota")]
    [InlineData("kota bandung ada berapa kecamatan")]
    public void Anything_else_is_not_read_as_a_count_of_regions(string text) => Assert.Null(Totals.Read(text, Lexicon.Current));

    [Fact]
    public void The_reply_counts_kabupaten_and_kota_of_the_data_and_the_recorded_participants_among_them()
    {
        var regions = RegionData.Registry.Regions.Where(r => r.Province == "Bali").ToList();
        var reply = Totals.Compose("Bali");
        Assert.Contains($"Provinsi Bali memiliki **{regions.Count} kabupaten/kota**", reply);
        Assert.Contains($"{regions.Count(r => r.Type == RegionType.Kota)} kota", reply);
        // Each recorded participant of the province is named with its year.
        Assert.Contains("Kabupaten Badung (2017)", reply);
        Assert.Contains($"**{RegionData.Registry.Regions.Count}", Totals.Compose(null));
    }
}
