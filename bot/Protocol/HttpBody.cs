using System.Text.Json;

namespace SmartCity.Bot.Protocol;

/// <summary>Request bodies read with a size limit, whether or not the client sent a Content-Length.</summary>
internal static class HttpBody
{
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
        try { activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options); }
        catch (Exception e) when (e is JsonException or NotSupportedException or FormatException or InvalidOperationException or ArgumentException)
        {
            // A converter may object with something other than JsonException: still the sender's bad input.
            return (null, new ErrorReply(StatusCodes.Status400BadRequest, "BadRequest", $"JSON tidak valid: {e.Message}"));
        }
        if (activity is null) return (null, new ErrorReply(StatusCodes.Status400BadRequest, "BadRequest", "Badan permintaan harus satu objek Activity."));
        if (string.IsNullOrWhiteSpace(activity.Type)) return (null, new ErrorReply(StatusCodes.Status400BadRequest, "BadRequest", "Field 'type' wajib ada."));
        return (activity, null);
    }
}

/// <summary>A 4xx answer: status, Bot Framework error code and a short reason.</summary>
internal sealed record ErrorReply(int Status, string Code, string Message);
