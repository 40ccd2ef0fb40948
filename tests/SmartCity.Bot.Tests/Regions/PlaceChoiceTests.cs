using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// A short reply to "Kota X atau Kabupaten X?" naming only the type or the province picks one of the places offered;
/// a longer message, a reply naming both types, or one that leaves several is no choice.
/// </summary>
public sealed class PlaceChoiceTests
{
    private static IReadOnlyList<Region> Offered(string name) =>
        RegionData.Resolver.Resolve(name).Mentions.SelectMany(m => m.Candidates).ToList();

    private static Region? Pick(string offeredName, string reply) =>
        PlaceChoice.Narrow(Offered(offeredName), RegionData.Resolver.Resolve(reply), RegionData.Words.Names);

    [Theory]
    [InlineData("magelang", "yang kabupaten", "Kabupaten Magelang")]
    [InlineData("magelang", "kotanya", "Kota Magelang")]
    [InlineData("magelang", "maksud saya pemkab", "Kabupaten Magelang")]
    [InlineData("banjar", "yang di Kalimantan Selatan", "Kabupaten Banjar")]
    [InlineData("banjar", "yang jawa barat", "Kota Banjar")]
    public void A_type_word_or_a_province_picks_the_place(string offered, string reply, string expected)
    {
        Assert.True(Offered(offered).Count > 1);
        Assert.Equal(expected, Pick(offered, reply)?.Name);
    }

    [Theory]
    [InlineData("magelang", "kota atau kabupaten sama saja")]
    [InlineData("magelang", "kabupaten mana saja yang ikut smart city tahun itu")]
    [InlineData("magelang", "yang di Jawa Tengah")]
    [InlineData("magelang", "iya")]
    public void No_choice_when_the_reply_does_not_narrow_to_one(string offered, string reply) =>
        Assert.Null(Pick(offered, reply));
}
