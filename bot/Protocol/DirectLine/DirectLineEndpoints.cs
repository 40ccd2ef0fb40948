using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol.Auth;
using SmartCity.Bot.Protocol.Connector;

namespace SmartCity.Bot.Protocol.DirectLine;

/// <summary>
/// A Direct Line 3.0-compatible endpoint (reference §5.2–5.6) so Web Chat and DirectLineJS talk to the bot with no
/// Azure in between. User activities are echoed into the conversation's transcript and run through the same turn
/// pipeline as /api/messages, in-process; the bot's replies are appended to the transcript and pushed to streams.
/// </summary>
public sealed class DirectLineEndpoints(
    DirectLineConversations conversations,
    DirectLineTokens tokens,
    IOptions<DirectLineOptions> options,
    IOptions<BotAuthOptions> auth,
    IOptions<ProtocolOptions> protocol,
    TimeProvider clock,
    ILogger<DirectLineEndpoints> logger)
{
    public const string ChannelId = "directline";
    public const string CorsPolicy = "directline";
    public static readonly ChannelAccount BotAccount = new() { Id = "smartcity-bot", Name = "SmartCity.Bot", Role = "bot" };

    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    /// <summary>On in development (no MicrosoftAppId); in production only with a configured secret.</summary>
    public bool Enabled => options.Value.Enabled != false && (auth.Value.AuthDisabled || HasSecret);

    private bool HasSecret => !string.IsNullOrWhiteSpace(options.Value.Secret);

    /// <summary>The page's own token endpoint: a new conversation and a token bound to it (the secret never leaves the server).</summary>
    public async Task<IResult> WebChatTokenAsync(HttpContext http)
    {
        if (!Enabled) return Error(StatusCodes.Status404NotFound, "NotEnabled", DisabledMessage);
        if (await conversations.CreateAsync(http.RequestAborted) is not { } conversation) return Full();
        var (token, _) = tokens.Issue(conversation.Id, conversation.UserId);
        return Results.Json(new { conversationId = conversation.Id, token, expires_in = ExpiresIn, userId = conversation.UserId }, ProtocolJson.Options);
    }

    /// <summary>POST tokens/generate: with the secret (or, in development only, without one).</summary>
    public async Task<IResult> GenerateAsync(HttpContext http)
    {
        if (!Enabled) return Error(StatusCodes.Status404NotFound, "NotEnabled", DisabledMessage);
        if (HasSecret ? !IsSecret(Bearer(http)) : !auth.Value.AuthDisabled)
            return Error(StatusCodes.Status403Forbidden, "Forbidden", "Secret Direct Line tidak valid.");
        if (await conversations.CreateAsync(http.RequestAborted) is not { } conversation) return Full();
        var (token, _) = tokens.Issue(conversation.Id, conversation.UserId);
        return Results.Json(new { conversationId = conversation.Id, token, expires_in = ExpiresIn }, ProtocolJson.Options);
    }

    /// <summary>POST tokens/refresh: a fresh token for the same conversation and user, while the current one is valid.</summary>
    public async Task<IResult> RefreshAsync(HttpContext http)
    {
        if (!Enabled) return Error(StatusCodes.Status404NotFound, "NotEnabled", DisabledMessage);
        var grant = tokens.Validate(Bearer(http));
        if (grant is null) return Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token tidak valid atau sudah kedaluwarsa.");
        if (await conversations.FindAsync(grant.ConversationId, http.RequestAborted) is null) return Error(StatusCodes.Status404NotFound, "NotFound", "Percakapan tidak ditemukan.");
        var (token, _) = tokens.Issue(grant.ConversationId, grant.UserId);
        return Results.Json(new { conversationId = grant.ConversationId, token, expires_in = ExpiresIn }, ProtocolJson.Options);
    }

    /// <summary>POST conversations: the secret starts a new conversation; a token starts (or returns) its own.</summary>
    public async Task<IResult> StartAsync(HttpContext http)
    {
        if (!Enabled) return Error(StatusCodes.Status404NotFound, "NotEnabled", DisabledMessage);
        var bearer = Bearer(http);
        if (string.IsNullOrEmpty(bearer)) return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Header Authorization tidak ada.");
        DirectLineConversation? conversation;
        if (IsSecret(bearer))
        {
            conversation = await conversations.CreateAsync(http.RequestAborted);
            if (conversation is null) return Full();
        }
        else if (tokens.Validate(bearer) is { } grant) conversation = await conversations.FindAsync(grant.ConversationId, http.RequestAborted);
        else return Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token tidak valid atau sudah kedaluwarsa.");
        if (conversation is null) return Error(StatusCodes.Status404NotFound, "NotFound", "Percakapan tidak ditemukan atau sudah berakhir.");

        var locale = await ReadStartLocaleAsync(http);
        var created = await conversations.TryStartAsync(conversation.Id, http.RequestAborted);
        if (created)
        {
            // The bot learns it was added (as Azure Direct Line does); the user is greeted on the client's
            // webchat/join event, so a welcome never arrives twice. conversationUpdate is not shown to clients.
            var update = new Activity
            {
                Type = ActivityTypes.ConversationUpdate,
                Id = Guid.NewGuid().ToString("N"),
                Timestamp = clock.GetUtcNow(),
                ChannelId = ChannelId,
                ServiceUrl = ServiceUrl(http),
                From = new ChannelAccount { Id = conversation.UserId, Role = "user" },
                Recipient = BotAccount,
                Conversation = new ConversationAccount { Id = conversation.Id },
                MembersAdded = [BotAccount],
                Locale = locale,
            };
            var failure = await RunTurnAsync(http, conversation, update);
            if (failure is not null) logger.LogWarning("conversationUpdate failed for a Direct Line conversation: {Failure}", failure);
        }
        return Results.Json(ConversationObject(http, conversation, null), ProtocolJson.Options,
            statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>GET conversations/{id}: reconnect — a fresh token and stream URL (replaying after the watermark).</summary>
    public async Task<IResult> ReconnectAsync(HttpContext http, string conversationId)
    {
        var (denied, conversation) = await AuthorizeAsync(http, conversationId);
        if (denied is not null) return denied;
        return Results.Json(ConversationObject(http, conversation!, http.Request.Query["watermark"]), ProtocolJson.Options);
    }

    /// <summary>GET conversations/{id}/activities?watermark=: polling.</summary>
    public async Task<IResult> ActivitiesAsync(HttpContext http, string conversationId)
    {
        var (denied, _) = await AuthorizeAsync(http, conversationId);
        if (denied is not null) return denied;
        return await conversations.SinceAsync(conversationId, http.Request.Query["watermark"], http.RequestAborted) is { } set
            ? Results.Json(set, ProtocolJson.Options)
            : Gone();
    }

    /// <summary>POST conversations/{id}/activities: echo the user's activity, run the turn, answer {id}.</summary>
    public async Task<IResult> PostActivityAsync(HttpContext http, string conversationId)
    {
        var (denied, conversation) = await AuthorizeAsync(http, conversationId);
        if (denied is not null) return denied;
        var (read, error) = await HttpBody.ReadActivityAsync(http.Request, Math.Min(protocol.Value.MaxBodyBytes, options.Value.MaxActivityBytes), http.RequestAborted);
        if (read is null) return Error(error!.Status, error.Code, error.Message);
        // What a browser sends is cut to what the bot reads and Web Chat needs back, so the transcript stays bounded.
        var (activity, tooLarge) = ClientActivity.Limit(read, new ClientActivityLimits(options.Value.MaxTextChars));
        if (activity is null) return Error(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", tooLarge!);

        // Keep what Web Chat matches its echo by (clientActivityID, locale…); the user is the one bound to the token.
        var grantUser = tokens.Validate(Bearer(http))?.UserId ?? activity.From?.Id ?? conversation!.UserId;
        var from = (activity.From ?? new ChannelAccount()) with { Id = grantUser, Role = "user" };
        var echo = await conversations.AppendAsync(conversation!.Id, activity with
        {
            ChannelId = ChannelId,
            From = from,
            Recipient = BotAccount,
            ServiceUrl = null,
            CallerId = null,
            DeliveryMode = null,
        }, http.RequestAborted);
        if (echo is null) return Gone();

        var failure = await RunTurnAsync(http, conversation, echo with { ServiceUrl = ServiceUrl(http) });
        return failure is null
            ? Results.Json(new ResourceResponse(echo.Id), ProtocolJson.Options)
            : Error(StatusCodes.Status502BadGateway, "BotError", "Bot gagal memproses aktivitas ini.");
    }

    public async Task<IResult> UploadAsync(HttpContext http, string conversationId) =>
        (await AuthorizeAsync(http, conversationId)).Denied ?? Error(StatusCodes.Status400BadRequest, "NotSupported", "Mengunggah berkas belum didukung oleh bot ini.");

    /// <summary>The WebSocket stream: backlog after the watermark, then every new activity; empty frames as keep-alive.</summary>
    public async Task StreamAsync(HttpContext http, string conversationId)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await Error(StatusCodes.Status400BadRequest, "BadRequest", "Harus permintaan WebSocket.").ExecuteAsync(http);
            return;
        }
        // Browsers cannot set headers on a WebSocket: the credential travels in the stream URL (?t=).
        var grant = Enabled ? tokens.Validate(http.Request.Query["t"]) : null;
        var conversation = grant is not null && grant.ConversationId == conversationId ? await conversations.FindAsync(conversationId, http.RequestAborted) : null;
        if (conversation is null)
        {
            await Error(StatusCodes.Status403Forbidden, "Forbidden", "Token stream tidak valid untuk percakapan ini.").ExecuteAsync(http);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var local = conversations.Subscribe(conversationId);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var receiving = DrainClientAsync(socket, closed);
        var watermark = (string?)http.Request.Query["watermark"];
        var poll = options.Value.StreamPollInterval > TimeSpan.Zero ? options.Value.StreamPollInterval : TimeSpan.FromSeconds(1);
        var lastSent = clock.GetUtcNow();
        try
        {
            while (!closed.IsCancellationRequested)
            {
                // The transcript is in the store: read what is new (appended here or on another instance).
                var set = await conversations.SinceAsync(conversationId, watermark, closed.Token);
                if (set is null) break; // conversation dropped
                if (set.Activities.Count > 0)
                {
                    await SendFrameAsync(socket, ProtocolJson.Serialize(set), closed.Token);
                    lastSent = clock.GetUtcNow();
                }
                watermark = set.Watermark;

                // Then wait for a local wake-up (an append or a typing indicator here) or the next poll.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(closed.Token);
                wait.CancelAfter(poll);
                try
                {
                    if (!await local.Reader.WaitToReadAsync(wait.Token)) break;
                    while (local.Reader.TryRead(out var signal))
                        if (signal is not null) await SendFrameAsync(socket, ProtocolJson.Serialize(new ActivitySet([signal], null)), closed.Token);
                }
                catch (OperationCanceledException) when (!closed.IsCancellationRequested) { }
                if (clock.GetUtcNow() - lastSent >= KeepAlive)
                {
                    await SendFrameAsync(socket, "", closed.Token); // keep-alive: DirectLineJS ignores empty frames
                    lastSent = clock.GetUtcNow();
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException) { /* client went away */ }
        await closed.CancelAsync();
        await receiving;
        // Complete the close handshake whichever side started it.
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try { await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "ended", CancellationToken.None); }
            catch (WebSocketException) { }
        }
    }

    private static Task SendFrameAsync(WebSocket socket, string frame, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>Reads (and ignores) what the client sends — its pings — until it closes the socket.</summary>
    private static async Task DrainClientAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException) { }
        await closed.CancelAsync();
    }

    /// <summary>Runs one turn in-process; replies go into the transcript. Returns a failure reason, or null.</summary>
    private static async Task<string?> RunTurnAsync(HttpContext http, DirectLineConversation conversation, Activity activity)
    {
        var services = http.RequestServices;
        var pipeline = services.GetRequiredService<TurnPipeline>();
        var typingDelay = services.GetRequiredService<IOptions<ProtocolOptions>>().Value.TypingDelay;
        var clock = services.GetRequiredService<TimeProvider>();
        var user = new UserIdentity(ChannelId, activity.From?.Id ?? conversation.UserId, activity.From?.Name, null, null, null, ChannelVerified: false);
        // Later messages (reminders) reach the conversation through DirectLineConversations.AppendFromBotAsync, never a serviceUrl.
        var turn = new TurnContext(activity, user, ActivityAddressing.UserText(activity), canMessageLater: true,
            new TranscriptTransport(services.GetRequiredService<DirectLineConversations>(), conversation.Id, clock));
        try
        {
            await pipeline.RunAsync(turn, typingDelay, http.RequestAborted);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            services.GetRequiredService<ILogger<DirectLineEndpoints>>().LogError(e, "Direct Line turn failed");
            return e.Message;
        }
    }

    /// <summary>Where the bot's replies for this channel go: the conversation's transcript and its open streams.</summary>
    private sealed class TranscriptTransport(DirectLineConversations conversations, string conversationId, TimeProvider clock) : IReplyTransport
    {
        public bool IsBuffered => false;

        public async Task DeliverAsync(Activity activity, CancellationToken cancellationToken)
        {
            var reply = activity with { ServiceUrl = null, From = BotAccount };
            if (reply.Type == ActivityTypes.Typing) conversations.Signal(conversationId, reply with { Id = Guid.NewGuid().ToString("N"), Timestamp = clock.GetUtcNow() });
            else if (await conversations.AppendAsync(conversationId, reply, cancellationToken) is null)
                throw new InvalidOperationException("Direct Line conversation no longer exists");
        }
    }

    private async Task<(IResult? Denied, DirectLineConversation? Conversation)> AuthorizeAsync(HttpContext http, string conversationId)
    {
        if (!Enabled) return (Error(StatusCodes.Status404NotFound, "NotEnabled", DisabledMessage), null);
        var bearer = Bearer(http);
        if (string.IsNullOrEmpty(bearer)) return (Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Header Authorization tidak ada."), null);
        if (!IsSecret(bearer))
        {
            var grant = tokens.Validate(bearer);
            if (grant is null) return (Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token tidak valid atau sudah kedaluwarsa."), null);
            // A token opens exactly one conversation.
            if (grant.ConversationId != conversationId) return (Error(StatusCodes.Status403Forbidden, "Forbidden", "Token ini bukan untuk percakapan tersebut."), null);
        }
        var conversation = await conversations.FindAsync(conversationId, http.RequestAborted);
        return conversation is null ? (Gone(), null) : (null, conversation);
    }

    private static IResult Gone() => Error(StatusCodes.Status404NotFound, "NotFound", "Percakapan tidak ditemukan atau sudah berakhir.");

    /// <summary>Every conversation slot is held by someone chatting right now: refuse rather than drop one of them.</summary>
    private static IResult Full() => Error(StatusCodes.Status503ServiceUnavailable, "ServiceBusy",
        "Layanan web chat sedang penuh. Silakan coba lagi beberapa menit lagi.");

    private object ConversationObject(HttpContext http, DirectLineConversation conversation, string? watermark)
    {
        var (token, _) = tokens.Issue(conversation.Id, conversation.UserId);
        var request = http.Request;
        var scheme = request.IsHttps ? "wss" : "ws";
        var streamUrl = $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?t={Uri.EscapeDataString(token)}";
        if (!string.IsNullOrEmpty(watermark)) streamUrl += "&watermark=" + Uri.EscapeDataString(watermark);
        return new { conversationId = conversation.Id, token, expires_in = ExpiresIn, streamUrl };
    }

    private int ExpiresIn => (int)tokens.Lifetime.TotalSeconds;

    private bool IsSecret(string? bearer) =>
        HasSecret && bearer is not null &&
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(bearer)), SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Secret!)));

    private static string? Bearer(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>The bot's own base address: the serviceUrl the bot sees for this channel.</summary>
    private static string ServiceUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    /// <summary>The optional start body (TokenParameters: user, locale); only the locale is used.</summary>
    private static async Task<string?> ReadStartLocaleAsync(HttpContext http)
    {
        var body = await HttpBody.ReadLimitedAsync(http.Request, 4096, http.RequestAborted);
        if (body is not { Length: > 0 }) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("locale", out var l) &&
                   l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        }
        catch (JsonException) { return null; }
    }


    private const string DisabledMessage =
        "Web chat (Direct Line) tidak aktif. Dalam mode produksi (MicrosoftAppId terisi), aktifkan dengan mengisi DirectLine:Secret.";

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorBody(code, message)), ProtocolJson.Options, statusCode: status);
}
