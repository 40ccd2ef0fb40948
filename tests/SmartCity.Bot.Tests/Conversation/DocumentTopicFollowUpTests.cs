
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: after an answer from the documents, a follow-up naming no subject of its own is
/// read with that answer's topic — a facet of it (place, date, who), its examples, more of the same section — even
/// when its words lean to another dialog; a follow-up with a subject of its own, or off the programme, is not.
/// </summary>
public sealed class DocumentTopicFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_facet_question_is_answered_from_the_section_just_answered()
    {
        const string c = "topic-facet";
        Assert.Contains("Komdigi", await Say("Apa itu Smart City Award 2025?", c, "u-tf"));
        var place = await Say("di kota mana acaranya digelar?", c, "u-tf");
        Assert.Contains("Yogyakarta", place);
        Assert.DoesNotContain("ICE BSD", place);
    }

    [Fact]
    public async Task A_date_follow_up_after_a_document_answer_is_not_read_as_the_users_deadlines()
    {
        const string c = "topic-date";
        Assert.Contains("Komdigi", await Say("Smart City Award 2025 itu apa?", c, "u-td"));
        var date = await Say("tanggal berapa itu?", c, "u-td");
        Assert.Contains("26 Agustus 2025", date);
        Assert.DoesNotContain("Tenggat", date);
    }

    [Fact]
    public async Task A_follow_up_the_recognizer_reads_as_off_topic_is_answered_from_the_topic()
    {
        const string c = "topic-who";
        Assert.Contains("5–10", await Say("Masterplan smart city isinya apa?", c, "u-tw"));
        var who = await Say("siapa yang nyusun ya?", c, "u-tw");
        Assert.Contains("perangkat daerah", who);
        Assert.DoesNotContain("di luar cakupan", who);
    }

    [Fact]
    public async Task Examples_come_from_the_section_just_answered_when_it_gives_some()
    {
        const string c = "topic-examples";
        Assert.Contains("sampah", await Say("jelaskan pilar smart environment", c, "u-te"));
        var examples = await Say("misalnya apa?", c, "u-te");
        Assert.Contains("Serbu Gass", examples);
        Assert.DoesNotContain("Halo", examples);
    }

    [Fact]
    public async Task More_gives_the_sentences_of_the_section_not_shown_yet()
    {
        const string c = "topic-more";
        var first = await Say("Kenapa quick win penting?", c, "u-tm");
        Assert.Contains("gambaran nyata", first);
        Assert.DoesNotContain("terdorong mendukung", first);
        var more = await Say("boleh dijelaskan lebih lanjut?", c, "u-tm");
        Assert.Contains("terdorong mendukung", more);
        Assert.DoesNotContain("gambaran nyata", more);
    }

    [Fact]
    public async Task A_follow_up_with_its_own_subject_or_off_the_programme_does_not_take_the_topic()
    {
        const string c = "topic-own";
        Assert.Contains("Komdigi", await Say("Apa itu Smart City Award 2025?", c, "u-to"));
        var own = await Say("apa itu masterplan?", c, "u-to");
        Assert.Contains("rencana induk", own);
        Assert.DoesNotContain("Yogyakarta", own);
        Assert.Contains("di luar cakupan", await Say("siapa presiden indonesia?", c, "u-to"));
    }

    [Fact]
    public async Task The_topics_own_word_with_nya_asks_a_detail_of_the_section_just_answered()
    {
        const string c = "topic-own-word";
        Assert.Contains("5 Maret 2024", await Say("nota kesepakatan angkatan 2024 ditandatangani kapan?", c, "u-tow"));
        // Read alone, the signing's date is the invitation letter's (a section headed by the same word).
        var date = await Say("tgl penandatanganannya?", c, "u-tow");
        Assert.Contains("5 Maret 2024", date);
        Assert.DoesNotContain("7 Februari", date);
        var place = await Say("penandatanganannya dimana?", c, "u-tow");
        Assert.Contains("virtual", place);
        Assert.Contains("5 Maret 2024", place);
    }

    [Fact]
    public async Task A_word_with_nya_the_last_section_is_not_headed_by_is_its_own_question()
    {
        const string c = "topic-other-word";
        Assert.Contains("28 Februari 2023", await Say("mou tahun 2023 tanggal berapa?", c, "u-tot"));
        Assert.Contains("lima bulan", await Say("pendampingannya berapa lama ya?", c, "u-tot"));
    }
}
