using System.Text.Json;
using System.Text.RegularExpressions;

namespace SmartCity.Bot.Protocol;

/// <summary>Conversation-reference rules for replies (reference §1.8) and reading channel-specific members.</summary>
public static partial class ActivityAddressing
{
    /// <summary>Addresses a reply to the inbound activity: swaps from/recipient, copies conversation, sets replyToId.</summary>
    public static Activity ApplyReference(Activity reply, Activity inbound)
    {
        // Direct Line and Web Chat conversationUpdates are service events, not messages one can thread under.
        var noThread = inbound.Type == ActivityTypes.ConversationUpdate && inbound.ChannelId is "directline" or "webchat";
        return reply with
        {
            ChannelId = inbound.ChannelId,
            ServiceUrl = inbound.ServiceUrl,
            Conversation = inbound.Conversation,
            From = inbound.Recipient,
            Recipient = inbound.From,
            ReplyToId = reply.ReplyToId ?? (noThread ? null : inbound.Id),
            Locale = reply.Locale ?? inbound.Locale,
            Id = null,
            Timestamp = null,
        };
    }

    /// <summary>Addresses a proactive message to a stored conversation reference.</summary>
    public static Activity ApplyReference(Activity message, ConversationReference reference) => message with
    {
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Conversation = reference.Conversation,
        From = reference.Bot,
        Recipient = reference.User,
        Locale = message.Locale ?? reference.Locale,
        ReplyToId = null,
        Id = null,
        Timestamp = null,
    };

    /// <summary>
    /// The user's words: text with the bot's Teams mention removed and other &lt;at&gt; tags reduced to the name;
    /// when a card submit carries no text, its data's "text" member.
    /// </summary>
    public static string UserText(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity is null || !string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) || entity.Properties is null) continue;
            entity.Properties.TryGetValue("mentioned", out var m);
            var mentionedId = StringMember(m, "id");
            var mentionedName = StringMember(m, "name");
            var mentionText = entity.Properties.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : mentionedName is null ? null : $"<at>{mentionedName}</at>";
            // As the SDK's RemoveRecipientMention: only the bot's own mention goes, case-insensitively.
            if (mentionedId is not null && mentionedId == activity.Recipient?.Id && !string.IsNullOrEmpty(mentionText))
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
        }
        text = AtTag().Replace(text, "$1");
        text = text.Replace("&nbsp;", " ", StringComparison.Ordinal).Trim();
        if (text.Length == 0 && ProtocolJson.AsElement(activity.Value) is { ValueKind: JsonValueKind.Object } value &&
            value.TryGetProperty("text", out var submitted) && submitted.ValueKind == JsonValueKind.String)
            text = submitted.GetString()!.Trim();
        // Lone surrogates (valid JSON escapes, invalid text) become U+FFFD: nothing downstream has to expect them.
        return text.AsSpan().ContainsAnyInRange('\ud800', '\udfff') ? System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text)) : text;
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    /// <summary>Teams puts the tenant in channelData.tenant.id and conversation.tenantId.</summary>
    public static string? TenantId(Activity activity)
    {
        if (!string.IsNullOrEmpty(activity.Conversation?.TenantId)) return activity.Conversation.TenantId;
        return ProtocolJson.AsElement(activity.ChannelData) is { ValueKind: JsonValueKind.Object } data &&
               data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object &&
               tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
    }

    /// <summary>A user principal name when the channel sends one (Teams roster fields on from).</summary>
    public static string? UserPrincipalName(Activity activity) =>
        activity.From?.Properties is { } p && p.TryGetValue("userPrincipalName", out var upn) && upn.ValueKind == JsonValueKind.String
            ? upn.GetString() : null;

    [GeneratedRegex(@"<at[^>]*>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();
}
