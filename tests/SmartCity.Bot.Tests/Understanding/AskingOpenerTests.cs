using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// The one reading of a question opener (pembuka-tanya.txt): whether a message holds one, and where each ends in the
/// text as given, which the documents' preamble reading cuts at.
/// </summary>
public sealed class AskingOpenerTests
{
    [Fact]
    public void An_opener_is_found_and_the_thing_asked_follows_where_it_ends()
    {
        const string text = "dosennya bertanya peraturan parkir kota nomor berapa?";
        Assert.True(AskingOpener.In(text));
        var end = Assert.Single(AskingOpener.EndsIn(text));
        Assert.Equal("peraturan parkir kota nomor berapa?", text[end..].Trim());
    }

    [Fact]
    public void A_message_without_an_opener_has_no_end_to_cut_at() =>
        Assert.Empty(AskingOpener.EndsIn("peraturan parkir kota nomor berapa?"));
}
