namespace SmartCity.Bot.Protocol.Auth;

/// <summary>
/// The Bot Framework configuration keys, named exactly as Bot Builder reads them (reference §4.7), plus the explicit
/// endpoint overrides. Bound from the configuration root, so appsettings.json and environment variables both work.
/// </summary>
public sealed class BotAuthOptions
{
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public string? ToBotFromChannelTokenIssuer { get; set; }
    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }
    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }
    public string? ToChannelFromBotLoginUrl { get; set; }
    public string? ToChannelFromBotOAuthScope { get; set; }

    /// <summary>Empty app id = development ("Emulator") mode: no inbound auth, no outbound token.</summary>
    public bool AuthDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public AppType Type => MicrosoftAppType?.Trim().ToLowerInvariant() switch
    {
        "singletenant" => AppType.SingleTenant,
        "userassignedmsi" => AppType.UserAssignedMsi,
        _ => AppType.MultiTenant,
    };

    public string ChannelIssuer => ToBotFromChannelTokenIssuer ?? "https://api.botframework.com";
    public string ChannelMetadataUrl => ToBotFromChannelOpenIdMetadataUrl ?? "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public string EmulatorMetadataUrl => ToBotFromEmulatorOpenIdMetadataUrl ?? "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public string OAuthScope => ToChannelFromBotOAuthScope ?? "https://api.botframework.com";

    public string LoginUrl => ToChannelFromBotLoginUrl ?? Type switch
    {
        AppType.SingleTenant or AppType.UserAssignedMsi => $"https://login.microsoftonline.com/{MicrosoftAppTenantId}",
        _ => "https://login.microsoftonline.com/botframework.com",
    };

    /// <summary>Issuers of tokens the Bot Framework Emulator obtains with the bot's credentials (reference §4.3).</summary>
    public IReadOnlyList<string> EmulatorIssuers
    {
        get
        {
            var issuers = new List<string>
            {
                "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
                "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
                "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
                "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
            };
            // A single-tenant bot accepts its own tenant's issuers, and only those (never any tid).
            if (!string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            {
                issuers.Add($"https://sts.windows.net/{MicrosoftAppTenantId}/");
                issuers.Add($"https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0");
            }
            return issuers;
        }
    }

    public void Validate()
    {
        if (AuthDisabled) return;
        if (Type == AppType.SingleTenant && (string.IsNullOrWhiteSpace(MicrosoftAppTenantId) || string.IsNullOrWhiteSpace(MicrosoftAppPassword)))
            throw new InvalidOperationException("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId and MicrosoftAppPassword.");
        if (Type == AppType.UserAssignedMsi && !string.IsNullOrWhiteSpace(MicrosoftAppPassword))
            throw new InvalidOperationException("MicrosoftAppType UserAssignedMSI must not have a MicrosoftAppPassword.");
        if (Type == AppType.UserAssignedMsi && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            throw new InvalidOperationException("MicrosoftAppType UserAssignedMSI needs MicrosoftAppTenantId.");
        if (Type == AppType.MultiTenant && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
            throw new InvalidOperationException("MicrosoftAppType MultiTenant needs MicrosoftAppPassword.");
    }
}

public enum AppType { MultiTenant, SingleTenant, UserAssignedMsi }
