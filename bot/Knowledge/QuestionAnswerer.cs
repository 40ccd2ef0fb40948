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
    IReadOnlyList<SearchHit> Hits);

/// <summary>Decides between answering, admitting uncertainty and declining, from the index's hits and their confidence.</summary>
public sealed class QuestionAnswerer
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

    public KnowledgeAnswer Answer(string question)
    {
        var index = _index();
        var analyzed = index.Analyze(question);
        var normalized = analyzed.Normalized;
        if (ScopeGuard.IsThanks(normalized) && normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4)
            return new KnowledgeAnswer(AnswerKind.Acknowledged, question, null, null, [], []);

        var programme = ScopeGuard.MentionsProgramme(normalized);
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
}
