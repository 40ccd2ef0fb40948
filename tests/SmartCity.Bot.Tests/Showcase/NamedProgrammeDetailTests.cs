using SmartCity.Bot.Tests.Conversation;

namespace SmartCity.Bot.Tests.Showcase;

/// <summary>
/// A programme named by its title is answered with its card (region, year, pillar); a sum of money asked of it that the
/// card does not state is left to the documents, which say they do not give it (OffTopic.AsksUnstatedDetail), rather
/// than the card being shown as if it answered.
/// </summary>
public sealed class NamedProgrammeDetailTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_cost_the_card_does_not_state_is_not_answered_with_the_card()
    {
        var reply = await Say("berapa biaya pembuatan Depok Smart Pole?", "named-cost", "warga-npd1");
        Assert.DoesNotContain("adalah quick win Kota Depok", reply);
        Assert.Contains("belum yakin", reply);
    }

    [Fact]
    public async Task The_programme_itself_is_still_answered()
    {
        var reply = await Say("Depok Smart Pole itu program pilar apa?", "named-pillar", "warga-npd2");
        Assert.Contains("smart living", reply, StringComparison.OrdinalIgnoreCase);
    }
}
