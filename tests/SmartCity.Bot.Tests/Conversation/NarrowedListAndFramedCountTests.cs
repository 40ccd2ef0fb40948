namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: a year said of the regions just listed narrows the list ("which of them joined in
/// 2024?", "yang mana dari mereka yang ikut 2024?") and "the year before" then steps from that year; English "when did it
/// start?" is the launch, not a later evaluation; a reporter's sentence about the topic of the story does not turn a
/// count question into a document search; a region's old name is that region; "that year" and two bare years are
/// read from the participants' figures.
/// </summary>
public sealed class NarrowedListAndFramedCountTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Which_of_them_joined_in_a_year_narrows_the_listed_regions_and_the_year_before_steps_back()
    {
        const string c = "narrowed-list";
        Assert.Contains("Kabupaten Badung", await Say("Which regions in Bali took part?", c, "u-nl"));
        var narrowed = await Say("which of them joined in 2024?", c, "u-nl");
        Assert.Contains("Kabupaten Gianyar", narrowed);
        Assert.DoesNotContain("Kabupaten Badung", narrowed);
        var before = await Say("and the year before?", c, "u-nl");
        Assert.Contains("Kabupaten Buleleng", before);
        Assert.DoesNotContain("Kabupaten Gianyar", before);
        Assert.DoesNotContain("pengingat", before);
    }

    [Fact]
    public async Task Yang_mana_dari_mereka_with_a_year_narrows_the_list()
    {
        const string c = "narrowed-list-id";
        Assert.Contains("Kota Semarang", await Say("daerah mana saja di jawa tengah yang ikut?", c, "u-ni"));
        var narrowed = await Say("yang mana dari mereka yang ikut 2024?", c, "u-ni");
        Assert.Contains("Kabupaten Purbalingga", narrowed);
        Assert.DoesNotContain("Kota Semarang", narrowed);
    }

    [Fact]
    public async Task When_the_programme_started_in_English_is_its_launch()
    {
        var reply = await Say("When did the programme start?", "programme-start", "u-ps");
        Assert.Contains("22 Mei 2017", reply);
        Assert.DoesNotContain("Oktober 2022", reply);
    }

    [Fact]
    public async Task A_reporters_story_topic_before_a_count_question_leaves_the_count()
    {
        var reply = await Say("Selamat pagi, saya wartawan. Saya sedang menyiapkan liputan tentang bagaimana pemerintah pusat mendampingi pemda lewat bimbingan teknis. Untuk datanya, berapa kabupaten/kota yang ikut tahun 2019?",
            "reporter-count", "u-rc");
        Assert.Contains("25 kabupaten/kota", reply);
        Assert.DoesNotContain("Kota Depok mengikuti bimbingan teknis", reply);
    }

    [Fact]
    public async Task A_journalist_introduced_in_English_gets_the_years_count()
    {
        var reply = await Say("I'm a journalist from Singapore. How many cities and regencies joined the programme in 2018?", "journalist-count", "u-jc");
        // Asked in English, answered in English (knowledge/data/english-replies.json).
        Assert.Contains("50 cities and regencies (kabupaten/kota)", reply);
    }

    [Fact]
    public async Task A_regions_old_name_is_that_region()
    {
        var reply = await Say("asli ujung pandang nih, kota sy ikut gerakan smart city ga?", "old-name", "u-on");
        Assert.Contains("Kota Makassar", reply);
        Assert.Contains("2017", reply);
    }

    [Fact]
    public async Task The_province_with_most_participants_that_year_is_of_the_year_spoken_of()
    {
        const string c = "province-that-year";
        Assert.Contains("50 cities and regencies (kabupaten/kota)", await Say("How many cities and regencies joined the programme in 2018?", c, "u-py"));
        var reply = await Say("which province had the most participants that year?", c, "u-py");
        Assert.Contains("pada 2018", reply);
        Assert.Contains("Jawa Tengah", reply);
    }

    [Fact]
    public async Task Two_years_compared_with_nothing_else_are_their_counts()
    {
        var reply = await Say("bandingin 2018 sama 2019 dong", "compare-years", "u-cy");
        Assert.Contains("50", reply);
        Assert.Contains("25", reply);
        Assert.DoesNotContain("pengingat", reply);
    }
}
