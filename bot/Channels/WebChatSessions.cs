using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Protocol.DirectLine;

namespace SmartCity.Bot.Channels;

/// <summary>What the page keeps in localStorage to come back to its conversation (a reminder may be waiting there).</summary>
public sealed record ResumeRequest(string? ConversationId, string? Ticket);

/// <summary>A Direct Line token for the page, and the ticket that brings it back to the same conversation later.</summary>
public sealed record WebChatSession(string ConversationId, string Token, int ExpiresIn, string UserId, string Ticket, bool Resumed);

/// <summary>
/// The web chat page's sessions (POST /api/webchat/session). A token lives 30 minutes; the page comes back days
/// later, so it also gets a resume ticket — an HMAC over conversation, user and expiry — and trades it for a fresh
/// token of the same conversation while the bot still holds it. Without a valid ticket a new conversation starts.
/// </summary>
public sealed class WebChatSessions(
    DirectLineConversations conversations,
    DirectLineTokens tokens,
    IOptions<DirectLineOptions> options,
    TimeProvider clock)
{
    private static readonly TimeSpan TicketLifetime = TimeSpan.FromDays(90);
    private readonly Lazy<byte[]> _key = new(() => TicketKey(options.Value, tokens));

    /// <summary>The resumed or a new conversation's session; null when every conversation slot is in use.</summary>
    public async Task<WebChatSession?> OpenAsync(ResumeRequest? request, CancellationToken cancellationToken)
    {
        if (request is { ConversationId: { Length: > 0 } id, Ticket: { Length: > 0 } ticket } &&
            ValidTicket(ticket) is { } user && user.ConversationId == id &&
            await conversations.FindAsync(id, cancellationToken) is { } held && held.UserId == user.UserId)
            return Session(held.Id, held.UserId, resumed: true);
        return await conversations.CreateAsync(cancellationToken) is { } created ? Session(created.Id, created.UserId, resumed: false) : null;
    }

    private WebChatSession Session(string conversationId, string userId, bool resumed)
    {
        var (token, _) = tokens.Issue(conversationId, userId);
        return new WebChatSession(conversationId, token, (int)tokens.Lifetime.TotalSeconds, userId, Ticket(conversationId, userId), resumed);
    }

    private string Ticket(string conversationId, string userId)
    {
        var expires = (clock.GetUtcNow() + TicketLifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(new[] { conversationId, userId, expires }));
        return body + "." + Base64UrlEncoder.Encode(Sign(body));
    }

    private (string ConversationId, string UserId)? ValidTicket(string ticket)
    {
        if (ticket.Length > 1024 || ticket.Split('.') is not [var body, var signature]) return null;
        try
        {
            if (!CryptographicOperations.FixedTimeEquals(Base64UrlEncoder.DecodeBytes(signature), Sign(body))) return null;
            if (JsonSerializer.Deserialize<string[]>(Base64UrlEncoder.DecodeBytes(body)) is not [var conversationId, var userId, var expires]) return null;
            var until = DateTimeOffset.FromUnixTimeSeconds(long.Parse(expires, NumberStyles.None, CultureInfo.InvariantCulture));
            return until > clock.GetUtcNow() ? (conversationId, userId) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or OverflowException or ArgumentException) { return null; }
    }

    private byte[] Sign(string data) => HMACSHA256.HashData(_key.Value, Encoding.ASCII.GetBytes(data));

    /// <summary>From the configured signing key or secret, else derived from the token key kept in the store: every instance agrees.</summary>
    private static byte[] TicketKey(DirectLineOptions o, DirectLineTokens tokens) =>
        !string.IsNullOrWhiteSpace(o.TokenSigningKey) ? SHA256.HashData(Encoding.UTF8.GetBytes("webchat-resume:" + o.TokenSigningKey))
        : !string.IsNullOrWhiteSpace(o.Secret) ? SHA256.HashData(Encoding.UTF8.GetBytes("webchat-resume:" + o.Secret))
        : tokens.DeriveKey("webchat-resume");

    /// <summary>The endpoint: an optional JSON body {conversationId, ticket} (at most 4 KB); anything else starts anew.</summary>
    public static async Task<IResult> HandleAsync(HttpContext http, WebChatSessions sessions, DirectLineEndpoints directLine)
    {
        if (!directLine.Enabled)
            return Results.Json(new ErrorResponse(new ErrorBody("NotEnabled", "Web chat tidak aktif di server ini (DirectLine:Secret belum diisi).")),
                ProtocolJson.Options, statusCode: StatusCodes.Status404NotFound);
        ResumeRequest? request = null;
        var body = await HttpBody.ReadLimitedAsync(http.Request, 4096, http.RequestAborted);
        if (body is null)
            return Results.Json(new ErrorResponse(new ErrorBody("PayloadTooLarge", "Badan permintaan melebihi 4 KB.")),
                ProtocolJson.Options, statusCode: StatusCodes.Status413PayloadTooLarge);
        if (body.Length > 0)
        {
            try { request = JsonSerializer.Deserialize<ResumeRequest>(body, ProtocolJson.Options); }
            catch (JsonException) { /* a broken saved session starts a new conversation */ }
        }
        return await sessions.OpenAsync(request, http.RequestAborted) is { } session
            ? Results.Json(session, ProtocolJson.Options)
            : Results.Json(new ErrorResponse(new ErrorBody("ServiceBusy", "Layanan web chat sedang penuh. Silakan coba lagi beberapa menit lagi.")),
                ProtocolJson.Options, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
