using SmartCity.Bot.Tests.Conversation;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// "bukan, maksudnya …" right after an answer names the thing meant (knowledge/lexicon/pembuka-koreksi.txt): the question
/// again about it, not a rating of the answer; "kalau dibanding X?" after a place answer is the same question about X.
/// </summary>
public sealed class TopicCorrectionTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_corrected_pillar_is_answered_not_rated()
    {
        const string c = "correction-pillar";
        await Say("pilar smart economy itu apa", c, "siswa-c1");
        var reply = await Say("bkn, maksud saya smart society", c, "siswa-c1");
        Assert.Contains("komunitas", reply);
        Assert.DoesNotContain("Terima kasih atas masukannya", reply);
    }

    [Fact]
    public async Task A_correction_without_the_thing_meant_stays_a_rating()
    {
        const string c = "correction-bare";
        await Say("pilar smart economy itu apa", c, "siswa-c2");
        Assert.Contains("Terima kasih atas masukannya", await Say("bukan itu maksud saya", c, "siswa-c2"));
    }

    [Fact]
    public async Task A_place_compared_is_the_same_question_about_it()
    {
        const string c = "compare-place";
        await Say("kota cimahi ikut tahun berapa", c, "warga-c3");
        var reply = await Say("kalau dibandingkan kota bandung?", c, "warga-c3");
        Assert.Contains("Kota Bandung", reply);
        Assert.Contains("2017", reply);
    }
}
