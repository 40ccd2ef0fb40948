using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartCity.Bot.Protocol;

// Wire records of the Bot Framework Activity schema (protocol reference §1). Free-form members are JsonElement /
// object, and [JsonExtensionData] keeps every member a channel sends that we do not model, so nothing is lost.

public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ReplyToId { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Locale { get; init; }
    public string? Speak { get; init; }
    public string? InputHint { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public string? AttachmentLayout { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public object? ChannelData { get; init; }
    public object? Value { get; init; }
    public string? Name { get; init; }
    public string? ValueType { get; init; }
    public string? Label { get; init; }
    public ConversationReference? RelatesTo { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public string? TopicName { get; init; }
    public string? Action { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; init; }
    public string? Code { get; init; }
    public DateTimeOffset? Expiration { get; init; }
    public string? Importance { get; init; }
    public string? DeliveryMode { get; init; }
    public IReadOnlyList<string>? ListenFor { get; init; }
    public IReadOnlyList<TextHighlight>? TextHighlights { get; init; }
    public object? SemanticAction { get; init; }

    /// <summary>Set locally after authentication; never read from or written to the wire (spec A2251).</summary>
    [JsonIgnore] public string? CallerId { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; init; }
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string EndOfConversation = "endOfConversation";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string Trace = "trace";
    public const string Suggestion = "suggestion";
    public const string Handoff = "handoff";
    public const string Command = "command";
    public const string CommandResult = "commandResult";
    public const string DeleteUserData = "deleteUserData";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Message, ConversationUpdate, Typing, Event, Invoke, EndOfConversation, InstallationUpdate, MessageReaction,
        MessageUpdate, MessageDelete, ContactRelationUpdate, Trace, Suggestion, Handoff, Command, CommandResult,
        DeleteUserData,
    };
}

public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";
    public const string Ephemeral = "ephemeral";
    public const string ExpectReplies = "expectReplies";
}

public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}

public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; init; }
}

public sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; init; }
}

public sealed record ConversationReference
{
    public string? ActivityId { get; init; }
    public ChannelAccount? User { get; init; }
    public ChannelAccount? Bot { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ChannelId { get; init; }
    public string? ServiceUrl { get; init; }
    public string? Locale { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; init; }
}

public sealed record Attachment
{
    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    /// <summary>Inline content: a card object built by the bot, or JsonElement when read from the wire.</summary>
    public object? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; init; }
}

public sealed record CardAction
{
    public string? Type { get; init; }
    public string? Title { get; init; }
    public string? Image { get; init; }
    public string? ImageAltText { get; init; }
    public string? Text { get; init; }
    public string? DisplayText { get; init; }
    public object? Value { get; init; }
    public object? ChannelData { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; init; }
}

public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }
    public IReadOnlyList<CardAction>? Actions { get; init; }
}

public sealed record Entity
{
    public string? Type { get; init; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Properties { get; init; }
}

public sealed record MessageReaction
{
    public string? Type { get; init; }
}

public sealed record TextHighlight
{
    public string? Text { get; init; }
    public int? Occurrence { get; init; }
}

public sealed record ResourceResponse(string? Id);

public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

public sealed record InvokeResponse(int Status, object? Body);

public sealed record ErrorBody(string Code, string Message);

public sealed record ErrorResponse(ErrorBody Error);

public static class CardContentTypes
{
    public const string Adaptive = "application/vnd.microsoft.card.adaptive";
    public const string Hero = "application/vnd.microsoft.card.hero";
}
