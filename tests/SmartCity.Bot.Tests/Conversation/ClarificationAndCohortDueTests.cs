using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages, the shipped knowledge: the short reply to "Kota X atau Kabupaten X?" (a type word or a
/// province) picks the place, which then answers "angkatan kami"; an officer of a past cohort asking when the masterplan is
/// due hears the cohort's due time before the current cycle's sample; how many were in one's own cohort is the
/// participant data's; back to one's own region after another, "tahun itu" is one's own cohort.
/// </summary>
public sealed class ClarificationAndCohortDueTests : BotWithKnowledge
{
    [Fact]
    public async Task A_type_word_answers_which_namesake_and_the_cohort_follows_it()
    {
        const string c = "type-word-choice";
        var asked = await Say("cek status magelang", c, "u-tw");
        Assert.Contains("Kota Magelang", asked);
        Assert.Contains("Kabupaten Magelang", asked);
        var picked = await Say("kabupatennya", c, "u-tw");
        Assert.Contains("Kabupaten Magelang", picked);
        Assert.DoesNotContain("tidak menemukan", picked);
        Assert.Contains("8 Mei 2018", await Say("tanggal MoU angkatan kami kapan?", c, "u-tw"));
    }

    [Fact]
    public async Task A_province_answers_which_namesake()
    {
        const string c = "province-choice";
        Assert.Contains("Kota Banjar", await Say("cek status Banjar", c, "u-pc"));
        var picked = await Say("yang di Kalimantan Selatan", c, "u-pc");
        Assert.Contains("Kabupaten Banjar", picked);
        Assert.Contains("2019", picked);
    }

    [Fact]
    public async Task A_past_cohort_hears_its_own_due_time_before_the_sample_cycle()
    {
        const string c = "cohort-due";
        Assert.Contains("2019", await Say("saya staf diskominfo Kota Madiun, kami ikut tahun berapa?", c, "u-cd"));
        var reply = await Say("batas waktu masterplan kami sebenarnya kapan?", c, "u-cd");
        Assert.Contains("akhir 2019", reply);
        var cohort = reply.IndexOf("akhir 2019", StringComparison.Ordinal);
        var sample = reply.IndexOf("CONTOH", StringComparison.Ordinal);
        Assert.True(sample < 0 || cohort < sample, reply);
    }

    [Fact]
    public async Task How_many_were_in_ones_own_cohort_is_counted_from_the_data()
    {
        const string c = "own-cohort-total";
        await Say("saya operator Kabupaten Lebak, kami ikut tahun berapa?", c, "u-oc");
        var reply = await Say("total daerah seangkatan kami berapa daerah?", c, "u-oc");
        Assert.Contains("50 daerah", reply);
        Assert.DoesNotContain("191", reply);
    }

    [Fact]
    public async Task Back_to_ones_own_region_that_year_is_ones_own_cohort()
    {
        const string c = "back-to-own";
        Assert.Contains("2019", await Say("kami dari Pemkot Kediri, ikut tahun berapa?", c, "u-bo"));
        Assert.Contains("2023", await Say("kalau Kabupaten Kediri ikut kapan?", c, "u-bo"));
        var reply = await Say("oke balik ke kota kami. yang lolos tahun itu ada berapa daerah?", c, "u-bo");
        Assert.Contains("2019", reply);
        Assert.DoesNotContain("2023", reply);
    }
}
