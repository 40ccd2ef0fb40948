using SmartCity.Bot.Regions;
using SmartCity.Bot.Tests.Regions;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: an officer asking whether their region and another share a cohort gets a yes or no
/// with both years (not the other region's cohort list), "kalau sama Y?" compares the next, and a list of the officer's
/// province that holds only their own region says so plainly.
/// </summary>
public sealed class CohortComparisonTests : ConversationThroughTheBot
{
    [Fact]
    public async Task The_own_region_and_another_are_compared_and_then_the_next_one()
    {
        const string c = "compare";
        await Say("Halo, saya dari Diskominfo Kota Surabaya. Surabaya masuk angkatan berapa?", c, "u-cmp");
        var first = await Say("kami sama Kabupaten Sidoarjo seangkatan gak?", c, "u-cmp");
        Assert.StartsWith("Tidak, Kota Surabaya dan Kabupaten Sidoarjo tidak seangkatan", first);
        Assert.DoesNotContain("Kota Bandung", first); // not the 2017 list
        var next = await Say("kalau sama Gresik?", c, "u-cmp");
        Assert.Contains("Kabupaten Gresik tidak seangkatan", next);
    }

    [Fact]
    public async Task The_comparisons_cohort_button_lists_the_first_regions_cohort()
    {
        var button = new ParticipationAnswers(RegionData.Registry).SameCohort(RegionData.Registry.FindByName("Kota Surabaya")!, RegionData.Registry.FindByName("Kabupaten Sidoarjo")!).FollowUps[1];
        var reply = await Say(button, "compare-button", "u-cb"); // a button posts its title back as the user's message
        Assert.Contains("2018", reply);
        Assert.Contains("Kota Medan", reply); // a 2018 participant: the cohort list, not Surabaya's own card
    }

    [Fact]
    public async Task Two_regions_in_an_introduction_make_the_first_the_askers_own()
    {
        const string c = "compare-intro";
        var reply = await Say("Siang, saya Kasubbag Program Dinkominfo Kabupaten Purbalingga. Kami sama Kabupaten Pekalongan seangkatan tidak?", c, "u-ci");
        Assert.StartsWith("Ya, Kabupaten Purbalingga dan Kabupaten Pekalongan seangkatan", reply);
        Assert.Contains("Kabupaten Purbalingga dan Kabupaten Banyumas tidak seangkatan", await Say("kalau dengan Kabupaten Banyumas?", c, "u-ci"));
        Assert.Contains("5 Maret 2024", await Say("angkatan kami MoU-nya kapan?", c, "u-ci")); // still the asker's cohort
    }

    [Fact]
    public async Task A_list_question_naming_a_cohort_word_and_a_region_is_not_a_comparison()
    {
        const string c = "compare-list";
        await Say("saya dari Diskominfo Kota Surabaya", c, "u-cl");
        Assert.DoesNotContain("seangkatan:", await Say("siapa saja yang seangkatan dengan Kabupaten Sidoarjo?", c, "u-cl"));
    }

    [Fact]
    public async Task The_own_province_with_nobody_else_is_said_plainly()
    {
        const string c = "own-province";
        await Say("slmt siang, sy admin diskominfo kota bengkulu. kota bengkulu angkatan berapa ya?", c, "u-op");
        var reply = await Say("dari provinsi kami yg lain siapa aja yg ikut?", c, "u-op");
        Assert.StartsWith("Selain Kota Bengkulu, tidak ada", reply);
    }
}
