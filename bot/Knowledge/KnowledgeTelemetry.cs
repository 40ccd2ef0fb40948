using System.Diagnostics;

namespace SmartCity.Bot.Knowledge;

/// <summary>A span per knowledge search with its outcome and confidence (never the question's words).</summary>
public static class KnowledgeTelemetry
{
    public const string Name = "SmartCity.Bot.Knowledge";
    public static readonly ActivitySource Source = new(Name);

    public static KnowledgeAnswer Search(Func<KnowledgeAnswer> answer)
    {
        using var span = Source.StartActivity("knowledge.search");
        var result = answer();
        var outcome = result.Kind switch
        {
            AnswerKind.Answered => "answered",
            AnswerKind.NotSure => "unsure",
            AnswerKind.OutOfScope => "out_of_scope",
            _ => "acknowledged",
        };
        span?.SetTag("smartcity.outcome", outcome);
        span?.SetTag("smartcity.confidence", result.Best?.Confidence ?? 0);
        span?.SetTag("smartcity.hits", result.Hits.Count);
        Conversation.TurnTelemetry.SetOutcome(outcome);
        return result;
    }
}
