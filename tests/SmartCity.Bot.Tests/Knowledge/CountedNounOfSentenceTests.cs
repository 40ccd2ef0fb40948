using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A count is answered by the sentence counting what the question counts: "berapa daerah … penghargaan … 2021" was
/// answered with "… penghargaan diberikan dalam 12 kategori" alone, a count of categories, while the next sentence of the
/// same section gives the regions per pillar. The counted noun is read by its index root, and "kabupaten/kota" counts
/// regions as "daerah" does.
/// </summary>
public sealed class CountedNounOfSentenceTests : BotWithKnowledge
{
    [Theory]
    [InlineData("berapa daerah yang dapat penghargaan di 2021")]
    [InlineData("berapa kabupaten/kota yang menerima penghargaan smart living tahun 2021")]
    [InlineData("ada berapa kota penerima award smart economy 2021?")]
    public async Task Regions_awarded_are_answered_with_the_sentence_counting_regions(string question)
    {
        var reply = await Say(question, "counted-" + question.Length);
        Assert.Contains("smart living 16", reply);
    }

    [Fact]
    public async Task Categories_asked_are_still_answered_with_the_categories()
    {
        var reply = await Say("penghargaan tahun 2021 ada berapa kategori?", "counted-categories");
        Assert.Contains("12 kategori", reply);
    }
}
