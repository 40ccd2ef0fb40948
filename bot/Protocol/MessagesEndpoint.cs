using Microsoft.Extensions.Options;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol.Auth;
using SmartCity.Bot.Protocol.Connector;

namespace SmartCity.Bot.Protocol;

/// <summary>
/// POST /api/messages (reference §2): read and check the body, authenticate, run the turn, answer with the status the
/// channel expects. Bad input gets a 4xx with a short JSON reason; nothing here answers 500.
/// </summary>
public sealed class MessagesEndpoint(
    InboundAuthenticator authenticator,
    ServiceUrlPolicy serviceUrls,
    ConnectorClient connector,
    TurnPipeline pipeline,
    RecentActivities recent,
    IHostApplicationLifetime lifetime,
    IOptions<ProtocolOptions> options,
    ILogger<MessagesEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var request = http.Request;

        if (!IsJson(request.ContentType))
            return Reject(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Content-Type harus application/json.");
        var (read, error) = await HttpBody.ReadActivityAsync(request, options.Value.MaxBodyBytes, ct);
        if (read is null) return Reject(error!.Status, error.Code, error.Message);
        var activity = read;
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return Reject(StatusCodes.Status400BadRequest, "BadRequest", "Field 'conversation.id' wajib ada.");
        if (string.IsNullOrWhiteSpace(activity.From?.Id)) return Reject(StatusCodes.Status400BadRequest, "BadRequest", "Field 'from.id' wajib ada.");

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity.ChannelId, activity.ServiceUrl, ct);
        if (!auth.Succeeded)
        {
            // Nothing the unauthenticated sender chose goes into the log beyond a short, escaped channel id.
            logger.LogInformation("401 for channel {Channel}: {Reason}", LogText.Safe(activity.ChannelId, 32), auth.Failure);
            return Reject(StatusCodes.Status401Unauthorized, "Unauthorized", auth.Failure!);
        }
        // A copy of the whole activity only when the caller id changes (an Activity is large and every turn passed here).
        if (activity.CallerId != auth.CallerId) activity = activity with { CallerId = auth.CallerId };

        // Unknown activity types are acknowledged and ignored (spec A2006).
        if (!ActivityTypes.All.Contains(activity.Type!)) return Results.Ok();

        var expectReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (expectReplies && activity.Type == ActivityTypes.Invoke)
            return Reject(StatusCodes.Status400BadRequest, "BadRequest", "deliveryMode expectReplies tidak didukung untuk invoke.");
        var trusted = serviceUrls.IsTrusted(activity.ServiceUrl, auth.ServiceUrlVouched);
        if (!expectReplies && !trusted && activity.Type != ActivityTypes.Invoke)
        {
            logger.LogWarning("Refused untrusted serviceUrl {ServiceUrl}", LogText.Safe(activity.ServiceUrl));
            return Reject(StatusCodes.Status403Forbidden, "Forbidden", "serviceUrl tidak diizinkan untuk balasan.");
        }

        // A channel retry of an activity already handled is acknowledged, not answered twice; replies that could not
        // be delivered the first time are delivered now.
        if (!expectReplies && !await recent.TryRegisterAsync(activity, ct))
            return recent.TakeUndelivered(activity) is { } pending ? await RedeliverAsync(activity, pending) : Results.Ok();

        var user = new UserIdentity(
            activity.ChannelId ?? "", activity.From!.Id!, activity.From.Name, activity.From.AadObjectId,
            ActivityAddressing.TenantId(activity), ActivityAddressing.UserPrincipalName(activity), auth.Identity is not null);
        IReplyTransport transport = expectReplies
            ? new BufferedTransport()
            : trusted ? new ConnectorTransport(connector, activity.ServiceUrl!) : new DiscardTransport();
        var turn = new TurnContext(activity, user, ActivityAddressing.UserText(activity), trusted && !expectReplies, transport);

        // Replies of a normal turn go out of band: a channel that stops waiting must not cancel the turn half-way.
        var turnToken = expectReplies ? ct : lifetime.ApplicationStopping;
        try
        {
            await pipeline.RunAsync(turn, options.Value.TypingDelay, turnToken);
        }
        catch (DeliveryFailedException e)
        {
            // The turn ran and its state is saved; the channel did not take the replies. Keep them for its retry.
            recent.KeepUndelivered(activity, e.Undelivered);
            logger.LogWarning(e.InnerException, "Replies to {ServiceUrl} not delivered", LogText.Safe(activity.ServiceUrl));
            return Reject(StatusCodes.Status502BadGateway, "ConnectorFailed", "Balasan tidak dapat dikirim ke serviceUrl; kirim ulang aktivitas ini untuk mencoba lagi.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing was saved (e.g. the store is unreachable): the channel may retry the same activity.
            await recent.ForgetAsync(activity);
            logger.LogError(e, "Turn could not be completed");
            return Reject(StatusCodes.Status503ServiceUnavailable, "Unavailable", "Bot sementara tidak dapat memproses pesan. Silakan coba lagi.");
        }

        if (expectReplies) return Results.Json(new ExpectedReplies(((BufferedTransport)transport).Activities), ProtocolJson.Options);
        if (activity.Type == ActivityTypes.Invoke)
        {
            return turn.InvokeResponse is { } invoke
                ? invoke.Body is null ? Results.StatusCode(invoke.Status) : Results.Json(invoke.Body, ProtocolJson.Options, statusCode: invoke.Status)
                : Results.StatusCode(StatusCodes.Status501NotImplemented);
        }
        return Results.Ok();
    }

    private async Task<IResult> RedeliverAsync(Activity activity, IReadOnlyList<Activity> pending)
    {
        for (var i = 0; i < pending.Count; i++)
        {
            try { await connector.SendAsync(activity.ServiceUrl!, pending[i], lifetime.ApplicationStopping); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                recent.KeepUndelivered(activity, pending.Skip(i).ToList());
                logger.LogWarning(e, "Replies to {ServiceUrl} still not delivered", LogText.Safe(activity.ServiceUrl));
                return Reject(StatusCodes.Status502BadGateway, "ConnectorFailed", "Balasan tidak dapat dikirim ke serviceUrl; kirim ulang aktivitas ini untuk mencoba lagi.");
            }
        }
        return Results.Ok();
    }

    private IResult Reject(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorBody(code, message)), ProtocolJson.Options, statusCode: status);

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return false;
        var mediaType = contentType.AsSpan();
        if (mediaType.IndexOf(';') is var end and >= 0) mediaType = mediaType[..end];
        mediaType = mediaType.Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
               mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }


    private sealed class BufferedTransport : IReplyTransport
    {
        public List<Activity> Activities { get; } = [];
        public bool IsBuffered => true;
        public Task DeliverAsync(Activity activity, CancellationToken cancellationToken)
        {
            Activities.Add(activity);
            return Task.CompletedTask;
        }
    }

    private sealed class ConnectorTransport(ConnectorClient connector, string serviceUrl) : IReplyTransport
    {
        public bool IsBuffered => false;
        public Task DeliverAsync(Activity activity, CancellationToken cancellationToken) => connector.SendAsync(serviceUrl, activity, cancellationToken);
    }

    /// <summary>Invokes answer in the HTTP response; anything else they send has nowhere trusted to go.</summary>
    private sealed class DiscardTransport : IReplyTransport
    {
        public bool IsBuffered => true;
        public Task DeliverAsync(Activity activity, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
