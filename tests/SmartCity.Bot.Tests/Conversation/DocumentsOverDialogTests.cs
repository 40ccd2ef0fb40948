
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: messages whose words lean to a dialog but which the documents answer. An English
/// follow-up naming no subject ("where was that?") after the MoU's date is about that event, not the contact desk,
/// while a clear contact question still gets the desk; a date asked about a region the documents write of by name is
/// their history, not a deadline of the current cycle, while a question in the calendar's own words stays the calendar's.
/// </summary>
public sealed class DocumentsOverDialogTests : ConversationThroughTheBot
{
    [Fact]
    public async Task An_unclear_contact_reading_of_a_short_follow_up_gives_way_to_the_event_just_answered()
    {
        const string c = "docs-over-contact";
        Assert.Contains("2019", await Say("which year did Kota Kupang join?", c, "u-dc"));
        Assert.Contains("15 Mei 2019", await Say("when did they sign the MoU?", c, "u-dc"));
        var where = await Say("where was that?", c, "u-dc");
        Assert.Contains("Santika", where);
        Assert.DoesNotContain("Diskominfo", where);
        Assert.Contains("Tjahjo", await Say("who opened that one?", c, "u-dc"));
        // The test calendar names no contact desk; what matters is that a clear contact question is not the event's.
        Assert.DoesNotContain("Santika", await Say("siapa yang bisa saya tanya?", c, "u-dc"));
    }

    [Fact]
    public async Task A_date_the_documents_give_for_a_named_region_is_not_read_as_a_deadline()
    {
        Assert.Contains("10 November 2017", await Say("kata pengantar masterplan cirebon tgl brp", "docs-over-deadline-1", "u-dd"));
        Assert.DoesNotContain("10 November 2017", await Say("batas waktu masterplan cirebon kapan", "docs-over-deadline-2", "u-dd"));
    }
}
