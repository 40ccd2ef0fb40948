using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// "yang paling baru ikut yang mana" right after a list of regions is asked of that list; a question about the user's
/// own region ("… kami") with the same word asks about the user's own steps, not the list, through the real /api/messages.
/// </summary>
public sealed class ListedByYearTests : BotWithKnowledge
{
    private const string Opening = "saya dari bappeda kabupaten klaten";
    private const string Listing = "peserta dari jateng siapa aja";

    [Fact]
    public async Task The_newest_of_a_listed_province_is_named_from_the_list()
    {
        const string conversation = "listed-newest";
        await Say(Opening, conversation);
        await Say(Listing, conversation);
        var reply = await Say("yang paling baru ikut yang mana", conversation);
        Assert.Contains("Dari daftar tadi", reply);
        Assert.Contains("Kabupaten Purbalingga", reply);
    }

    [Theory]
    [InlineData("rapat terakhir kami kapan ya")]
    [InlineData("bimtek paling baru daerah kami kapan")]
    public async Task A_question_about_the_users_own_region_is_not_read_against_the_list(string question)
    {
        var conversation = "listed-own-" + question.GetHashCode();
        await Say(Opening, conversation);
        await Say(Listing, conversation);
        var reply = await Say(question, conversation);
        Assert.DoesNotContain("Dari daftar tadi", reply);
    }
}
