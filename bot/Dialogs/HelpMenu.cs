using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;
using SmartCity.Bot.Conversation;

namespace SmartCity.Bot.Dialogs;

/// <summary>The welcome and the main menu: who the bot is, what it can answer, and buttons for the main topics.</summary>
public sealed class HelpMenu : IWelcome
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

    public Task GreetAsync(ITurn turn, CancellationToken cancellationToken)
    {
        turn.Send(Replies.Text(WelcomeText, TopicsFor(turn.ChannelId)));
        return Task.CompletedTask;
    }

    /// <summary>The main topics a channel actually shows.</summary>
    public static IEnumerable<string> TopicsFor(string channelId) => channelId == "msteams" ? MainTopics.Take(TeamsSuggestedActions) : MainTopics;
}

/// <summary>"bantuan", "menu", a greeting: who the bot is and the main topics (also in the middle of another dialog, which then resumes).</summary>
public sealed class HelpDialog(HelpMenu menu, OffTopic scope) : IDialog
{
    public string Id => "help";
    public IReadOnlyCollection<string> Intents => [IntentNames.Help, IntentNames.Greeting];

    public async Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        // A question with a greeting: answer it. Something else entirely ("cara perpanjang SIM?"): the knowledge dialog
        // declines it plainly rather than greeting as if it had not been asked.
        // "are you the programme's chatbot?" names the programme yet asks the bot who it is: the documents would only
        // decline it, so the welcome (who the bot is) answers.
        // "Saya mahasiswa, skripsi tentang GMSC" says who asks and asks nothing yet (read as Help for that): no question
        // for the documents to answer or to decline.
        if (!dialog.Recognition.Entities.RequestImplicit && ((scope.AsksAboutProgramme(dialog) && !scope.DocumentsDecline(dialog)) || scope.Is(dialog)))
            return DialogResult.Abandoned;
        await menu.GreetAsync(dialog.Turn, cancellationToken);
        return DialogResult.Complete;
    }
}

/// <summary>"batal", "mulai ulang" with no flow that handles them itself: every waiting dialog ends.</summary>
public sealed class CancelDialog(HelpMenu menu) : IDialog
{
    public string Id => "cancel";
    public IReadOnlyCollection<string> Intents => [IntentNames.Cancel, IntentNames.Restart];

    public async Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        var wasActive = dialog.Stack.Frames.Count > 0;
        // Nothing to cancel and more than a word or two: a question that happens to contain "stop" or "nggak".
        if (!wasActive && dialog.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3) return DialogResult.Abandoned;
        dialog.Stack.Clear();
        if (dialog.Intent == IntentNames.Restart) await menu.GreetAsync(dialog.Turn, cancellationToken);
        else dialog.Turn.Send(Replies.Text(wasActive ? "Baik, dibatalkan." : "Baik. Tidak ada yang sedang berjalan; silakan pilih topik atau ketik pertanyaan Anda.", HelpMenu.MainTopics));
        return DialogResult.Complete;
    }
}

/// <summary>
/// "masih di sana?" after a pause: yes, and what the conversation was about, so the thread goes on (the menu would
/// read as a fresh start). A waiting dialog resumes after it.
/// </summary>
public sealed class PresenceDialog(OffTopic scope, Recognizer recognizer) : IDialog
{
    public string Id => "presence";
    public IReadOnlyCollection<string> Intents => [IntentNames.Presence];

    // "masih ada?" is said (more than half) in the intent's own words; a question that merely shares some ("mou online
    // 2021 …", "kapan bisa … lagi") is not.
    private const double OwnWordsShare = 0.5;

    public Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        var entities = dialog.Recognition.Entities;
        if (scope.Is(dialog) || !entities.Regions.IsEmpty || entities.Year is not null || entities.Cohort is not null
            || recognizer.SpokenShare(Intents.First(), entities) is <= OwnWordsShare) return Task.FromResult(DialogResult.Abandoned);
        var about = dialog.Memory.Region ?? dialog.Memory.Subject;
        dialog.Turn.Send(Replies.Text("Ya, saya masih di sini. " + (about is not null ? $"Kita sedang membahas **{about.Name}**. " : "") +
            "Silakan lanjutkan pertanyaan Anda.", HelpMenu.TopicsFor(dialog.Turn.ChannelId)));
        return Task.FromResult(DialogResult.Complete);
    }
}

/// <summary>"terima kasih", "oke makasih": a short, friendly close.</summary>
public sealed class ThanksDialog : IDialog
{
    public string Id => "thanks";
    public IReadOnlyCollection<string> Intents => [IntentNames.Thanks];

    public Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        // A question the classifier leaned to thanks is answered (or declined) as a question instead.
        if (!OffTopic.IsThanks(dialog)) return Task.FromResult(DialogResult.Abandoned);
        // Someone writing English is thanked in English.
        dialog.Turn.Send(EnglishCourtesy.AnswersInEnglish(dialog.Turn, dialog.Text)
            ? EnglishCourtesy.Reply(dialog.Text)
            : KnowledgeReplies.Acknowledgement(dialog.Text));
        return Task.FromResult(DialogResult.Complete);
    }
}
