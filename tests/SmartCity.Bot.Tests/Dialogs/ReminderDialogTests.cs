using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Timeline;
using SmartCity.Bot.Timeline;
using Span = System.Diagnostics.Activity;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// The reminder dialog asks the store for this conversation's reminder once a turn, however many of its steps need it
/// (is the message a question about the reminder, which time to keep when it is asked again), counted by the store's spans.
/// </summary>
public sealed class ReminderDialogTests : IAsyncLifetime
{
    private const string TestSourceName = "SmartCity.Bot.Tests.ReminderDialog";
    private static readonly ActivitySource TestSource = new(TestSourceName);
    private readonly FakeTimeProvider _clock = new(TestCalendar.Start);
    private readonly ConcurrentBag<Span> _spans = [];
    private ActivityListener _listener = null!;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is TracingBotStore.Name or TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Add,
        };
        ActivitySource.AddActivityListener(_listener);
        _bot = await TestCalendar.StartBotAsync(_clock);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _listener.Dispose();
    }

    [Theory]
    // Worded as a question: read once to see whether it asks about a reminder already there, and that read serves again
    // for the time to keep.
    [InlineData("bisa ingatkan saya kapan tenggat untuk Kota Bogor?")]
    [InlineData("ingatkan saya untuk Kota Bogor")]
    public async Task The_conversations_reminder_is_read_from_the_store_once_a_turn(string text)
    {
        var (reply, reads) = await AskCountingReadsAsync(text, "reads-" + text.GetHashCode());
        Assert.Contains("Kota Bogor", reply); // the dialog answered (this channel cannot take reminders: the refusal names the region)
        Assert.Equal(1, reads);
    }

    /// <summary>The reply to one message, and how many times its turn read a reminder subscription from the store.</summary>
    private async Task<(string Reply, int Reads)> AskCountingReadsAsync(string text, string conversation)
    {
        using var parent = TestSource.StartActivity("ask")!;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ProtocolJson.Serialize(Activities.Message(text, conversation, "petugas") with { DeliveryMode = DeliveryModes.ExpectReplies }), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("traceparent", parent.Id);
        var response = await _bot.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var reply = Activities.Read(ProtocolJson.Deserialize<ExpectedReplies>(body)!.Activities);
        var reads = _spans.Count(s => s.TraceId == parent.TraceId && s.OperationName == "store.get"
                                      && Equals(s.GetTagItem("smartcity.store.kind"), ReminderStore.SubscriptionKind));
        return (reply, reads);
    }
}
