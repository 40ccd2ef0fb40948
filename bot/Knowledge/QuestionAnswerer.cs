using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

public enum AnswerKind
{
    /// <summary>A confident answer from a passage.</summary>
    Answered,

    /// <summary>The documents may cover it, but no passage is a confident match: offer the closest topics.</summary>
    NotSure,

    /// <summary>Not about the programme: declined politely and steered back.</summary>
    OutOfScope,

    /// <summary>Thanks or an acknowledgement.</summary>
    Acknowledged,
}

/// <summary>What the bot makes of a question; Best is the closest passage even when it is not used.</summary>
public sealed record KnowledgeAnswer(
    AnswerKind Kind,
    string Question,
    SearchHit? Best,
    ComposedAnswer? Answer,
    IReadOnlyList<string> ClosestTopics,
    IReadOnlyList<SearchHit> Hits)
{
    /// <summary>The earlier question this one was read as a follow-up of, when the conversation's context was used.</summary>
    public string? FollowUpOf { get; init; }

    /// <summary>What the conversation is about after this answer: the question with the context it was read in.</summary>
    public string Context => FollowUpOf is null ? Question : QuestionAnswerer.CarryOver(FollowUpOf, Question);
}

/// <summary>What a conversation was last asking about: kept so a short follow-up ("kalau 2019?") can be read with it.</summary>
public sealed record ConversationTopic(string Context, string PassageId, string Topic);

/// <summary>Decides between answering, admitting uncertainty and declining, from the index's hits and their confidence.</summary>
public sealed partial class QuestionAnswerer
{
    public const int Candidates = 5;

    private readonly Func<KnowledgeIndex> _index;

    public QuestionAnswerer(KnowledgeBase knowledge) : this(() => knowledge.Index, knowledge.Options.MinConfidence) { }

    /// <summary>Over a given index (benchmarks, tools).</summary>
    public QuestionAnswerer(KnowledgeIndex index, double minConfidence = 0.3) : this(() => index, minConfidence) { }

    private QuestionAnswerer(Func<KnowledgeIndex> index, double minConfidence)
    {
        _index = index;
        MinConfidence = minConfidence;
    }

    public double MinConfidence { get; }

    /// <summary>Words of context carried from one question to the next, at most (older words drop out first).</summary>
    public const int MaxContextWords = 16;

    public KnowledgeAnswer Answer(string question) => Answer(question, null);

    /// <summary>
    /// Answers a message in a conversation. When it looks like a follow-up (short, or opening with "terus", "lalu",
    /// "kalau", "bagaimana dengan", or pointing back with "tersebut", "tadi") or cannot be answered on its own, it is
    /// asked again with the earlier question's words added at reduced weight, and that reading is used when it is
    /// confident. A message naming an unrelated subject is never read as a follow-up, so it is still declined.
    /// </summary>
    public KnowledgeAnswer Answer(string question, ConversationTopic? previous)
    {
        var index = _index();
        var own = Answer(question, index.Analyze(question), index);
        if (previous is null || own.Kind == AnswerKind.Acknowledged) return own;
        var normalized = InformalIndonesian.Normalize(question);
        if (ScopeGuard.NamesOtherSubject(normalized) && !ScopeGuard.MentionsProgramme(normalized)) return own;
        var followUp = LooksLikeFollowUp(question, normalized, own);
        if (own.Kind == AnswerKind.Answered && !followUp) return own;
        var combined = Answer(question, index.Analyze(question, previous.Context), index, inProgramme: true);
        return combined.Kind == AnswerKind.Answered ? combined with { FollowUpOf = previous.Context } : own;
    }

    /// <summary>The question as the index reads it, with an earlier question as context (diagnostics).</summary>
    public AnalyzedQuestion Analyze(string question, string? context = null) => _index().Analyze(question, context);

    /// <summary>Short, opens with a connective, or points back at something said before.</summary>
    public static bool LooksLikeFollowUp(string question, string normalized, KnowledgeAnswer own) =>
        FollowUpCue().IsMatch(question.ToLowerInvariant()) || own.Hits.Count == 0 || ContentWords(normalized) <= 3;

    private static int ContentWords(string normalized) =>
        KnowledgeIndex.TermsOf(normalized).Count == 0 ? 0 : normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => KnowledgeIndex.TermsOf(w).Count > 0);

    /// <summary>The context for the next turn: the earlier context and the new question, the newest words kept.</summary>
    public static string CarryOver(string earlier, string question)
    {
        var words = $"{earlier} {question}".Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - MaxContextWords)));
    }

    private KnowledgeAnswer Answer(string question, AnalyzedQuestion analyzed, KnowledgeIndex index, bool inProgramme = false)
    {
        var normalized = analyzed.Normalized;
        if (ScopeGuard.IsThanks(normalized) && normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4)
            return new KnowledgeAnswer(AnswerKind.Acknowledged, question, null, null, [], []);

        var programme = inProgramme || ScopeGuard.MentionsProgramme(normalized);
        var hits = index.Search(analyzed, Candidates);
        var best = hits.Count > 0 ? hits[0] : null;
        var closest = hits.Select(h => AnswerComposer.Topic(h.Passage.Heading)).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToList();

        if (!programme && ScopeGuard.NamesOtherSubject(normalized))
            return new KnowledgeAnswer(AnswerKind.OutOfScope, question, best, null, closest, hits);
        if (best is null || best.Confidence < MinConfidence)
            return new KnowledgeAnswer(programme && best is not null ? AnswerKind.NotSure : AnswerKind.OutOfScope, question, best, null, closest, hits);

        var composed = AnswerComposer.Compose(analyzed, best, hits.Skip(1).ToList(), index);
        return new KnowledgeAnswer(AnswerKind.Answered, question, best, composed, closest, hits);
    }

    // A connective opening the message (after a word or two of chat: "wkwk banyak juga, terus …"), or a word pointing back.
    [GeneratedRegex(@"^(?:\S+\s+){0,3}?(?:terus|trs|trus|lalu|lantas|kemudian|kalau|kalo|klo|bagaimana\s+dengan|gimana\s+dengan|gmn\s+dengan|selain\s+itu|nah|yang|yg)\b|\b(?:tersebut|tsb|tadi|di\s+atas)\b")]
    private static partial Regex FollowUpCue();
}
