using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// The words a checklist answer is read past (entities.json fillers and checklistHedges) are one list: an answer opening a
/// longer message may also follow an acknowledgement (checklistAcknowledgements), which alone keeps its own reading.
/// </summary>
public sealed class ChecklistOpenerTests
{
    private static Entities Entities(string text) => UnderstandingData.Recognizer.Recognize(text).Entities;

    [Theory]
    [InlineData("sip, kayaknya sudah, perwalinya terbit kemarin", "sudah")]
    [InlineData("oke deh, belum ada dokumennya", "belum")]
    [InlineData("mungkin belum, masih disusun tim", "belum")]
    public void An_answer_after_acknowledgements_fillers_or_hedges_opens_the_message(string text, string value) =>
        Assert.Equal(value, Entities(text).ChecklistLead);

    [Theory]
    [InlineData("kayaknya belum", "belum")]
    [InlineData("udah dong", "sudah")]
    public void A_hedge_or_filler_around_a_whole_answer_is_read_past(string text, string value) =>
        Assert.Equal(value, Entities(text).ChecklistValue);

    [Fact]
    public void An_acknowledgement_is_read_past_only_before_an_answer_that_opens_a_longer_message() =>
        Assert.Null(Entities("oke, masterplan kami gimana").ChecklistLead);
}
