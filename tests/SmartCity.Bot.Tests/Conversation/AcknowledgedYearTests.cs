namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: "oh 2017. dari &lt;provinsi&gt; siapa lagi" repeats the year just answered only to take
/// it in, so the province's list is not narrowed to that year; a different year in the same place still narrows it.
/// </summary>
public sealed class AcknowledgedYearTests : ConversationThroughTheBot
{
    [Fact]
    public async Task The_year_just_answered_repeated_as_an_acknowledgment_does_not_narrow_the_province_list()
    {
        const string c = "ack-year-same";
        Assert.Contains("2017", await Say("kabupaten banyuwangi ikut gmsc tahun berapa ya?", c, "u-ay1"));
        var reply = await Say("ooh 2017 ya. nah dari jatim siapa aja lagi yang ikut?", c, "u-ay1");
        Assert.Contains("2018", reply);
        Assert.Contains("Kota Surabaya", reply);
    }

    [Fact]
    public async Task Another_year_in_the_first_sentence_still_narrows_the_list()
    {
        const string c = "ack-year-other";
        await Say("kabupaten banyuwangi ikut gmsc tahun berapa ya?", c, "u-ay2");
        var reply = await Say("oke 2018. dari jatim siapa saja?", c, "u-ay2");
        Assert.Contains("Kota Surabaya", reply);
        Assert.DoesNotContain("Kabupaten Gresik", reply);
    }
}
