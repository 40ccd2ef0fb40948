using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Tests.Infrastructure;

/// <summary>The real bot on a real Kestrel bound to 127.0.0.1 (random port), with its own SQLite file.</summary>
public sealed class BotServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    public string DataDirectory { get; }
    public Uri BaseAddress { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => _app.Services;

    private BotServer(WebApplication app, string dataDirectory, Uri baseAddress)
    {
        _app = app;
        DataDirectory = dataDirectory;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public static async Task<BotServer> StartAsync(IDictionary<string, string?>? settings = null, string? dataDirectory = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("smartcity-bot-test-").FullName;
        var app = Program.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Environment.EnvironmentName = "Development";
            var defaults = new Dictionary<string, string?>
            {
                ["Storage:SqlitePath"] = Path.Combine(dataDirectory, "bot.db"),
                ["Urls"] = "http://127.0.0.1:0",
                // A typing indicator only where a test asks for one: on a loaded machine the default 500 ms would add
                // connector calls that tests counting replies do not expect (tests of typing set their own delay).
                ["Protocol:TypingDelay"] = "00:00:30",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) defaults[k] = v;
            builder.Configuration.AddInMemoryCollection(defaults);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotServer(app, dataDirectory, new Uri(address.Replace("0.0.0.0", "127.0.0.1")));
    }

    /// <summary>Posts one activity with deliveryMode expectReplies and returns the bot's replies.</summary>
    public async Task<IReadOnlyList<Activity>> AskAsync(Activity activity)
    {
        var response = await PostAsync(activity with { DeliveryMode = DeliveryModes.ExpectReplies });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return ProtocolJson.Deserialize<ExpectedReplies>(body)!.Activities;
    }

    public async Task<IReadOnlyList<Activity>> AskAsync(string text, string conversationId = "conv-1", string userId = "user-1", string channelId = "emulator") =>
        await AskAsync(Activities.Message(text, conversationId, userId, channelId));

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? bearer = null) =>
        PostRawAsync(ProtocolJson.Serialize(activity), bearer: bearer);

    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json", string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType) { CharSet = "utf-8" };
        if (bearer is not null) request.Headers.TryAddWithoutValidation("Authorization", bearer);
        return Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

/// <summary>Activities shaped as the channels send them.</summary>
public static class Activities
{
    public static Activity Message(string text, string conversationId = "conv-1", string userId = "user-1", string channelId = "emulator",
        string? serviceUrl = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = channelId,
        ServiceUrl = serviceUrl ?? "http://127.0.0.1:1",
        From = new ChannelAccount { Id = userId, Name = "Pengguna", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot-id", Name = "SmartCity.Bot", Role = "bot" },
        Conversation = new ConversationAccount { Id = conversationId },
        Text = text,
        Locale = "id-ID",
    };

    public static Activity MembersAdded(string conversationId = "conv-1", string userId = "user-1", string channelId = "emulator",
        string? serviceUrl = null) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        ServiceUrl = serviceUrl ?? "http://127.0.0.1:1",
        From = new ChannelAccount { Id = userId, Role = "user" },
        Recipient = new ChannelAccount { Id = "bot-id", Name = "SmartCity.Bot", Role = "bot" },
        Conversation = new ConversationAccount { Id = conversationId },
        MembersAdded = [new ChannelAccount { Id = "bot-id" }, new ChannelAccount { Id = userId, Name = "Pengguna" }],
    };

    /// <summary>All text a user would read in replies: text plus card content.</summary>
    public static string Read(IEnumerable<Activity> replies) => string.Join("\n", replies.Where(a => a.Type == ActivityTypes.Message)
        .Select(a => a.Text + "\n" + string.Join("\n", (a.Attachments ?? []).Select(x => ProtocolJson.Serialize(x.Content)))));
}
