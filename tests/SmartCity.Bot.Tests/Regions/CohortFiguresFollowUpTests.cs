using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// The cohorts' figures through the real /api/messages: asked after a greeting and who asks, and followed by another
/// year or an extreme alone ("kalau 2024?") — the same count of that year, not a documents passage about another one.
/// </summary>
public sealed class CohortFiguresFollowUpTests : BotWithKnowledge
{
    [Theory]
    [InlineData("selamat pagi, saya jurnalis. boleh minta data jumlah peserta tiap tahun?")]
    [InlineData("halo, sy wartawan, mau tanya jumlah peserta per tahun")]
    public async Task Figures_asked_after_a_greeting_and_who_asks_are_the_cohorts_figures(string question)
    {
        var reply = await Say(question, "cohort-framed-" + question.GetHashCode());
        Assert.Contains("per angkatan", reply);
        Assert.Contains("**2024**: 10", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task Another_year_or_an_extreme_alone_after_figures_is_the_same_count()
    {
        const string conversation = "cohort-follow-up";
        await Say("berapa jumlah peserta dari 2017 sampai 2023", conversation);
        var next = await Say("kalau 2024?", conversation);
        Assert.Contains("**2024**", next);
        Assert.Contains("**10 kabupaten/kota**", next);
        var earlier = await Say("dibanding 2017?", conversation);
        Assert.Contains("**25 kabupaten/kota**", earlier);
        var most = await Say("paling banyak tahun berapa", conversation);
        Assert.Contains("paling banyak", most);
        Assert.Contains("**50 kabupaten/kota**", most);
    }

    [Fact]
    public async Task A_bare_list_request_after_a_year_read_as_the_same_count_lists_that_year()
    {
        const string conversation = "cohort-follow-up-list";
        await Say("berapa jumlah peserta dari 2017 sampai 2023", conversation);
        Assert.Contains("**10 kabupaten/kota**", await Say("kalau 2024?", conversation));
        var listed = await Say("siapa saja?", conversation);
        Assert.Contains("peserta tahun 2024", listed);
        Assert.DoesNotContain("Forum", listed);
    }

    [Fact]
    public async Task A_bare_before_or_after_right_after_one_years_count_is_the_neighbouring_cohorts_count()
    {
        const string conversation = "cohort-bare-neighbour";
        Assert.Contains("**10 kabupaten/kota**", await Say("peserta tahun 2024 ada berapa", conversation));
        var before = await Say("sebelumnya?", conversation);
        Assert.Contains("**2023**", before);
        Assert.DoesNotContain("pengingat", before);
        // The cohort before 2021 is 2019: 2020 had none.
        await Say("kalau 2021?", conversation);
        var english = await Say("and before that?", conversation);
        Assert.Contains("**2019**", english);
        // Asked in English, answered in English (knowledge/data/english-replies.json).
        Assert.Contains("**25 cities and regencies (kabupaten/kota)**", english);
        Assert.Contains("**2021**", await Say("setelah itu?", conversation));
    }

    [Theory]
    [InlineData("total so far?")]
    [InlineData("totalnya sampai sekarang?")]
    public async Task A_total_alone_right_after_one_years_count_is_every_cohort_summed(string total)
    {
        var conversation = "cohort-total-after-year-" + total.GetHashCode();
        await Say("How many cities took part in 2019?", conversation);
        var reply = await Say(total, conversation);
        Assert.Contains("**251**", reply);
        Assert.DoesNotContain("Inovasi kabupaten/kota mana", reply);
    }

    [Fact]
    public async Task A_bare_before_without_a_years_count_is_not_a_cohort()
    {
        var reply = await Say("sebelumnya?", "cohort-bare-neighbour-none");
        Assert.DoesNotContain("kabupaten/kota**.", reply);
    }

    [Fact]
    public async Task A_year_alone_without_figures_before_is_not_read_as_a_count()
    {
        var reply = await Say("kalau 2024?", "cohort-no-figures");
        Assert.DoesNotContain("**10 kabupaten/kota**", reply);
    }
    [Fact]
    public async Task Two_years_compared_right_after_a_years_count_are_the_two_cohorts_sizes()
    {
        const string conversation = "cohort-compare-after-count";
        await Say("berapa peserta tahun 2023?", conversation);
        var reply = await Say("bandingin 2023 sama 2024 dong", conversation);
        Assert.Contains("selisih 40", reply);
        Assert.DoesNotContain("pengingat", reply, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How many took part, naming no year: every cohort's count; after a year's list, that year's count.</summary>
    [Fact]
    public async Task A_yearless_count_is_every_cohort_unless_the_conversation_is_on_a_year()
    {
        var alone = await Say("ada berapa kabupaten dan kota yang ikut program ini", "cohort-yearless");
        Assert.Contains("**2024**: 10", alone);
        Assert.Contains("daerah berbeda", alone);
        const string conversation = "cohort-yearless-after-year";
        await Say("peserta 2019 siapa saja", conversation);
        var ofYear = await Say("ada berapa daerah yang ikut?", conversation);
        Assert.Contains("2019", ofYear);
        Assert.DoesNotContain("**2024**: 10", ofYear);
    }
}
