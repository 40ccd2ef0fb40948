namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: right after the provinces were counted, a shorter question asks the count again (of
/// one year, without "peserta"); right after one province's participants were counted, "siapa aja?" is that province's list,
/// and "mereka" next points into it.
/// </summary>
public sealed class ProvinceCountFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_year_asked_after_the_province_counts_is_that_years_count()
    {
        const string c = "province-count-year";
        var first = await Say("dari provinsi apa peserta paling banyak?", c, "u-pcy");
        Assert.Contains("provinsi dengan kabupaten/kota peserta paling banyak", first);
        var reply = await Say("kalau khusus tahun 2024, provinsi mana paling banyak?", c, "u-pcy");
        Assert.Contains("paling banyak pada 2024", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task Without_the_counts_just_shown_the_short_question_is_no_count()
    {
        var reply = await Say("provinsi mana paling banyak?", "province-count-alone", "u-pca");
        Assert.DoesNotContain("provinsi dengan kabupaten/kota peserta paling banyak", reply);
    }

    [Fact]
    public async Task A_bare_list_request_after_a_provinces_count_is_its_participants()
    {
        const string c = "province-count-list";
        var count = await Say("ada berapa kabupaten kota dari jawa barat yang ikut?", c, "u-pcl");
        Assert.Contains("Jawa Barat", count);
        var list = await Say("siapa saja?", c, "u-pcl");
        Assert.Contains("Kota Depok", list);
        Assert.DoesNotContain("di luar cakupan", list);
    }
    [Fact]
    public async Task The_other_end_alone_after_the_province_counts_turns_the_count_round()
    {
        const string c = "province-count-fewest";
        var first = await Say("provinsi mana yang pesertanya paling banyak?", c, "u-pcf");
        Assert.Contains("paling banyak", first);
        var reply = await Say("yang paling sedikit?", c, "u-pcf");
        Assert.Contains("peserta paling sedikit", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task The_other_end_alone_with_nothing_counted_before_is_no_province_count()
    {
        var reply = await Say("yang paling sedikit?", "province-count-fewest-alone", "u-pcfa");
        Assert.DoesNotContain("peserta paling sedikit", reply);
    }
}
