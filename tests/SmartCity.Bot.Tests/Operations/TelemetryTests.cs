using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Operations;

/// <summary>
/// A turn produces a span with channel, intent and outcome, a child span for the knowledge search and spans for the
/// store calls, and the turn metrics; neither spans nor Information logs carry what the user wrote.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_question_is_traced_and_counted_without_its_words()
    {
        var spans = new ConcurrentBag<System.Diagnostics.Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name.StartsWith("SmartCity.Bot", StringComparison.Ordinal) || s.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var turns = new ConcurrentBag<IReadOnlyDictionary<string, object?>>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, l) => { if (instrument.Name == "smartcity.turns") l.EnableMeasurementEvents(instrument); };
        meters.SetMeasurementEventCallback<long>((_, _, tags, _) => turns.Add(tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
        meters.Start();
        var logs = new CapturedLogs();

        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" },
            configure: b => b.Logging.AddProvider(logs));
        var question = ShippedKnowledge.AHeading();
        // The test's own span is the parent: the request carries its trace context to the bot.
        using var parent = TestSource.StartActivity("ask")!;
        var traceId = parent.TraceId;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ProtocolJson.Serialize(Activities.Message(question, "otel-" + traceId, "otel-user") with { DeliveryMode = DeliveryModes.ExpectReplies }), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("traceparent", parent.Id);
        var response = await bot.Http.SendAsync(request);
        Assert.True(ShippedKnowledge.IsSourcedAnswer(await response.Content.ReadAsStringAsync()));

        var mine = spans.Where(s => s.TraceId == traceId).ToList();
        var turn = Assert.Single(mine, s => s.OperationName == "turn");
        Assert.Equal("emulator", turn.GetTagItem("smartcity.channel"));
        Assert.IsType<string>(turn.GetTagItem("smartcity.intent")); // the recognizer's top intent
        Assert.Equal("answered", turn.GetTagItem("smartcity.outcome"));
        var search = Assert.Single(mine, s => s.OperationName == "knowledge.search");
        Assert.Equal(turn.SpanId, search.ParentSpanId);
        // The turn's user and conversation state are read in one call and saved together (one transaction).
        Assert.Contains(mine, s => s.OperationName == "store.get_many" && s.ParentSpanId == turn.SpanId);
        Assert.Contains(mine, s => s.OperationName == "store.put_all" && s.ParentSpanId == turn.SpanId);
        foreach (var span in mine)
            foreach (var tag in span.TagObjects)
                Assert.False(tag.Value?.ToString()?.Contains(question, StringComparison.OrdinalIgnoreCase) == true, $"span {span.OperationName} tag {tag.Key} carries the question");

        Assert.Contains(turns, t => Equals(t["smartcity.channel"], "emulator") && Equals(t["smartcity.outcome"], "answered") && t["smartcity.intent"] is string { Length: > 0 });
        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Information && e.Message.Contains(question, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly ActivitySource TestSource = new("SmartCity.Bot.Tests");

    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose() { }

        private sealed class Logger(CapturedLogs owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (owner.Entries.Count < 10_000) owner.Entries.Enqueue((logLevel, formatter(state, exception) + " " + exception));
            }
        }
    }
}
