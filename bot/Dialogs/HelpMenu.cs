using System.Text.RegularExpressions;
using SmartCity.Bot.Conversation;

namespace SmartCity.Bot.Dialogs;

/// <summary>The welcome and the main menu: who the bot is, what it can answer, and buttons for the main topics.</summary>
public sealed partial class HelpMenu : IWelcome, ITurnHandler
{
    /// <summary>Most useful first: Teams shows only the first <see cref="TeamsSuggestedActions"/> suggested actions.</summary>
    public static readonly string[] MainTopics =
    [
        "Apa itu Gerakan Menuju Smart City?",
        "Apakah kota saya ikut?",
        "Cek status daerah",
        "Apa saja enam pilar smart city?",
        "Apa syarat untuk ikut?",
    ];

    /// <summary>Teams renders at most three suggested actions; the rest are in the app's command menu.</summary>
    public const int TeamsSuggestedActions = 3;

    public const string WelcomeText =
        "Halo! Saya **SmartCity.Bot**, asisten untuk *Gerakan Menuju Smart City* (Kementerian Kominfo/Komdigi).\n\n" +
        "Saya bisa membantu menjawab:\n" +
        "- apa itu program ini dan sejarahnya dari tahun ke tahun,\n" +
        "- enam pilar smart city (governance, branding, economy, living, society, environment),\n" +
        "- kriteria seleksi, tahapan, masterplan, quick win, dan evaluasi,\n" +
        "- kabupaten/kota mana saja yang ikut dan pada tahun berapa,\n" +
        "- cek status daerah Anda untuk petugas daerah.\n\n" +
        "Silakan ketik pertanyaan Anda dalam bahasa Indonesia, atau pilih salah satu topik di bawah.";

    public int Order => 100;

    public Task GreetAsync(ITurn turn, CancellationToken cancellationToken)
    {
        turn.Send(Replies.Text(WelcomeText, TopicsFor(turn.ChannelId)));
        return Task.CompletedTask;
    }

    /// <summary>The main topics a channel actually shows.</summary>
    public static IEnumerable<string> TopicsFor(string channelId) => channelId == "msteams" ? MainTopics.Take(TeamsSuggestedActions) : MainTopics;

    public Task<bool> TryHandleAsync(ITurn turn, CancellationToken cancellationToken)
    {
        if (!IsHelpRequest(turn.Text)) return Task.FromResult(false);
        turn.Send(Replies.Text(WelcomeText, TopicsFor(turn.ChannelId)));
        return Task.FromResult(true);
    }

    public static bool IsHelpRequest(string text) => HelpWords().IsMatch(text.Trim());

    [GeneratedRegex(@"^(/?(bantuan|help|menu|tolong|start|mulai)|halo|hai|hi|hello|hallo|selamat (pagi|siang|sore|malam)|assalamu.?alaikum|apa yang bisa (kamu|anda) (bantu|lakukan)|bisa bantu apa)[\s!?.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpWords();
}

/// <summary>The last resort: an honest reply saying what the bot can do, never a guess.</summary>
public sealed class HonestFallback : ITurnHandler
{
    public int Order => int.MaxValue;

    public Task<bool> TryHandleAsync(ITurn turn, CancellationToken cancellationToken)
    {
        turn.Send(Replies.Text(
            "Maaf, saya belum bisa menjawab pertanyaan itu. Saya hanya dapat membantu seputar *Gerakan Menuju Smart City*: " +
            "program, pilar, kriteria, tahapan, peserta, dan status daerah. Coba salah satu topik di bawah.",
            HelpMenu.MainTopics));
        return Task.FromResult(true);
    }
}
