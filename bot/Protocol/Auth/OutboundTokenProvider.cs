using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace SmartCity.Bot.Protocol.Auth;

/// <summary>Bearer tokens for calls to the Bot Connector; none in development mode.</summary>
public interface IOutboundTokenProvider
{
    Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}

/// <summary>
/// Client-credentials tokens from Entra ID with MSAL (reference §4.6): MultiTenant against the botframework.com
/// tenant, SingleTenant against MicrosoftAppTenantId, UserAssignedMSI through the managed identity. MSAL caches
/// the token and refreshes it near expiry; one application object is kept for the bot's lifetime.
/// </summary>
public sealed class MsalTokenProvider : IOutboundTokenProvider
{
    private readonly BotAuthOptions _options;
    private readonly Lazy<IConfidentialClientApplication>? _confidential;
    private readonly Lazy<IManagedIdentityApplication>? _managed;

    public MsalTokenProvider(IOptions<BotAuthOptions> options, IHttpClientFactory httpClientFactory)
    {
        _options = options.Value;
        if (_options.AuthDisabled) return;
        var msalHttp = new MsalHttpClientFactory(httpClientFactory);
        if (_options.Type == AppType.UserAssignedMsi)
        {
            _managed = new(() => ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(_options.MicrosoftAppId!))
                .WithHttpClientFactory(msalHttp)
                .Build());
        }
        else
        {
            _confidential = new(() => ConfidentialClientApplicationBuilder
                .Create(_options.MicrosoftAppId)
                .WithClientSecret(_options.MicrosoftAppPassword)
                .WithAuthority(_options.LoginUrl, validateAuthority: !IsOverridden)
                .WithInstanceDiscovery(!IsOverridden)
                .WithHttpClientFactory(msalHttp)
                .Build());
        }
    }

    private bool IsOverridden => _options.ToChannelFromBotLoginUrl is not null;

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (_managed is not null)
        {
            var result = await _managed.Value.AcquireTokenForManagedIdentity(_options.OAuthScope)
                .WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        if (_confidential is not null)
        {
            var scope = _options.OAuthScope.EndsWith("/.default", StringComparison.Ordinal) ? _options.OAuthScope : _options.OAuthScope.TrimEnd('/') + "/.default";
            var result = await _confidential.Value.AcquireTokenForClient([scope])
                .WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        return null;
    }

    /// <summary>Lets MSAL use the app's IHttpClientFactory (pooled handlers, and a seam for local token endpoints).</summary>
    private sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient("msal");
    }
}
