namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: after a count of one programme year, an elliptic follow-up naming another year by its
/// ordinal ("kalau tahun kedua?", "and the third year?") asks the same count of that year (cohorts.csv names), in
/// Indonesian and in English, instead of falling out of scope.
/// </summary>
public sealed class OrdinalYearFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task An_english_ordinal_year_after_a_count_counts_that_year()
    {
        const string c = "ordinal-year-en";
        Assert.Contains("25", await Say("how many cities took part in 2017?", c, "u-oy1"));
        var second = await Say("and what about the second year?", c, "u-oy1");
        Assert.Contains("2018", second);
        // Asked in English, answered in English (knowledge/data/english-replies.json).
        Assert.Contains("50 cities and regencies (kabupaten/kota)", second);
        var third = await Say("and the third year?", c, "u-oy1");
        Assert.Contains("2019", third);
        Assert.DoesNotContain("di luar cakupan", third);
    }

    [Theory]
    [InlineData("and in the second year?")]
    [InlineData("and in 2018?")]
    public async Task Another_year_after_a_count_read_as_a_follow_up_asks_the_count_not_the_earlier_question(string next)
    {
        // The count is read with the launch question before it; of another year, the count alone is what is asked
        // (the launch had no second year, and with its words the next year's reading stayed unsure).
        var c = "carried-count-" + next.Length;
        var user = "u-cc" + next.Length;
        Assert.Contains("Makassar", await Say("di mana program ini pertama kali diluncurkan?", c, user));
        Assert.Contains("25", await Say("how many regions signed at that time?", c, user));
        var reply = await Say(next, c, user);
        Assert.Contains("50", reply);
        Assert.Contains("2018", reply);
        Assert.DoesNotContain("belum yakin", reply);
    }

    [Fact]
    public async Task An_indonesian_ordinal_year_after_a_count_counts_that_year()
    {
        const string c = "ordinal-year-id";
        await Say("jumlah peserta 2019 ada berapa?", c, "u-oy2");
        var reply = await Say("klo tahun pertama?", c, "u-oy2");
        Assert.Contains("2017", reply);
        Assert.Contains("25 kabupaten/kota", reply);
    }
}
