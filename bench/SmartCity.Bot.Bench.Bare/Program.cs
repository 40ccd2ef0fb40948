using System.Text.Json;
using System.Text.Json.Serialization;

// Benchmark reference: a bare ASP.NET Core endpoint that parses the activity and returns one JSON reply
// (the expectReplies shape). No auth, no state, no logging: the ceiling a bot on this stack can approach.
// usage: dotnet SmartCity.Bot.Bench.Bare.dll --urls http://127.0.0.1:PORT
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, BareJson.Default));
var app = builder.Build();
app.MapPost("/api/messages", (Activity activity) =>
{
    if (activity.Type is null || activity.Conversation?.Id is null) return Results.BadRequest();
    var reply = new Activity("message", Guid.NewGuid().ToString("N"), activity.ChannelId, activity.ServiceUrl,
        activity.Recipient, activity.From, activity.Conversation, $"Echo: {activity.Text}", activity.Id, null);
    return Results.Json(new ExpectedReplies([reply]), BareJson.Default.ExpectedReplies);
});
app.Run();

public sealed record Account(string? Id, string? Name, string? Role);
public sealed record ConversationAccount(string? Id);
public sealed record Activity(string? Type, string? Id, string? ChannelId, string? ServiceUrl, Account? From, Account? Recipient,
    ConversationAccount? Conversation, string? Text, string? ReplyToId, string? DeliveryMode);
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
internal sealed partial class BareJson : JsonSerializerContext;
