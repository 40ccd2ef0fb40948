using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Collaboration;

/// <summary>
/// A count question whose words lean as much to "status of my request" as to participation: with no request word or
/// number the status desk would hand the message on, so it is no side of a "which did you mean" question.
/// </summary>
public sealed class RequestStatusTieTests : BotWithKnowledge
{
    [Fact]
    public async Task A_count_by_province_is_answered_not_asked_back_as_a_request_status()
    {
        var reply = await Say("2019 yg dari jawa tengah ada brp daerah", "tie-count");
        Assert.DoesNotContain("Status permintaan kolaborasi", reply);
        Assert.Contains("Jawa Tengah", reply);
    }

    [Fact]
    public async Task A_request_number_still_goes_to_the_status_desk()
    {
        var reply = await Say("status permintaan KOL-7F3K9Q gimana", "tie-status", "citizen-2");
        Assert.Contains("KOL-7F3K9Q", reply);
    }
}
