using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// "yang di &lt;provinsi&gt;?" right after a list whose lines say where each item is: the one line naming that province
/// answers, with the list's source; without such a list the province's participants answer as before.
/// </summary>
public sealed class ListLineFollowUpTests : BotWithKnowledge
{
    [Fact]
    public async Task A_province_after_a_list_of_destinations_picks_its_line_and_the_list_stays()
    {
        const string c = "list-line";
        Assert.Contains("Likupang", await Say("sebutkan kawasan pariwisata prioritas tahun 2021 beserta provinsinya", c));
        var line = await Say("yang di sulawesi utara?", c);
        Assert.Contains("Likupang", line);
        Assert.DoesNotContain("Borobudur", line);
        Assert.Contains("Sumber:", line);
        Assert.Contains("Borobudur", await Say("yang di jawa tengah?", c)); // the list is still the one pointed into
    }

    [Fact]
    public async Task A_province_with_no_list_before_it_gets_its_participants()
    {
        var reply = await Say("yang di jawa tengah?", "list-line-none");
        Assert.DoesNotContain("Dari daftar tadi", reply);
        Assert.Contains("Jawa Tengah", reply);
    }
}
