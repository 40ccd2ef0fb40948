using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: an officer correcting the type of their own region ("maksud saya kota, bukan kab")
/// is from the corrected place afterwards; a numbered part asked alone ("tahap 1-nya kapan?") right after an answer
/// about a series numbered by that word is that series' part, not the programme's own first step; a word that only
/// stresses the question ("di mana tepatnya?") leaves a follow-up on the answer it follows; chat thanks ("tks") close;
/// a message with a "kalau" opener naming its own subject is not pulled back to the earlier answer.
/// </summary>
public sealed class OfficerCorrectionAndPartTests : BotWithKnowledge
{
    [Fact]
    public async Task A_correction_to_the_namesake_of_the_own_region_makes_it_the_officers_region()
    {
        const string c = "own-correction";
        Assert.Contains("Kabupaten Probolinggo", await Say("Selamat siang, saya dari Diskominfo Kab Probolinggo. Kami pernah ikut smart city?", c, "u-oc"));
        Assert.Contains("2018", await Say("eh maksud saya kota, bukan kab", c, "u-oc"));
        var reply = await Say("angkatan kami itu ada berapa daerah?", c, "u-oc");
        Assert.Contains("Kota Probolinggo", reply);
        Assert.DoesNotContain("Kabupaten Probolinggo tidak ditemukan", reply);
    }

    [Theory]
    [InlineData("maaf maksud sy kab tapanuli tengah, bukan kota sibolga")]
    [InlineData("eh bukan kota sibolga, maksudnya kabupaten tapanuli tengah")]
    public async Task The_place_after_bukan_in_a_correction_is_the_one_turned_away_from(string correction)
    {
        var c = "bukan-" + correction.Length;
        Assert.Contains("Kota Sibolga", await Say("pagi, sy staf bappeda kota sibolgo, sumut. kami ikut smart city thn brp?", c, "u-bk" + correction.Length));
        var reply = await Say(correction, c, "u-bk" + correction.Length);
        Assert.Contains("Kabupaten Tapanuli Tengah", reply);
        Assert.DoesNotContain("Kota Sibolga", reply);
    }

    [Fact]
    public async Task Only_the_occurrence_after_bukan_is_rejected_when_both_name_the_same_word()
    {
        const string c = "bukan-namesake";
        await Say("sy dr kota kediri", c, "u-bn");
        Assert.Contains("sekarang saya pakai **Kabupaten Kediri**", await Say("bukan kediri kota, maksud saya kabupaten kediri", c, "u-bn"));
    }

    [Fact]
    public async Task The_namesake_asked_without_a_correction_word_leaves_the_own_region()
    {
        const string c = "own-namesake";
        await Say("Saya dari Diskominfo Kabupaten Probolinggo.", c, "u-on");
        Assert.Contains("2018", await Say("kalau Kota Probolinggo ikut tahun berapa?", c, "u-on"));
        Assert.Contains("Kabupaten Probolinggo", await Say("kabupaten kami sendiri ikut tahun berapa?", c, "u-on"));
    }

    [Fact]
    public async Task A_numbered_part_asked_alone_after_a_bimtek_answer_is_the_bimteks_part()
    {
        const string c = "part-of-topic";
        Assert.Contains("2021", await Say("bimtek tahun 2021 mulai kapan?", c, "u-pt"));
        var reply = await Say("tahap 1-nya kapan?", c, "u-pt");
        Assert.Contains("September 2021", reply);
        Assert.DoesNotContain("assessment", reply);
    }

    [Fact]
    public async Task A_numbered_step_asked_with_no_series_before_is_the_programmes_step()
    {
        var reply = await Say("tahap 1 itu apa?", "part-alone", "u-pa");
        Assert.Contains("assessment", reply);
    }

    [Fact]
    public async Task A_place_follow_up_stressed_with_tepatnya_stays_on_the_event_just_answered()
    {
        const string c = "stressed-place";
        Assert.Contains("15 Mei 2019", await Say("saya dari diskominfo kota bontang. MoU angkatan kami ditandatangani kapan?", c, "u-sp"));
        Assert.Contains("Santika", await Say("di mana tepatnya?", c, "u-sp"));
    }

    [Fact]
    public async Task A_kalau_question_naming_its_own_subject_is_not_read_as_the_earlier_event()
    {
        const string c = "own-subject";
        Assert.Contains("15 Mei 2019", await Say("MoU angkatan 2019 ditandatangani kapan?", c, "u-os"));
        var reply = await Say("oke, kalau enam pilar smart city itu apa aja sih?", c, "u-os");
        Assert.Contains("smart governance", reply);
        Assert.Contains("smart environment", reply);
    }

    [Theory]
    [InlineData("tks")]
    [InlineData("mauliate, makasih")]
    public async Task Chat_thanks_close_the_conversation(string thanks)
    {
        const string c = "chat-thanks";
        await Say("kota bontang ikut tahun berapa?", c + thanks, "u-ct");
        var reply = await Say(thanks, c + thanks, "u-ct");
        Assert.Contains("Sama-sama", reply);
    }
}
