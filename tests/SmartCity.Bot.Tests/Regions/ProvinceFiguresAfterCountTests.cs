using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// Through the real /api/messages: right after one year's participants were counted, "which province had the most that
/// year?" is the province count of that year even without a word for taking part — the count just given says what is
/// counted. Without a count before, the same words stay no province count.
/// </summary>
public sealed class ProvinceFiguresAfterCountTests : BotWithKnowledge
{
    [Fact]
    public async Task The_most_province_right_after_a_years_count_is_that_years_province_count()
    {
        const string conversation = "province-after-count";
        // An English question is answered in English (knowledge/data/english-replies.json).
        Assert.Contains("**50 cities and regencies (kabupaten/kota)**", await Say("and how many joined in 2023?", conversation));
        var reply = await Say("which province had the most that year?", conversation);
        // 2023: six in Jawa Timur (participants.csv), the most of any province.
        Assert.Contains("**Jawa Timur** (6 kabupaten/kota)", reply);
        Assert.DoesNotContain("belum yakin", reply);
    }

    [Fact]
    public async Task Without_a_count_before_the_same_words_are_no_province_count()
    {
        var reply = await Say("which province had the most that year?", "province-without-count");
        Assert.DoesNotContain("(6 kabupaten/kota)", reply);
    }
}
