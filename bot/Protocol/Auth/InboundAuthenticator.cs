using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SmartCity.Bot.Protocol.Auth;

/// <summary>Outcome of checking an inbound request's Authorization header.</summary>
public sealed record AuthResult(bool Succeeded, string? Failure, string? CallerId, bool ServiceUrlVouched, ClaimsIdentity? Identity)
{
    public static AuthResult Fail(string reason) => new(false, reason, null, false, null);
    public static readonly AuthResult Anonymous = new(true, null, null, false, null);
}

/// <summary>
/// Validates the JWT on an inbound activity the way Bot Builder does (reference §4.2–4.5): Bot Connector tokens
/// (issuer, signature from OpenID metadata, lifetime, audience, channel endorsement, serviceurl claim) and Emulator
/// tokens (Entra issuers, ver/appid/azp). With no app id configured, an absent header is anonymous development mode.
/// </summary>
public sealed class InboundAuthenticator
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly BotAuthOptions _options;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, MetadataSource> _metadata = new();
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILogger<InboundAuthenticator> _logger;

    public InboundAuthenticator(IOptions<BotAuthOptions> options, IHttpClientFactory httpClientFactory, ILogger<InboundAuthenticator> logger)
    {
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _logger = logger;
    }

    public async Task<AuthResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
            return _options.AuthDisabled ? AuthResult.Anonymous : AuthResult.Fail("Header Authorization tidak ada (missing Authorization header).");

        // A header that is present is always validated, as the SDK does, even in development mode.
        if (!authorizationHeader.StartsWith("Bearer ", StringComparison.Ordinal))
            return AuthResult.Fail("Skema Authorization harus Bearer.");
        var token = authorizationHeader["Bearer ".Length..].Trim();
        if (_options.AuthDisabled)
            return AuthResult.Fail("Bot berjalan tanpa MicrosoftAppId; token tidak dapat divalidasi.");

        JsonWebToken jwt;
        try { jwt = _handler.ReadJsonWebToken(token); }
        catch (Exception) { return AuthResult.Fail("Token bukan JWT yang valid."); }

        if (string.Equals(jwt.Issuer, _options.ChannelIssuer, StringComparison.Ordinal))
            return await ValidateChannelTokenAsync(token, jwt, channelId, serviceUrl, cancellationToken);
        if (_options.EmulatorIssuers.Contains(jwt.Issuer, StringComparer.Ordinal))
            return await ValidateEmulatorTokenAsync(token, jwt, cancellationToken);
        return AuthResult.Fail("Penerbit (issuer) token tidak dikenal.");
    }

    private async Task<AuthResult> ValidateChannelTokenAsync(string token, JsonWebToken jwt, string? channelId, string? serviceUrl, CancellationToken ct)
    {
        var source = Source(_options.ChannelMetadataUrl);
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _options.ChannelIssuer,
            ValidAudience = _options.MicrosoftAppId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew,
            ValidAlgorithms = ["RS256", "RS384", "RS512"],
            ConfigurationManager = source.Configuration,
        };
        var result = await ValidateWithRefreshAsync(token, parameters, source, ct);
        if (!result.IsValid) return AuthResult.Fail(Describe(result.Exception));

        // The signing key must be endorsed for the activity's channel (keys without endorsements are not enough).
        if (!string.IsNullOrEmpty(channelId))
        {
            var endorsements = await source.EndorsementsAsync(jwt.Kid, ct);
            if (endorsements is null || !endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase))
                return AuthResult.Fail($"Kunci penanda tangan tidak diendorse untuk kanal '{channelId}'.");
        }

        // The serviceurl claim binds the token to where replies may go (reference §3.4).
        var claim = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
        if (string.IsNullOrEmpty(claim) || !string.Equals(claim.TrimEnd('/'), serviceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            return AuthResult.Fail("Klaim serviceurl pada token tidak cocok dengan serviceUrl aktivitas.");

        return new AuthResult(true, null, "urn:botframework:azure", true, result.ClaimsIdentity);
    }

    private async Task<AuthResult> ValidateEmulatorTokenAsync(string token, JsonWebToken jwt, CancellationToken ct)
    {
        var source = Source(_options.EmulatorMetadataUrl);
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = _options.EmulatorIssuers,
            ValidateAudience = false, // as the SDK: the app id is checked through appid/azp below
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew,
            ValidAlgorithms = ["RS256", "RS384", "RS512"],
            ConfigurationManager = source.Configuration,
        };
        var result = await ValidateWithRefreshAsync(token, parameters, source, ct);
        if (!result.IsValid) return AuthResult.Fail(Describe(result.Exception));

        var version = result.ClaimsIdentity.FindFirst("ver")?.Value;
        var appId = version switch
        {
            null or "1.0" => result.ClaimsIdentity.FindFirst("appid")?.Value,
            "2.0" => result.ClaimsIdentity.FindFirst("azp")?.Value,
            _ => null,
        };
        if (!string.Equals(appId, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
            return AuthResult.Fail("Token Emulator bukan untuk app id bot ini.");
        // Emulator tokens carry no serviceurl claim: their serviceUrl is trusted only if it is loopback (ServiceUrlPolicy).
        return new AuthResult(true, null, null, false, result.ClaimsIdentity);
    }

    private async Task<TokenValidationResult> ValidateWithRefreshAsync(string token, TokenValidationParameters parameters,
        MetadataSource source, CancellationToken ct)
    {
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Key rollover: refresh the metadata once and retry before failing.
            source.Configuration.RequestRefresh();
            source.InvalidateEndorsements();
            result = await _handler.ValidateTokenAsync(token, parameters);
        }
        if (!result.IsValid) _logger.LogInformation("Inbound token rejected: {Reason}", LogText.Safe(result.Exception?.Message, 300));
        return result;
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "Token sudah kedaluwarsa.",
        SecurityTokenNotYetValidException => "Token belum berlaku.",
        SecurityTokenInvalidAudienceException => "Audience token bukan app id bot ini.",
        SecurityTokenInvalidIssuerException => "Penerbit (issuer) token tidak sah.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "Tanda tangan token tidak sah.",
        _ => "Token tidak sah.",
    };

    private MetadataSource Source(string metadataUrl) =>
        _metadata.GetOrAdd(metadataUrl, url => new MetadataSource(url, _httpClientFactory));

    /// <summary>One OpenID metadata document: the IdentityModel configuration manager plus the raw JWKS endorsements.</summary>
    private sealed class MetadataSource
    {
        private readonly HttpDocumentRetriever _retriever;
        private Dictionary<string, string[]>? _endorsements;
        private DateTimeOffset _endorsementsAt;

        public MetadataSource(string url, IHttpClientFactory httpClientFactory)
        {
            // Plain http is allowed only for loopback metadata (tests, local tooling).
            var loopback = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;
            _retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient("openid-metadata")) { RequireHttps = !loopback };
            Configuration = new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), _retriever);
        }

        public ConfigurationManager<OpenIdConnectConfiguration> Configuration { get; }

        public void InvalidateEndorsements() => _endorsements = null;

        public async Task<string[]?> EndorsementsAsync(string kid, CancellationToken ct)
        {
            if (_endorsements is null || DateTimeOffset.UtcNow - _endorsementsAt > TimeSpan.FromHours(24) || !_endorsements.ContainsKey(kid))
            {
                // Standard JWK parsing drops the non-standard "endorsements" member, so read the raw JWKS.
                var configuration = await Configuration.GetConfigurationAsync(ct);
                var json = await _retriever.GetDocumentAsync(configuration.JwksUri, ct);
                using var document = JsonDocument.Parse(json);
                var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
                foreach (var key in document.RootElement.GetProperty("keys").EnumerateArray())
                {
                    if (!key.TryGetProperty("kid", out var k) || k.GetString() is not { } id) continue;
                    map[id] = key.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array
                        ? e.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
                        : [];
                }
                _endorsements = map;
                _endorsementsAt = DateTimeOffset.UtcNow;
            }
            return _endorsements.TryGetValue(kid, out var endorsements) && endorsements.Length > 0 ? endorsements : null;
        }
    }
}
