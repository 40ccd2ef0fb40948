using System.Text.RegularExpressions;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Dialogs;

/// <summary>
/// Someone who has been writing English and thanks or says goodbye in English ("thanks so much", "great, thanks")
/// is answered in English. The language of the conversation is that of the user's last message that was not a
/// courtesy, read from staff word lists (knowledge/lexicon/kata-inggris.txt for a question, sopan-inggris.txt for a
/// courtesy): "thanks" closing an Indonesian conversation, or "thanks min", keeps the Indonesian reply.
/// </summary>
public sealed partial class EnglishCourtesy : ITurnObserver
{
    /// <summary>Conversation state: the user's last message that was not a courtesy was written in English.</summary>
    public const string EnglishKey = "lang.english";

    // The replies keep the Indonesian courtesy after the English one: the bot speaks Indonesian first, and someone
    // who mixes both languages still reads the one they opened with.
    public const string ThanksText = "You're welcome! Glad to help. Ask me anything else about the GMSC programme whenever you like. (Sama-sama, senang bisa membantu.)";

    public const string FarewellText = "Goodbye, and thank you for stopping by! Come back whenever you have questions about the GMSC programme. (Sampai jumpa, terima kasih sudah mampir.)";

    // Half the words of a question English (names of places and years are the rest), and at least two of them.
    private const double EnglishShare = 0.5;
    private const int EnglishWords = 2;

    public Task ObserveAsync(ITurn turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == Protocol.ActivityTypes.Message && turn.Text is { Length: > 0 } text && !IsCourtesy(text))
            turn.ConversationState.Set(EnglishKey, IsEnglish(text));
        return Task.CompletedTask;
    }

    /// <summary>The English thanks, or the goodbye when the message says goodbye (knowledge/lexicon/pamit.txt).</summary>
    public static Protocol.Activity Reply(string text) =>
        Replies.Text(Lexicon.Current.Farewell.IsMatch(text) ? FarewellText : ThanksText, HelpMenu.MainTopics);

    /// <summary>The thanks or goodbye is English and so was the conversation before it.</summary>
    public static bool AnswersInEnglish(ITurn turn, string text) => IsCourtesy(text) && turn.ConversationState.Get<bool>(EnglishKey);

    internal static bool IsCourtesy(string text) => Words(text) is { Count: > 0 } words && words.All(In("sopan-inggris"));

    internal static bool IsEnglish(string text)
    {
        var words = Words(text);
        var english = words.Count(In("kata-inggris"));
        return english >= EnglishWords && english >= EnglishShare * words.Count;
    }

    internal static Func<string, bool> In(string list) =>
        Lexicon.Current.Lists.TryGetValue(list, out var words) ? w => words.Contains(w, StringComparer.Ordinal) : _ => false;

    internal static List<string> Words(string text) => NonWord().Split(text.ToLowerInvariant()).Where(t => t.Length > 0).ToList();

    // Letters and an apostrophe make a word ("that's"); punctuation and digits part them.
    [GeneratedRegex(@"[^\p{L}']+")]
    private static partial Regex NonWord();
}
