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
        using var body = await ReadPooledAsync(request, limit, ct);
        return body is null ? null : body.Span.ToArray();
    }

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes into a buffer rented from the shared pool (null when the body is
    /// longer). Every turn reads a body: renting instead of allocating keeps the hot path free of per-request buffers.
    /// </summary>
    private static async Task<PooledBody?> ReadPooledAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) return null;
        var body = new PooledBody((int)Math.Min(limit + 1L, request.ContentLength is { } known ? known + 1 : 4096));
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(body.FreeSpace(), ct)) > 0)
            {
                if (!body.Advance(read, limit)) { body.Dispose(); return null; }
            }
            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    /// <summary>A body in a rented buffer that grows by doubling; returned to the pool on dispose.</summary>
    private sealed class PooledBody(int initialSize) : IDisposable
    {
        private byte[] _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(initialSize, 256));
        private int _length;

        public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

        public Memory<byte> FreeSpace()
        {
            if (_length == _buffer.Length)
            {
                var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                _buffer.AsSpan(0, _length).CopyTo(larger);
                System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }
            return _buffer.AsMemory(_length);
        }

        /// <summary>False once more than <paramref name="limit"/> bytes have arrived.</summary>
        public bool Advance(int read, int limit)
        {
            _length += read;
            return _length <= limit;
        }

        public void Dispose()
        {
            if (_buffer.Length == 0) return;
            System.Buffers.ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }
    }

    /// <summary>
    /// One Activity from the body (both /api/messages and Direct Line): the activity with a type, or the 413/400 and
    /// the reason to answer with. Never throws for the sender's bad input.
    /// </summary>
    public static async Task<(Activity? Activity, ErrorReply? Error)> ReadActivityAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        using var body = await ReadPooledAsync(request, limit, ct);
        if (body is null) return (null, new ErrorReply(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"Badan permintaan melebihi {limit / 1024} KB."));
        Activity? activity;
        try { activity = JsonSerializer.Deserialize<Activity>(WithoutBom(body.Span), ProtocolJson.Options); }
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
    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> body) =>
        body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body;

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
