using System.Text.Json;

namespace SmartCity.Bot.Protocol;

/// <summary>What one activity sent by an end user's client (a browser on Direct Line) may carry.</summary>
public sealed record ClientActivityLimits(int MaxTextChars, int MaxValueBytes = 8 * 1024, int MaxEntities = 4,
    int MaxEntityBytes = 1024, int MaxAttachmentBytes = 4 * 1024, int MaxNameChars = 128);

/// <summary>
/// Activities from end users' clients, cut to what the bot reads and what Web Chat needs back (reference §5.5): the
/// text (the limit counts the text the bot actually reads, a card's value.text included), a small value, Web Chat's
/// clientActivityID/clientTimestamp, a few small entities and attachments. Anything else a client adds is dropped,
/// so what is kept per activity is bounded whatever the body holds.
/// </summary>
public static class ClientActivity
{
    private static readonly string[] KeptChannelData = ["clientActivityID", "clientTimestamp"];
    private const int MaxChannelDataString = 256;

    /// <summary>The activity to keep and run, or why it is refused (413 with an Indonesian reason).</summary>
    public static (Activity? Activity, string? TooLarge) Limit(Activity activity, ClientActivityLimits limits)
    {
        var value = ProtocolJson.AsElement(activity.Value);
        if (value is { } v && v.GetRawText().Length > limits.MaxValueBytes)
            return (null, $"Data yang dikirim terlalu besar (maksimal {limits.MaxValueBytes / 1024} KB).");
        if ((activity.Text?.Length ?? 0) > limits.MaxTextChars || ActivityAddressing.UserText(activity).Length > limits.MaxTextChars)
            return (null, $"Pesan terlalu panjang (maksimal {limits.MaxTextChars} karakter).");

        var attachments = activity.Attachments is { Count: > 0 } a && ProtocolJson.Serialize(a).Length <= limits.MaxAttachmentBytes ? a : null;
        var kept = new Activity
        {
            Type = Cap(activity.Type, 32),
            Id = activity.Id,
            LocalTimestamp = activity.LocalTimestamp,
            LocalTimezone = Cap(activity.LocalTimezone, 64),
            ChannelId = activity.ChannelId,
            From = activity.From is { } from ? new ChannelAccount { Id = from.Id, Name = Cap(from.Name, limits.MaxNameChars), Role = Cap(from.Role, 16) } : null,
            Conversation = activity.Conversation is { } c ? new ConversationAccount { Id = c.Id } : null,
            ReplyToId = activity.ReplyToId,
            Text = activity.Text,
            TextFormat = Cap(activity.TextFormat, 16),
            Locale = Cap(activity.Locale, 20),
            Name = Cap(activity.Name, limits.MaxNameChars),
            Value = value,
            ChannelData = ChannelData(activity.ChannelData),
            Entities = activity.Entities?.Where(e => e is not null && ProtocolJson.Serialize(e).Length <= limits.MaxEntityBytes).Take(limits.MaxEntities).ToList(),
            Attachments = attachments,
            DeliveryMode = activity.DeliveryMode,
        };
        return (kept, null);
    }

    /// <summary>
    /// Only what Web Chat reads back from its own echo: the ids it matches by, postBack (hide the bubble) and
    /// messageBack.displayText (what the bubble shows); short strings.
    /// </summary>
    private static object? ChannelData(object? channelData)
    {
        if (ProtocolJson.AsElement(channelData) is not { ValueKind: JsonValueKind.Object } data) return null;
        var kept = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var name in KeptChannelData)
            if (ShortString(data, name) is { } s) kept[name] = s;
        if (data.TryGetProperty("postBack", out var postBack) && postBack.ValueKind is JsonValueKind.True) kept["postBack"] = true;
        if (data.TryGetProperty("messageBack", out var messageBack) && messageBack.ValueKind == JsonValueKind.Object && ShortString(messageBack, "displayText") is { } display)
            kept["messageBack"] = new Dictionary<string, string> { ["displayText"] = display };
        return kept.Count == 0 ? null : kept;
    }

    private static string? ShortString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String && member.GetString() is { Length: <= MaxChannelDataString } s ? s : null;

    private static string? Cap(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
