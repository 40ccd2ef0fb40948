using SmartCity.Bot.Conversation;
using SmartCity.Bot.Dialogs;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Language;

/// <summary>
/// The language the bot answers in: English when the user's message reads as English (the word lists of
/// <see cref="EnglishCourtesy"/>, knowledge/lexicon/kata-inggris.txt), Indonesian when it holds an Indonesian function
/// word (kata-henti.txt that is not also English) or is otherwise not English enough. A message with no evidence
/// either way (a place name, a year: "Denpasar?", "2019") keeps the language the conversation had, so a short
/// follow-up is not answered in the other language. Indonesian is the default when unsure.
/// </summary>
public sealed class ReplyLanguage : ITurnObserver
{
    /// <summary>Conversation state: this turn's replies are to be English.</summary>
    public const string EnglishKey = "lang.reply";

    public Task ObserveAsync(ITurn turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == Protocol.ActivityTypes.Message && turn.Text is { Length: > 0 } text && !EnglishCourtesy.IsCourtesy(text)
            && Read(text, Lexicon.Current) is { } english)
            turn.ConversationState.Set(EnglishKey, english);
        return Task.CompletedTask;
    }

    /// <summary>The replies of this turn are English (a courtesy keeps its own English reply: <see cref="EnglishCourtesy"/>).</summary>
    public static bool AnswersInEnglish(ITurn turn) =>
        turn.ConversationState.Get<bool>(EnglishKey) && !EnglishCourtesy.IsCourtesy(turn.Activity.Text ?? turn.Text);

    /// <summary>True for English, false for Indonesian, null when the message says neither.</summary>
    public static bool? Read(string text, Lexicon lexicon)
    {
        if (EnglishCourtesy.IsEnglish(text)) return true;
        var words = EnglishCourtesy.Words(text);
        var english = EnglishCourtesy.In("kata-inggris");
        var indonesian = words.Any(w => lexicon.StopWords.Contains(w) && !english(w));
        return indonesian || words.Count > NeutralWords ? false : null;
    }

    // "Denpasar?", "Kota Batu", "2019", "why?": a name, a year or a word alone says too little about the language.
    private const int NeutralWords = 2;
}
