using SmartCity.Bot.Tests.Conversation;

namespace SmartCity.Bot.Tests.Showcase;

/// <summary>
/// An officer reading their region's quick wins, then naming a pillar: the region's programmes in that pillar
/// (innovations.json), or plainly that the sources name none there — not the pillar's definition. A pillar asked with
/// its own words ("unsurnya apa") is still the pillar's; a region the bot only cited as a pillar's example is not "ours".
/// </summary>
public sealed class RegionPillarFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_pillar_after_the_own_regions_quick_wins_gives_its_programme_in_that_pillar()
    {
        const string c = "region-pillar-ppu";
        await Say("saya operator diskominfo kabupaten penajam paser utara. quick win kabupaten kami apa saja?", c, "petugas-rp1");
        var economy = await Say("yg pilar smart economy apa?", c, "petugas-rp1");
        Assert.Contains("SIHARPA", economy);
        Assert.DoesNotContain("kesejahteraan rakyat", economy);
        var environment = await Say("kalau yang smart environment?", c, "petugas-rp1");
        Assert.Contains("Serbu Gass", environment);
        Assert.DoesNotContain("proteksi lingkungan", environment);
    }

    [Fact]
    public async Task A_pillar_the_sources_do_not_give_for_the_region_is_said_so()
    {
        const string c = "region-pillar-banyumas";
        await Say("saya dari dinkominfo kabupaten banyumas. quick win kami apa aja?", c, "petugas-rp2");
        var got = await Say("yang masuk pilar smart environment yang mana?", c, "petugas-rp2");
        Assert.Contains("tidak menyebut", got);
        Assert.Contains("Salinmas", got);
        Assert.DoesNotContain("proteksi lingkungan", got);
    }

    [Fact]
    public async Task A_pillar_asked_with_its_own_words_is_still_the_pillars()
    {
        const string c = "region-pillar-definition";
        await Say("saya operator diskominfo kabupaten penajam paser utara. quick win kabupaten kami apa saja?", c, "petugas-rp3");
        var got = await Say("kalau pilar smart society unsurnya apa?", c, "petugas-rp3");
        Assert.Contains("komunitas", got);
    }

    // "pilar itu" points at the pillar just answered: a region that answer only cited as the pillar's example (PPU's
    // bank sampah) does not turn the follow-up into that region's quick-win list.
    [Fact]
    public async Task A_follow_up_pointing_at_the_pillar_is_not_about_the_region_its_answer_cited()
    {
        const string c = "pillar-pointed-cited-region";
        var pillar = await Say("pilar yang mengurus sampah apa?", c, "warga-rp9");
        Assert.Contains("Penajam Paser Utara", pillar);
        var got = await Say("contoh kabupaten yang dapat penghargaan di pilar itu", c, "warga-rp9");
        Assert.Contains("Grobogan", got);
        Assert.DoesNotContain("Go PPU", got);
    }
}
