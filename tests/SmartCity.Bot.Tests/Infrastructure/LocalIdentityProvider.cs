using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SmartCity.Bot.Tests.Infrastructure;

/// <summary>
/// The Bot Framework token service and Entra ID, served locally: OpenID metadata with a JWKS (keys carry channel
/// endorsements as login.botframework.com does), and a client-credentials token endpoint for MSAL.
/// </summary>
public sealed class LocalIdentityProvider : LoopbackServer
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";
    public const string Kid = "test-key-1";
    public const string IssuedAccessToken = "outbound-token-from-local-entra";

    private readonly RSA _rsa = RSA.Create(2048);
    public string[] Endorsements { get; set; } = ["msteams", "webchat", "directline", "emulator", "test"];
    public List<string> TokenRequests { get; } = [];

    public RsaSecurityKey SigningKey => new(_rsa) { KeyId = Kid };
    public string ChannelMetadataUrl => new Uri(BaseAddress, "v1/.well-known/openidconfiguration").ToString();
    public string EmulatorMetadataUrl => new Uri(BaseAddress, "common/v2.0/.well-known/openid-configuration").ToString();

    public static async Task<LocalIdentityProvider> StartNewAsync()
    {
        var idp = new LocalIdentityProvider();
        await idp.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new
            {
                issuer = ChannelIssuer,
                jwks_uri = new Uri(idp.BaseAddress, "keys").ToString(),
                id_token_signing_alg_values_supported = new[] { "RS256" },
            }));
            app.MapGet("/common/v2.0/.well-known/openid-configuration", () => Results.Json(new
            {
                issuer = "https://login.microsoftonline.com/{tenantid}/v2.0",
                jwks_uri = new Uri(idp.BaseAddress, "keys").ToString(),
                token_endpoint = new Uri(idp.BaseAddress, "botframework.com/oauth2/v2.0/token").ToString(),
            }));
            app.MapGet("/keys", () =>
            {
                var p = idp._rsa.ExportParameters(false);
                return Results.Json(new
                {
                    keys = new[]
                    {
                        new
                        {
                            kty = "RSA", use = "sig", kid = Kid, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent),
                            endorsements = idp.Endorsements,
                        },
                    },
                });
            });
            // MSAL's client-credentials call (and its tenant discovery) against the local "Entra".
            app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new
            {
                issuer = $"https://login.test.local/{tenant}/v2.0",
                token_endpoint = $"https://login.test.local/{tenant}/oauth2/v2.0/token",
                authorization_endpoint = $"https://login.test.local/{tenant}/oauth2/v2.0/authorize",
                jwks_uri = "https://login.test.local/keys",
            }));
            app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http, string tenant) =>
            {
                var form = await http.Request.ReadFormAsync();
                lock (idp.TokenRequests) idp.TokenRequests.Add($"{tenant}|{form["grant_type"]}|{form["client_id"]}|{form["scope"]}");
                return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = IssuedAccessToken });
            });
        });
        return idp;
    }

    /// <summary>A token as the Bot Connector service issues it for an activity.</summary>
    public string ChannelToken(string audience, string? serviceUrl, string issuer = ChannelIssuer, DateTime? expires = null,
        SecurityKey? key = null, DateTime? notBefore = null)
    {
        var claims = new Dictionary<string, object> { ["aud"] = audience };
        if (serviceUrl is not null) claims["serviceurl"] = serviceUrl;
        return Create(issuer, claims, expires, key, notBefore);
    }

    /// <summary>A token as the Emulator obtains it from Entra with the bot's own credentials (v2: app id in azp).</summary>
    public string EmulatorToken(string appId, string issuer = EmulatorIssuerV2) =>
        Create(issuer, new Dictionary<string, object> { ["aud"] = appId, ["ver"] = "2.0", ["azp"] = appId }, null, null, null);

    private string Create(string issuer, Dictionary<string, object> claims, DateTime? expires, SecurityKey? key, DateTime? notBefore)
    {
        var now = DateTime.UtcNow;
        var exp = expires ?? now.AddMinutes(30);
        var nbf = notBefore ?? (exp < now ? exp.AddMinutes(-30) : now.AddMinutes(-1));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Claims = claims,
            IssuedAt = nbf,
            NotBefore = nbf,
            Expires = exp,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>Routes MSAL's https calls for login.test.local to this loopback server.</summary>
    public HttpMessageHandler MsalRoute() => new RerouteHandler(BaseAddress);

    private sealed class RerouteHandler(Uri target) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.Host != "login.test.local")
                throw new InvalidOperationException($"Test must not leave loopback: {request.RequestUri}");
            request.RequestUri = new Uri(target, request.RequestUri.PathAndQuery.TrimStart('/'));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
