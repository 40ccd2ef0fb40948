using System.Text.RegularExpressions;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: an officer's wrong guess of their cohort ("… angkatan 2017 kan?") is answered
/// "Bukan, …" with the year the region took part first, a cohort named by its name ("angkatan pertama") beside "kami"
/// is the guess (not the user's own cohort), and "yang dari provinsi kami" after a cohort's list lists that cohort's
/// participants of the user's own province.
/// </summary>
public sealed class StatedGuessAndOwnProvinceTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_wrong_guess_is_answered_bukan_with_the_right_year_first()
    {
        var reply = await Say("Saya dari Diskominfo Kota Bontang. Kota kami angkatan 2017 kan?", "guess-wrong", "u-gw");
        Assert.Matches(new Regex(@"^\W*Bukan\b"), reply.TrimStart());
        Assert.True(reply.IndexOf("2019", StringComparison.Ordinal) < reply.IndexOf("2017", StringComparison.Ordinal), reply);
    }

    [Fact]
    public async Task A_plain_yes_no_question_keeps_tidak()
    {
        var reply = await Say("Kota Bontang ikut angkatan 2017?", "guess-plain", "u-gp");
        Assert.Matches(new Regex(@"^\W*Tidak\b"), reply.TrimStart());
    }

    [Fact]
    public async Task A_cohort_named_by_name_beside_kami_is_the_guess()
    {
        var reply = await Say("siang, saya dari diskominfo kota pontianak. kita ini termasuk angkatan pertama kan?", "guess-named", "u-gn");
        Assert.Matches(new Regex(@"^\W*Bukan\b"), reply.TrimStart());
        Assert.Contains("2018", reply);
        Assert.DoesNotMatch(new Regex(@"^\W*(Ya|Betul|Benar)\b"), reply.TrimStart());
    }

    [Fact]
    public async Task Own_province_after_a_cohort_list_keeps_the_cohort()
    {
        const string c = "own-province";
        Assert.Contains("Kota Surabaya", await Say("Saya staf Diskominfo Kabupaten Kendal. Daerah seangkatan dengan kami siapa saja?", c, "u-op"));
        var reply = await Say("yang dari provinsi kami siapa?", c, "u-op");
        Assert.Contains("Kabupaten Batang", reply);     // 2018, Jawa Tengah
        Assert.DoesNotContain("Kabupaten Klaten", reply); // Jawa Tengah, but 2019
        Assert.DoesNotContain("Kota Surabaya", reply);    // 2018, another province
    }

    [Fact]
    public async Task A_guess_of_the_own_cohort_after_an_introduction_is_confirmed_from_the_data()
    {
        const string c = "guess-own-later";
        await Say("saya dari kabupaten purwakarta", c, "u-gol");
        var reply = await Say("oh jadi kita angkatan pertama kan?", c, "u-gol");
        Assert.Matches(new Regex(@"^\W*(Untuk Kabupaten Purwakarta[^:]*:\s*)?Ya\b"), reply.TrimStart());
        Assert.Contains("2017", reply);
    }

    [Fact]
    public async Task A_question_word_beside_the_own_cohort_is_still_asked_not_confirmed()
    {
        const string c = "guess-own-asked";
        await Say("saya dari kabupaten purwakarta", c, "u-goa");
        var reply = await Say("angkatan pertama kami MoU-nya di mana ya?", c, "u-goa");
        Assert.DoesNotMatch(new Regex(@"^\W*(Untuk Kabupaten Purwakarta[^:]*:\s*)?Ya\b"), reply.TrimStart());
    }
}
