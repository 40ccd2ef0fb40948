using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Conversation;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A follow-up naming no subject of its own is read with the topic: an hour or a contact the topic's section does not
/// write out is said to be missing there (not declined as out of scope), and words of the earlier message no document
/// holds (an English preamble) are not carried into the follow-up's reading.
/// </summary>
public sealed class EllipticKindFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task An_hour_the_event_section_lacks_is_said_to_be_missing_there()
    {
        const string c = "elliptic-hour";
        Assert.Contains("15 Mei 2019", await Say("kapan nota kesepakatan 2019 ditandatangani?", c, "warga-ek1"));
        var reply = await Say("itu jam berapa?", c, "warga-ek1");
        Assert.Contains("jam pelaksanaannya", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task A_contact_the_section_lacks_is_said_to_be_missing_there()
    {
        const string c = "elliptic-contact";
        await Say("siapa menkominfo saat program diluncurkan?", c, "warga-ek2");
        var reply = await Say("kontak panitianya ada?", c, "warga-ek2");
        Assert.Contains("kontak atau alamatnya", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task A_one_word_english_follow_up_after_an_english_preamble_keeps_the_topic()
    {
        const string c = "elliptic-english";
        Assert.Contains("2–3 Mei 2017", await Say("We are researching Indonesian urban policy. kapan assessment 2017?", c, "warga-ek3"));
        Assert.Contains("Ciputat", await Say("where?", c, "warga-ek3"));
    }

    [Fact]
    public void The_topic_words_no_document_holds_are_left_out_of_the_reading()
    {
        using var index = BuildWithFillers(Passage(0, "Festival kanal aduan 2019", "Festival kanal aduan digelar pada 12 Juli 2019 di Lumajang."));
        var read = TopicFollowUp.Reading(index, "where?", "I'm drafting a feature. kapan festival kanal aduan?");
        Assert.DoesNotContain(read.Terms, t => t.Words.Contains("drafting") || t.Words.Contains("feature"));
        Assert.Contains(read.Terms, t => t.Words.Contains("festival"));
    }
}
