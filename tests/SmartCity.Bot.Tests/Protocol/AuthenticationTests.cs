using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Protocol;

/// <summary>
/// A bot with an app id: inbound JWTs are validated against OpenID metadata served on loopback, and replies carry a
/// token MSAL obtained from a local token endpoint.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private LocalIdentityProvider _idp = null!;
    private TestConnector _connector = null!;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _idp = await LocalIdentityProvider.StartNewAsync();
        _connector = await TestConnector.StartNewAsync();
        _bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _idp.ChannelMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = _idp.EmulatorMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = "https://login.test.local/botframework.com",
        }, configure: b => b.Services.AddHttpClient("msal").ConfigurePrimaryHttpMessageHandler(() => _idp.MsalRoute()));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _idp.DisposeAsync();
    }

    private Activity Message(string channelId = "msteams") => Activities.Message("bantuan", channelId: channelId, serviceUrl: _connector.ServiceUrl);

    [Fact]
    public async Task A_valid_channel_token_passes_and_the_reply_carries_the_bots_own_token()
    {
        var response = await _bot.PostAsync(Message(), "Bearer " + _idp.ChannelToken(AppId, _connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("Bearer " + LocalIdentityProvider.IssuedAccessToken, call.Authorization);
        Assert.Contains(_idp.TokenRequests, r => r == $"botframework.com|client_credentials|{AppId}|https://api.botframework.com/.default");
    }

    [Fact]
    public async Task A_valid_emulator_token_passes()
    {
        var response = await _bot.PostAsync(Message("emulator") with { DeliveryMode = DeliveryModes.ExpectReplies }, "Bearer " + _idp.EmulatorToken(AppId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> RejectedTokens => new()
    {
        "wrong-audience", "wrong-issuer", "expired", "not-yet-valid", "bad-signature", "missing", "garbled", "basic-scheme",
        "serviceurl-mismatch", "serviceurl-missing", "emulator-other-app", "not-endorsed",
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task Invalid_tokens_are_401_and_nothing_is_sent(string kind)
    {
        var header = kind switch
        {
            "wrong-audience" => "Bearer " + _idp.ChannelToken("someone-else", _connector.ServiceUrl),
            "wrong-issuer" => "Bearer " + _idp.ChannelToken(AppId, _connector.ServiceUrl, issuer: "https://evil.example.com"),
            "expired" => "Bearer " + _idp.ChannelToken(AppId, _connector.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-10)),
            "not-yet-valid" => "Bearer " + _idp.ChannelToken(AppId, _connector.ServiceUrl, notBefore: DateTime.UtcNow.AddMinutes(20), expires: DateTime.UtcNow.AddMinutes(60)),
            "bad-signature" => "Bearer " + _idp.ChannelToken(AppId, _connector.ServiceUrl, key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = LocalIdentityProvider.Kid }),
            "missing" => null,
            "garbled" => "Bearer not.a.jwt",
            "basic-scheme" => "Basic dXNlcjpwYXNz",
            "serviceurl-mismatch" => "Bearer " + _idp.ChannelToken(AppId, "https://smba.trafficmanager.net/apac/"),
            "serviceurl-missing" => "Bearer " + _idp.ChannelToken(AppId, null),
            "emulator-other-app" => "Bearer " + _idp.EmulatorToken("another-app"),
            "not-endorsed" => "Bearer " + _idp.ChannelToken(AppId, _connector.ServiceUrl),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var activity = kind == "not-endorsed" ? Message("skype") : Message();
        var response = await _bot.PostAsync(activity, header);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync());
        Assert.Empty(_connector.Calls);
    }
}
