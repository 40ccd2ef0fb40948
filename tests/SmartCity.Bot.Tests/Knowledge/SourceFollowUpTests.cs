using SmartCity.Bot.Tests.Conversation;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// "where is that from?" right after an answer names that answer's source again (with its link when it has one),
/// after the documents and after a region's data alike; a question about a source of something else ("sumber dana")
/// is still a question for the documents, and with no answer before there is nothing to name.
/// </summary>
public sealed class SourceFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task The_source_of_a_participation_answer_is_named_again_with_its_link()
    {
        const string c = "source-participation";
        Assert.Contains("2019", await Say("kabupaten klaten ikut tahun berapa", c, "warga-s1"));
        var source = await Say("datanya diambil dari mana?", c, "warga-s1");
        Assert.Contains("bersumber dari", source);
        Assert.Contains("timesindonesia", source);
        Assert.Contains("https://", await Say("ada tautannya?", c, "warga-s1"));
    }

    [Fact]
    public async Task The_source_of_a_documents_answer_is_its_section_and_outlets()
    {
        const string c = "source-documents";
        await Say("apa itu quick win?", c, "warga-s2");
        var source = await Say("referensinya apa ya", c, "warga-s2");
        Assert.Contains("bersumber dari", source);
        Assert.Contains("Quick win", source, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_source_of_something_else_is_a_question_not_an_aside()
    {
        const string c = "source-funding";
        await Say("apa itu masterplan smart city?", c, "warga-s3");
        Assert.DoesNotContain("bersumber dari", await Say("sumber dana smart city dari mana?", c, "warga-s3"));
        Assert.DoesNotContain("bersumber dari", await Say("sumbernya apa?", "source-first", "warga-s4"));
    }
}
