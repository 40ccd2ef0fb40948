using System.Text.Json;

namespace SmartCity.Bot.Protocol;

/// <summary>Request bodies read with a size limit, whether or not the client sent a Content-Length.</summary>
internal static class HttpBody
{
    /// <summary>Identifiers the bot keys state by; longer ones are refused (Teams ids are a few hundred characters).</summary>
    private const int MaxIdChars = 1024;
    private const int MaxChannelIdChars = 64;

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// One Activity from the body (both /api/messages and Direct Line): the activity with a type, or the 413/400 and
    /// the reason to answer with. Never throws for the sender's bad input.
    /// </summary>
    public static async Task<(Activity? Activity, ErrorReply? Error)> ReadActivityAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        var body = await ReadLimitedAsync(request, limit, ct);
        if (body is null) return (null, new ErrorReply(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"Badan permintaan melebihi {limit / 1024} KB."));
        Activity? activity;
        try { activity = JsonSerializer.Deserialize<Activity>(WithoutBom(body), ProtocolJson.Options); }
        catch (Exception e) when (e is JsonException or NotSupportedException or FormatException or InvalidOperationException or ArgumentException)
        {
            // Where, not the serializer's text: that names .NET types, and nobody has been authenticated yet.
            var where = e is JsonException { LineNumber: { } line } json
                ? $" (baris {line + 1}, posisi {json.BytePositionInLine + 1}{(string.IsNullOrEmpty(json.Path) ? "" : ", di " + LogText.Safe(json.Path, 60))})"
                : "";
            return (null, new ErrorReply(StatusCodes.Status400BadRequest, "BadRequest", $"JSON tidak valid atau tidak sesuai skema Activity{where}."));
        }
        if (activity is null) return (null, new ErrorReply(StatusCodes.Status400BadRequest, "BadRequest", "Badan permintaan harus satu objek Activity."));
        if (string.IsNullOrWhiteSpace(activity.Type)) return (null, new ErrorReply(StatusCodes.Status400BadRequest, "BadRequest", "Field 'type' wajib ada."));
        if (BadIdentifier(activity) is { } field)
            return (null, new ErrorReply(StatusCodes.Status400BadRequest, "BadRequest", $"Field '{field}' terlalu panjang atau berisi karakter kontrol."));
        return (activity, null);
    }

    /// <summary>A UTF-8 byte order mark is allowed before the JSON (RFC 8259 §8.1 lets a parser ignore it).</summary>
    private static ReadOnlySpan<byte> WithoutBom(byte[] body) =>
        body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body.AsSpan(3) : body;

    /// <summary>Identifiers become store keys and log fields: no control characters (NUL included), bounded length.</summary>
    private static string? BadIdentifier(Activity activity) =>
        Bad(activity.ChannelId, MaxChannelIdChars) ? "channelId"
        : Bad(activity.Conversation?.Id, MaxIdChars) ? "conversation.id"
        : Bad(activity.From?.Id, MaxIdChars) ? "from.id"
        : Bad(activity.From?.AadObjectId, MaxIdChars) ? "from.aadObjectId"
        : Bad(activity.Conversation?.TenantId, MaxIdChars) ? "conversation.tenantId"
        : Bad(ActivityAddressing.UserPrincipalName(activity), MaxIdChars) ? "from.userPrincipalName"
        : Bad(activity.Recipient?.Id, MaxIdChars) ? "recipient.id"
        : Bad(activity.Id, MaxIdChars) ? "id"
        : Bad(activity.ServiceUrl, 2048) ? "serviceUrl"
        : null;

    private static bool Bad(string? value, int max) => value is not null && (value.Length > max || value.AsSpan().ContainsAnyInRange('\0', '\u001f') || value.Contains('\u007f'));
}

/// <summary>A 4xx answer: status, Bot Framework error code and a short reason.</summary>
internal sealed record ErrorReply(int Status, string Code, string Message);
