using System.Text.RegularExpressions;
using SmartCity.Bot.Tests.Conversation;

namespace SmartCity.Bot.Tests.Timeline;

/// <summary>
/// Through the real /api/messages: a deadline answer and a region's status summary say where their schedule comes from
/// in words (the programme calendar and how fresh it is), never by a file name or a folder of the repository.
/// </summary>
public sealed partial class DeadlineSourceTests : ConversationThroughTheBot
{
    [GeneratedRegex(@"\.(json|csv|md|txt)\b|knowledge/", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    // Links (a source's address, the card schema) may end in a file name; the words around them may not.
    [GeneratedRegex(@"https?://[^\s""]+")]
    private static partial Regex Link();

    private static string WithoutLinks(string reply) => Link().Replace(reply, " ");

    [Fact]
    public async Task A_deadline_answer_cites_the_calendar_in_words()
    {
        Assert.Contains("Kabupaten Tegal", await Say("saya dari diskominfo kabupaten tegal", "deadline-source", "u-ds"));
        var reply = await Say("kapan tenggat berikutnya?", "deadline-source", "u-ds");
        Assert.Contains("kalender program", reply);
        Assert.DoesNotMatch(FileName(), WithoutLinks(reply));
    }

    [Fact]
    public async Task A_status_summary_cites_its_sources_in_words()
    {
        var reply = await Say("cek status kabupaten sleman", "status-source", "u-ss");
        Assert.Contains("Kabupaten Sleman", reply);
        Assert.Contains("kalender program", reply);
        Assert.DoesNotMatch(FileName(), WithoutLinks(reply));
    }
}
