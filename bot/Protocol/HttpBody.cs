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
}
