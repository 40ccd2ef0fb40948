
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: questions whose words lean to another capability reach the one that answers them —
/// a region's past event is history (not the programme's deadlines ahead), "kalau Kabupaten X ikut tahun berapa?" is
/// the participation data, an introduced officer's "kami ikut tahun berapa" is their year (not a count per year),
/// and "itu … ya?" right after an answer asks about it.
/// </summary>
public sealed class MisroutedQuestionTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_regions_last_bimtek_is_not_answered_with_the_deadlines_ahead()
    {
        var reply = await Say("Kabupaten Banyumas terakhir kali bimtek kapan?", "misroute-past", "u-mp");
        Assert.DoesNotContain("Tenggat", reply);
        Assert.Contains("Kabupaten Banyumas", reply);
    }

    [Fact]
    public async Task A_participation_question_opened_with_kalau_mid_conversation_gets_the_regions_year()
    {
        const string c = "misroute-kalau";
        Assert.Contains("2019", await Say("Kota Madiun ikut tahun berapa?", c, "u-mk"));
        var reply = await Say("kalau Kabupaten Tegal ikutnya tahun berapa?", c, "u-mk");
        Assert.Contains("Kabupaten Tegal", reply);
        Assert.Contains("2023", reply);
        Assert.DoesNotContain("bernama sama", reply);
    }

    [Fact]
    public async Task An_introduced_officer_asking_their_year_gets_it_not_the_count_per_year()
    {
        var reply = await Say("Saya admin diskominfo Kabupaten Klaten, mau tanya daerah kami ikut tahun berapa", "misroute-intro", "u-mi");
        Assert.Contains("Kabupaten Klaten", reply);
        Assert.Contains("2019", reply);
        Assert.DoesNotContain("per angkatan", reply);
    }

    [Fact]
    public async Task A_question_pointing_at_the_event_just_answered_is_not_read_as_are_you_there()
    {
        const string c = "misroute-presence";
        Assert.Contains("20 Mei 2021", await Say("kapan mou 2021 ditandatangani?", c, "u-mo"));
        var reply = await Say("itu online ya?", c, "u-mo");
        Assert.DoesNotContain("masih di sini", reply);
        Assert.Contains("masih di sini", await Say("masih online kah", c, "u-mo"));
    }
}
