using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// A bare name that is both a province and a kota of it ("Jambi", "Bengkulu") beside a region of that province named
/// with its type word is the province; with "kota" before it, or beside a region of another province, it stays the kota.
/// </summary>
public sealed class ProvinceNamedLikeItsKotaTests
{
    private static RegionQuery Resolve(string text) => RegionData.Resolver.Resolve(text);

    [Theory]
    [InlineData("kami dr jambi, diskominfo kab sarolangun", "Jambi", "Kabupaten Sarolangun")]
    [InlineData("sy staf bappeda dari bengkulu, kab kaur", "Bengkulu", "Kabupaten Kaur")]
    public void Beside_a_region_of_that_province_the_name_is_the_province(string text, string province, string region)
    {
        var query = Resolve(text);
        Assert.Equal(province, query.Province);
        Assert.Equal([region], query.Mentions.SelectMany(m => m.Candidates).Select(r => r.Name));
    }

    [Theory]
    [InlineData("kota jambi dan kab muaro jambi ikut kapan?")]
    [InlineData("jambi dan kab sleman ikut kapan?")]
    public void With_its_type_word_or_beside_another_province_it_stays_the_kota(string text) =>
        Assert.Contains("Kota Jambi", Resolve(text).Mentions.SelectMany(m => m.Candidates).Select(r => r.Name));
}
