using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SmartCity.Bot.Protocol.Auth;

namespace SmartCity.Bot.Protocol.Connector;

/// <summary>Raised when the channel refused or could not take an activity.</summary>
public sealed class ConnectorException(HttpStatusCode? status, string message) : Exception(message)
{
    public HttpStatusCode? Status { get; } = status;
}

/// <summary>
/// Bot Connector REST v3 (reference §3): ReplyToActivity / SendToConversation / UpdateActivity under a serviceUrl,
/// with escaped path segments and the bot's bearer token. Retries on 429/5xx come from the resilience handler.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IOutboundTokenProvider tokens, ILogger<ConnectorClient> logger)
{
    public async Task<ResourceResponse?> SendAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("activity.conversation.id is required");
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId)) path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        return await CallAsync(HttpMethod.Post, serviceUrl, path, activity, cancellationToken);
    }

    public async Task<ResourceResponse?> UpdateAsync(string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("activity.conversation.id is required");
        var activityId = activity.Id ?? throw new ArgumentException("activity.id is required to update");
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        return await CallAsync(HttpMethod.Put, serviceUrl, path, activity, cancellationToken);
    }

    public const string TelemetryName = "SmartCity.Bot.Protocol";
    private static readonly System.Diagnostics.ActivitySource Telemetry = new(TelemetryName);

    private async Task<ResourceResponse?> CallAsync(HttpMethod method, string serviceUrl, string path, Activity activity, CancellationToken ct)
    {
        // One span per connector call (the HTTP attempts inside it come from the HttpClient instrumentation).
        using var span = Telemetry.StartActivity("connector.call", System.Diagnostics.ActivityKind.Client);
        span?.SetTag("smartcity.channel", activity.ChannelId);
        span?.SetTag("smartcity.activity_type", activity.Type);
        span?.SetTag("http.request.method", method.Method);
        var baseUri = new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/");
        var uri = new Uri(baseUri, path);
        var body = ProtocolJson.Serialize(activity);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            var token = await tokens.GetTokenAsync(forceRefresh: attempt > 0, ct);
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, ct);
            // A 401 may mean a stale token: refresh once (reference §4.6).
            if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && attempt == 0) continue;
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Connector {Method} {Uri} answered {Status}", method, uri, (int)response.StatusCode);
                throw new ConnectorException(response.StatusCode, $"Connector answered {(int)response.StatusCode}");
            }
            try { return string.IsNullOrWhiteSpace(text) ? null : ProtocolJson.Deserialize<ResourceResponse>(text); }
            catch (System.Text.Json.JsonException) { return null; }
        }
    }
}
