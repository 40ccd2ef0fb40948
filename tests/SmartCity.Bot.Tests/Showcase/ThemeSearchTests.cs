using SmartCity.Bot.Showcase;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Conversation;

namespace SmartCity.Bot.Tests.Showcase;

/// <summary>
/// The showcase searched by what a programme does ("bidang kesehatan") and by "another region than this one", from
/// knowledge/data/innovation-themes.json; and the follow-ups that lean on such a card.
/// </summary>
public sealed class ThemeSearchTests : ConversationThroughTheBot
{
    private static InnovationThemes Themes() => InnovationThemes.Load(Path.Combine(RepoPaths.Root, "knowledge", "data"));

    [Fact]
    public void A_field_is_read_from_the_askers_words_and_found_in_the_records_words()
    {
        var themes = Themes();
        var health = themes.In("ada pemda yang bikin layanan ambulans?");
        Assert.Equal("kesehatan", health?.Name);
        var record = new Innovation("Kabupaten Uji", "", "quick win", 2020, "Aplikasi Uji", "Layanan ambulans dan rujukan.",
            new InnovationSource("Portal", "Judul", "2020", "https://contoh.go.id"));
        Assert.Single(themes.Matching(health!, [record]));
        Assert.Null(themes.In("siapa menteri kominfo 2017"));
    }

    [Fact]
    public void Words_with_the_possessive_nya_ask_as_the_words_themselves()
    {
        var themes = Themes();
        Assert.True(themes.AsksExample("daerah mana yang quick winnya soal transportasi"));
        Assert.Equal("transportasi", themes.In("daerah mana yang inovasi transportasinya bagus")?.Name);
    }

    [Fact]
    public async Task A_field_lists_regions_with_records_and_the_next_field_is_a_follow_up()
    {
        const string c = "theme-search-field";
        var health = await Say("kabupaten mana saja yang punya inovasi layanan ambulans?", c, "usaha-t1");
        Assert.Contains("PSC 119", health);
        Assert.Contains("Kabupaten Banyumas", health);
        // Nothing recorded for the next field: said plainly, with the pillar the field belongs to.
        var transport = await Say("kalo lalu lintas?", c, "usaha-t1");
        Assert.Contains("Belum ada", transport);
        Assert.Contains("Smart Living", transport);
    }

    [Fact]
    public async Task The_one_region_a_field_search_finds_is_the_one_pointed_at_next()
    {
        const string c = "theme-search-subject";
        await Say("daerah mana yang punya inovasi layanan ambulans?", c, "usaha-t3");
        var form = await Say("saya ingin kerja sama dengan daerah itu", c, "usaha-t3");
        Assert.Contains("Kabupaten Banyumas", form);
    }

    [Fact]
    public async Task Another_regions_example_is_not_the_region_just_shown()
    {
        const string c = "theme-search-other";
        await Say("etalase inovasi kabupaten grobogan", c, "warga-t2");
        var others = await Say("contoh inovasi di kabupaten lain ada?", c, "warga-t2");
        Assert.Contains("Selain Kabupaten Grobogan", others);
        Assert.Contains("Serbu Gass", others); // the same pillar, smart environment
    }

    [Fact]
    public async Task Asking_the_bot_who_it_is_in_english_is_answered_not_declined()
    {
        var reply = await Say("are you the official smart city assistant?", "theme-search-identity", "peneliti-t3");
        Assert.Contains("SmartCity.Bot", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task Which_regions_work_in_a_field_is_a_search_whoever_asks_and_however_long()
    {
        // No example word ("contoh", "inovasi"): the asking for regions and the field are enough.
        var reply = await Say("Perusahaan kami mengolah limbah rumah tangga. Wilayah mana yang mengurus limbah lewat smart city?", "theme-which-field", "usaha-t7");
        Assert.Contains("Salinmas", reply);
        Assert.DoesNotContain("Tulis namanya", reply);
    }

    [Fact]
    public async Task Which_regions_work_in_a_pillar_is_the_pillars_records()
    {
        var reply = await Say("kab/kota mana yg bergerak di smart economy?", "theme-which-pillar", "usaha-t8");
        Assert.Contains("SIHARPA", reply);
    }

    [Fact]
    public async Task One_region_of_a_field_search_is_asked_about_by_name_then_the_others()
    {
        const string c = "theme-named-region";
        await Say("ada daerah yang punya program bank sampah?", c, "usaha-t9");
        var named = await Say("yang di banyumas itu apa namanya", c, "usaha-t9");
        Assert.Contains("Salinmas", named);
        // The region's card, not the answer to whether it took part ("Ya, … tercatat sebagai peserta …").
        Assert.DoesNotContain("Ya, Kabupaten Banyumas", named);
        var others = await Say("selain banyumas ada lagi?", c, "usaha-t9");
        Assert.DoesNotContain("Ya, Kabupaten Banyumas", others);
        Assert.Contains("Selain Kabupaten Banyumas", others);
    }
}
