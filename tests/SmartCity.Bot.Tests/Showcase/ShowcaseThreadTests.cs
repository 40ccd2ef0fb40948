using SmartCity.Bot.Tests.Conversation;

namespace SmartCity.Bot.Tests.Showcase;

/// <summary>
/// A citizen or a business reading a region's showcase and leaning on it: "itu tahun berapa" asks about what the card
/// showed (its award), not the region's participation; "dia" is the region just shown; a programme named by its title
/// makes its region the one "mereka" points at.
/// </summary>
public sealed class ShowcaseThreadTests : ConversationThroughTheBot
{
    [Fact]
    public async Task That_year_after_a_showcase_is_the_awards_not_the_participation()
    {
        const string c = "showcase-thread-year";
        Assert.Contains("Smart Society", await Say("etalase kota yogyakarta", c, "warga-s1"));
        var year = await Say("itu tahun berapa sih", c, "warga-s1");
        Assert.Contains("2022", year);
        Assert.DoesNotContain("angkatan 2018", year);
    }

    [Fact]
    public async Task A_pronoun_after_a_showcase_is_the_region_shown()
    {
        const string c = "showcase-thread-pronoun";
        await Say("inovasi kota semarang apa saja", c, "warga-s2");
        var got = await Say("dia memperoleh apa?", c, "warga-s2");
        Assert.Contains("Kota Semarang", got);
        Assert.Contains("Smart Economy", got);
    }

    [Fact]
    public async Task A_programme_named_by_its_title_makes_its_region_the_subject()
    {
        const string c = "showcase-thread-programme";
        await Say("aplikasi sinotika itu buat apa", c, "warga-s3");
        var joined = await Say("mereka ikut tahun berapa", c, "warga-s3");
        Assert.Contains("Kabupaten Temanggung", joined);
        Assert.Contains("2021", joined);
    }

    [Fact]
    public async Task Its_quick_wins_after_whether_a_region_took_part_are_that_regions()
    {
        const string c = "showcase-thread-its-quick-wins";
        await Say("kota palembang termasuk peserta?", c, "warga-s4");
        var got = await Say("inovasinya apa", c, "warga-s4");
        // Nothing recorded for it: said of the region, not what an innovation or a quick win is.
        Assert.Contains("Kota Palembang", got);
        Assert.Contains("Belum ada data inovasi", got);
    }
}
