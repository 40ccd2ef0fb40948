using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// A span per turn (channel, intent, outcome) and the turn metrics. Handlers describe what they did by tagging the
/// current span (<see cref="SetIntent"/>, <see cref="SetOutcome"/>); never with the user's words.
/// </summary>
public static class TurnTelemetry
{
    public const string Name = "SmartCity.Bot.Conversation";
    public const string IntentTag = "smartcity.intent";
    public const string OutcomeTag = "smartcity.outcome";
    public const string ChannelTag = "smartcity.channel";

    public static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("smartcity.turns", description: "Turns handled, by channel, intent and outcome");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("smartcity.turn.duration", "ms", "Time from a turn's start to its replies delivered");

    public static Activity? StartTurn(string channelId, string activityType)
    {
        var span = Source.StartActivity("turn");
        span?.SetTag(ChannelTag, channelId);
        span?.SetTag("smartcity.activity_type", activityType);
        return span;
    }

    /// <summary>Which capability took the turn (a handler's name, never text).</summary>
    public static void SetIntent(string intent) => TurnSpan()?.SetTag(IntentTag, intent);

    /// <summary>answered / unsure / out_of_scope / failed …</summary>
    public static void SetOutcome(string outcome) => TurnSpan()?.SetTag(OutcomeTag, outcome);

    public static void Record(Activity? span, string channelId, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { ChannelTag, channelId },
            { IntentTag, span?.GetTagItem(IntentTag) as string ?? "none" },
            { OutcomeTag, span?.GetTagItem(OutcomeTag) as string ?? "none" },
        };
        Turns.Add(1, tags);
        Duration.Record(elapsed.TotalMilliseconds, tags);
    }

    /// <summary>The enclosing turn span, even from inside a child span (a search).</summary>
    private static Activity? TurnSpan()
    {
        for (var span = Activity.Current; span is not null; span = span.Parent)
            if (span.Source == Source && span.OperationName == "turn") return span;
        return null;
    }
}
