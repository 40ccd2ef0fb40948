namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// People who are not officers: a village or kecamatan asking whether it can take part is told who may take part (not
/// the kabupaten's participation); a speaker who says where they are from and asks about another place is answered
/// about that place; a year's count after a region's answer is the year's; "ya udah makasih" closes.
/// </summary>
public sealed class VisitorThreadTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_village_asking_to_join_after_naming_its_regency_hears_who_may_join()
    {
        const string c = "village-head-join";
        Assert.Contains("2017", await Say("saya kepala desa di kabupaten sleman. sleman ikut smart city tahun berapa?", c, "kades-81"));
        var reply = await Say("desa kami bisa daftar juga gak?", c, "kades-81");
        Assert.Matches("(?i)kabupaten dan kota|diundang|undang", reply);
        Assert.DoesNotContain("tercatat sebagai peserta", reply);
    }

    [Fact]
    public async Task A_kecamatan_asking_in_its_introduction_message_hears_who_may_join()
    {
        var reply = await Say("pagi, saya sekcam di kabupaten klaten. apakah kecamatan boleh ikut jadi peserta?", "kecamatan-join", "sekcam-82");
        Assert.Matches("(?i)kabupaten dan kota|diundang|undang", reply);
        Assert.DoesNotContain("Klaten tercatat", reply);
    }

    [Fact]
    public async Task A_village_asking_what_holds_after_joining_is_not_read_as_who_may_join()
    {
        // "setelah ikut" dates the question; the question is the cost, not whether a village may join.
        var reply = await Say("apakah desa harus membayar biaya setelah ikut program?", "village-after-joining", "warga-87");
        Assert.DoesNotContain("tidak mendaftar secara terbuka", reply);
    }

    [Fact]
    public async Task A_named_village_is_not_read_as_who_may_join()
    {
        var reply = await Say("desa Bena ikut smart city ya?", "named-village", "warga-83");
        Assert.Matches("(?i)bena|ngada", reply);
    }

    [Fact]
    public async Task The_closing_sentences_place_is_asked_after_the_speakers_own()
    {
        const string c = "business-other-place";
        var reply = await Say("kami konsultan IT dari kota samarinda. kabupaten purbalingga itu ikut smart city?", c, "biz-84");
        Assert.Contains("Purbalingga", reply);
        Assert.DoesNotContain("Samarinda tercatat", reply);
    }

    [Fact]
    public async Task A_years_count_after_a_regions_answer_is_the_years()
    {
        const string c = "citizen-year-count";
        Assert.Contains("2019", await Say("kota madiun ikut smart city gak?", c, "warga-85"));
        var reply = await Say("tahun 2024 ada berapa peserta seluruhnya?", c, "warga-85");
        Assert.DoesNotContain("Madiun", reply);
        Assert.Matches(@"\b10\b|sepuluh", reply);
    }

    [Fact]
    public async Task A_closing_with_ya_udah_is_thanked()
    {
        const string c = "citizen-closing";
        await Say("apa itu quick win?", c, "warga-86");
        var reply = await Say("ya udah, makasih ya", c, "warga-86");
        Assert.Matches("(?i)sama-sama|senang", reply);
    }
}
