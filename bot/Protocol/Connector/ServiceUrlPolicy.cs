using Microsoft.Extensions.Options;
using SmartCity.Bot.Protocol.Auth;

namespace SmartCity.Bot.Protocol.Connector;

/// <summary>Where the bot may send replies: decided per request, so no caller can make the bot call an arbitrary URL.</summary>
public sealed class ServiceUrlPolicy(IOptions<BotAuthOptions> auth, IOptions<ProtocolOptions> protocol)
{
    /// <summary>
    /// With auth on, a serviceUrl is trusted only when a validated channel token's serviceurl claim vouched for it
    /// (or, for Emulator tokens, when it is loopback). In development mode only loopback or configured hosts.
    /// </summary>
    public bool IsTrusted(string? serviceUrl, bool vouchedByToken)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return false;
        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            return false;
        if (!auth.Value.AuthDisabled)
            // With auth on: what a channel token vouched for, or loopback for the Emulator (its tokens carry no claim).
            return vouchedByToken ? uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback : uri.IsLoopback;
        if (uri.IsLoopback) return true;
        return protocol.Value.AllowedServiceUrlHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);
    }
}

public sealed class ProtocolOptions
{
    /// <summary>Extra serviceUrl hosts trusted without a token's vouching (development mode, e.g. a tunnel).</summary>
    public List<string> AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>Largest accepted activity body.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>After this long without an answer a typing indicator is sent.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest text the bot reads from a message (text, or a card's value.text); longer is answered, not processed.</summary>
    public int MaxTextChars { get; set; } = 4000;

    /// <summary>Lets development mode (no MicrosoftAppId) listen on non-loopback addresses. Off: the bot refuses to start.</summary>
    public bool AllowDevelopmentModeOffLoopback { get; set; }
}
