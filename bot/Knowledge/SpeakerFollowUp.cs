using System.Text.RegularExpressions;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// "Who said that?" (tanya-pengucap.txt) right after an answer: who said what was just shown. The sentences of that
/// answer naming their speaker ("Menurut Menkominfo …") are said again with the source; when none does, the reply
/// says plainly that the documents name no speaker and gives the outlet the answer came from, rather than searching
/// the message as a question about someone. Only a message naming nothing else. The words are data:
/// knowledge/lexicon/tanya-pengucap.txt (the asking phrases) and bukti-ucapan.txt (what marks a speaker in a sentence).
/// </summary>
public sealed class SpeakerFollowUp(QuestionAnswerer answerer) : IAnswerAside
{
    /// <summary>Conversation state: the text of the last reply that named a source, without its source line.</summary>
    public const string SaidKey = "answer.said";

    // An aside is short; a longer message asks something of its own.
    private const int MaxWords = 8;

    private static readonly CuePattern Asks = new(@"\b{:tanya-pengucap}\b", RegexOptions.IgnoreCase);
    private static readonly CuePattern Speaker = new(@"\b{:bukti-ucapan}\b", RegexOptions.IgnoreCase);
    private static readonly Regex SourceLine = new(@"\n*_?Sumber:\s*(?<source>[^\n]+?)_?\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public bool Answers(ITurn turn, Recognition read)
    {
        // Present (though empty when no sentence named a speaker) only right after an answer with a source.
        if (turn.ConversationState.Get<string>(SaidKey) is not { } said || !AsksSpeaker(turn.Text)) return false;
        var source = turn.ConversationState.Get<string>(SourceFollowUp.SourceKey);
        turn.Send(Replies.Text(Reply(said, source)));
        return true;
    }

    /// <summary>The message asks who said the last answer and names no subject of its own.</summary>
    public bool AsksSpeaker(string text)
    {
        var lower = text.ToLowerInvariant();
        if (!Asks.IsMatch(lower) || KnowledgeIndex.QuestionWords(lower).Count > MaxWords) return false;
        var rest = Asks.Replace(lower, " ").Trim() + " ?";
        return TopicFollowUp.IsElliptic(answerer.Analyze(rest), rest);
    }

    /// <summary>The sentences naming their speaker, with the source; or plainly that no speaker is named.</summary>
    public static string Reply(string said, string? source)
    {
        var spoken = Spoken(said, Lexicon.Current);
        var from = source is { Length: > 0 } ? $"\n\n_Sumber: {source}_" : "";
        return spoken.Count > 0
            ? "Menurut dokumen kami, penuturnya disebut dalam kalimat berikut:\n\n" + string.Join("\n", spoken.Select(s => "- " + s)) + from
            : "Dokumen kami tidak menyebut siapa yang mengatakannya; jawaban tadi diambil dari sumber berikut." + from;
    }

    private static List<string> Spoken(string said, Lexicon lexicon)
    {
        var (sentences, items) = AnswerComposer.Split(said);
        return sentences.Concat(items).Where(s => Speaker.For(lexicon).IsMatch(s)).Distinct().ToList();
    }

    /// <summary>
    /// After every answered message: the sentences of an answer with a source that name a speaker (often none), not the
    /// whole answer — conversation state is saved on every turn. The source itself is <see cref="SourceFollowUp"/>'s.
    /// </summary>
    public void Remember(ITurn turn)
    {
        var sent = false;
        foreach (var reply in turn.Outbox)
        {
            if (reply.Type != ActivityTypes.Message) continue;
            sent = true;
            if (reply.Text is not { Length: > 0 } text || SaidIn(text) is not { } said) continue;
            turn.ConversationState.Set(SaidKey, said);
            return;
        }
        // A reply without a source (a greeting, a form question) leaves nothing to ask the speaker of.
        if (sent) turn.ConversationState.Remove(SaidKey);
    }

    /// <summary>
    /// The sentences naming a speaker (one a line, often none) of a reply that names its source, or null when it names
    /// none. Every turn passes here and a remembered answer's reply repeats: read once per reply text and lexicon.
    /// </summary>
    public static string? SaidIn(string reply)
    {
        // The cheap test first: most replies name no source.
        if (reply.IndexOf("Sumber:", StringComparison.Ordinal) < 0) return null;
        return reply.Length > MaxRememberedChars ? SaidOnce(reply, Lexicon.Current) : Said.GetOrAdd(Lexicon.Current, reply, SaidOnce);
    }

    private const int MaxRememberedChars = 4096;

    private static readonly Caching.MemoPerSource<Lexicon, string, string?> Said = new(1024);

    private static string? SaidOnce(string reply, Lexicon lexicon)
    {
        var at = reply.IndexOf("Sumber:", StringComparison.Ordinal);
        if (SourceLine.Match(reply, Math.Max(0, at - 1)) is not { Success: true } line) return null;
        return string.Join("\n", Spoken(reply[..line.Index].Trim(), lexicon));
    }
}
