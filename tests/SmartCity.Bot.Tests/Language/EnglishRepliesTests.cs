using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Language;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Language;

/// <summary>
/// Through the real /api/messages: a user who writes English is answered in English where the bot's text is its own
/// (participation built from the participants' data, a decline, an ask-back, source labels), with the English kept in
/// knowledge/data/english-replies.json; a passage of the Indonesian documents gets an English lead-in; Indonesian
/// users are answered as before (issue 8).
/// </summary>
public sealed class EnglishRepliesTests : BotWithKnowledge
{
    [Fact]
    public async Task Participation_asked_in_english_is_answered_in_english_from_the_data()
    {
        var reply = await Say("Has Kota Denpasar ever been part of the smart city movement?", "en-part", "u-er1");
        Assert.Contains("is recorded as a participant", reply);
        Assert.Contains("2018", reply);
        Assert.DoesNotContain("_Sumber:", reply);
    }

    [Fact]
    public async Task The_same_question_in_indonesian_keeps_the_indonesian_reply()
    {
        var reply = await Say("apakah Kota Denpasar pernah ikut gerakan smart city?", "id-part", "u-er2");
        Assert.Contains("tercatat sebagai peserta", reply);
        Assert.DoesNotContain("is recorded", reply);
    }

    [Fact]
    public async Task An_english_question_outside_the_programme_is_declined_in_english()
    {
        var reply = await Say("What is the best hotel in Lombok for a holiday?", "en-off", "u-er3");
        Assert.True(reply.Contains("outside my scope", StringComparison.Ordinal) || reply.Contains("not sure", StringComparison.Ordinal), reply);
        Assert.DoesNotContain("Maaf", reply);
    }

    [Fact]
    public async Task A_passage_of_the_documents_gets_an_english_lead_in()
    {
        var reply = await Say("Where was the programme launched in its first year?", "en-doc", "u-er4");
        Assert.Contains("From the programme's documents", reply);
        Assert.Contains("Makassar", reply);
    }

    [Fact]
    public async Task A_bare_place_name_after_english_keeps_english()
    {
        await Say("Which cities from Bali took part?", "en-short", "u-er5");
        var reply = await Say("Denpasar?", "en-short", "u-er5");
        Assert.Contains("is recorded as a participant", reply);
    }

    [Theory]
    [InlineData("how many regions joined in 2019", true)]
    [InlineData("berapa daerah yang ikut tahun 2019", false)]
    [InlineData("kalau yang di jawa tengah which ones", false)]
    [InlineData("Denpasar?", null)]
    [InlineData("2019", null)]
    public void The_language_of_a_message_is_read_from_the_word_lists(string text, bool? english) =>
        Assert.Equal(english, ReplyLanguage.Read(text, Lexicon.Current));

    [Fact]
    public void A_text_without_an_english_version_is_kept_and_led_in()
    {
        var text = "Masterplan disusun bersama pendamping.";
        var english = EnglishReplies.Translate(text);
        Assert.EndsWith(text, english);
        Assert.StartsWith("From the programme's documents", english);
    }
}
