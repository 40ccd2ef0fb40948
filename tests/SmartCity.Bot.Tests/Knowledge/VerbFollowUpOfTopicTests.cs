using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A follow-up whose only word of substance is a verb the last answer's section uses ("disusunnya …?" after a section saying
/// the thing "disusun …") asks about that topic: it is read with the topic's words and the topic's document first. Before,
/// a known verb made the message its own question, and an everyday preposition ("lewat", the documents' "melalui") weighed
/// as its rarest word, so the masterplan's follow-up was answered from the IKN passage that happens to say "lewat APBD".
/// "lewat/melalui apa" asks the means (tanya-cara.txt).
/// </summary>
public sealed class VerbFollowUpOfTopicTests : BotWithKnowledge
{
    [Theory]
    [InlineData("apa itu masterplan smart city?", "disusunnya lewat apa?")]
    [InlineData("mengapa masterplan perlu disesuaikan dengan RPJMD?", "disusunnya lewat apa?")]
    [InlineData("masterplan smart city itu apa sih", "penyusunannya melalui apa ya")]
    public async Task How_the_topic_is_made_is_asked_of_that_topic(string first, string followUp)
    {
        var conversation = "verb-follow-" + first.Length + followUp.Length;
        await Say(first, conversation);
        var reply = await Say(followUp, conversation);
        Assert.Contains("bimtek", reply);
        Assert.DoesNotContain("IKN", reply);
    }

    [Fact]
    public void A_verb_the_topic_section_uses_names_no_subject_of_its_own()
    {
        using var index = BuildWithFillers(Passage(0, "Kanal aduan warga", "Kanal aduan warga dikelola dinas kominfo dan diperbarui setiap bulan."));
        var topic = index.Passages.First(p => p.Id == "uji.md#0");
        var question = "dikelolanya oleh siapa?";
        Assert.True(TopicFollowUp.IsElliptic(index.Analyze(question), question, topic));
        Assert.False(TopicFollowUp.IsElliptic(index.Analyze(question), question));
    }

    [Fact]
    public void A_verb_the_topic_section_never_uses_keeps_the_message_its_own_question()
    {
        using var index = BuildWithFillers(Passage(0, "Kanal aduan warga", "Kanal aduan warga dikelola dinas kominfo dan diperbarui setiap bulan."));
        var topic = index.Passages.First(p => p.Id == "uji.md#0");
        // "dibangun" is a word of the documents (the park filler), not of the topic's section.
        var question = "dibangunnya kapan?";
        Assert.False(TopicFollowUp.IsElliptic(index.Analyze(question), question, topic));
    }

    // The topic stands in a document of its own; the fillers (another document) say "dibangun".
    private static Passage Aduan(int n, string heading, string body) =>
        new($"aduan.md#{n}", "aduan.md", "Kanal aduan warga", "aduan", [heading], body, ["sumber uji"]);

    [Fact]
    public void A_verb_another_section_of_the_topic_document_uses_points_back_at_the_topic()
    {
        using var index = BuildWithFillers(
            Aduan(0, "Apa itu kanal aduan warga?", "Kanal aduan warga adalah layanan pengaduan yang dikelola dinas kominfo."),
            Aduan(1, "Pengesahan kanal aduan", "Kanal aduan ditetapkan dengan keputusan wali kota setelah uji coba."));
        var topic = index.Passages.First(p => p.Id == "aduan.md#0");
        var question = "ditetapkannya lewat apa?";
        // The defining section never says "ditetapkan"; its document does.
        Assert.False(TopicFollowUp.IsElliptic(index.Analyze(question), question, topic));
        Assert.True(TopicFollowUp.IsElliptic(index.Analyze(question), question, topic, index));
        Assert.True(TopicFollowUp.AsksWhatWasDone(question, topic, index));
        // A verb of another document only (the park filler's "dibangun") still makes the message its own question.
        var elsewhere = "dibangunnya kapan?";
        Assert.False(TopicFollowUp.IsElliptic(index.Analyze(elsewhere), elsewhere, topic, index));
        Assert.False(TopicFollowUp.AsksWhatWasDone(elsewhere, topic, index));
    }

    [Fact]
    public void An_everyday_verb_with_nya_names_no_subject_of_its_own()
    {
        using var index = BuildWithFillers(Aduan(0, "Apa itu kanal aduan warga?", "Kanal aduan warga adalah layanan pengaduan yang dikelola dinas kominfo."));
        var topic = index.Passages.First(p => p.Id == "aduan.md#0");
        // "dibuat" is an everyday word (kata-umum.txt): written with "-nya" it is the topic's being made.
        var question = "dibuatnya gimana?";
        Assert.True(TopicFollowUp.IsElliptic(index.Analyze(question), question, topic, index));
    }

    [Fact]
    public async Task How_the_topic_was_made_is_asked_of_that_topic()
    {
        const string conversation = "verb-made";
        await Say("masterplan smart city itu apa sih", conversation);
        var reply = await Say("dibuatnya gimana?", conversation);
        // Before: "dibuatnya" weighed as the message's own subject, answered from the minister's remark on "membuat kebijakan".
        Assert.Contains("bimtek", reply);
        Assert.DoesNotContain("Rudiantara", reply);
    }
}
