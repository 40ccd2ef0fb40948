using SmartCity.Bot.Tests.Conversation;

namespace SmartCity.Bot.Tests.Showcase;

/// <summary>
/// A region's showcase asked for one kind of record ("pernah dapat penghargaan?") names that kind's records first, so
/// an award is not buried under the quick wins and document sections; asked for nothing in particular, the card opens
/// as before.
/// </summary>
public sealed class AskedKindFirstTests : ConversationThroughTheBot
{
    [Fact]
    public async Task An_award_question_leads_with_the_regions_awards()
    {
        const string c = "kind-first-award";
        await Say("Kabupaten Bojonegoro ikut tahun berapa?", c, "warga-kf1");
        var card = await Say("mereka pernah dapat penghargaan?", c, "warga-kf1");
        var lead = card.IndexOf("Penghargaan Kabupaten Bojonegoro yang tercatat: Penghargaan dimensi smart governance (2021)", StringComparison.Ordinal);
        Assert.True(lead >= 0, card);
        Assert.True(lead < card.IndexOf("Quick win dan inovasi Kabupaten Bojonegoro", StringComparison.Ordinal), card);
    }

    [Fact]
    public async Task A_plain_showcase_question_opens_with_quick_wins_and_innovations()
    {
        var card = await Say("inovasi kabupaten bojonegoro apa saja", "kind-first-plain", "warga-kf2");
        Assert.Contains("Quick win dan inovasi Kabupaten Bojonegoro", card);
        Assert.DoesNotContain("Penghargaan Kabupaten Bojonegoro yang tercatat", card);
    }
}
