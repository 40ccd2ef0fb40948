using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using SmartCity.Bot.Protocol.Connector;

namespace SmartCity.Bot.Protocol.Auth;

/// <summary>
/// Development mode (no MicrosoftAppId) believes whatever identity a client claims, so it may only listen on loopback
/// unless Protocol:AllowDevelopmentModeOffLoopback is true. Checked before the server binds (configured addresses)
/// and again once bound (addresses set in code).
/// </summary>
public sealed class DevelopmentModeGuard(
    IOptions<BotAuthOptions> auth,
    IOptions<ProtocolOptions> protocol,
    IConfiguration configuration,
    IServer server,
    ILogger<DevelopmentModeGuard> logger) : IHostedLifecycleService
{
    public const string Setting = "Protocol:AllowDevelopmentModeOffLoopback";

    public Task StartingAsync(CancellationToken cancellationToken) => Check(ConfiguredAddresses(configuration));

    public Task StartedAsync(CancellationToken cancellationToken) =>
        Check(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);

    private Task Check(IEnumerable<string> addresses)
    {
        if (!auth.Value.AuthDisabled) return Task.CompletedTask;
        var open = addresses.Where(a => !IsLoopback(a)).ToList();
        if (open.Count == 0) return Task.CompletedTask;
        if (protocol.Value.AllowDevelopmentModeOffLoopback)
        {
            logger.LogWarning("Development mode (no MicrosoftAppId, no authentication) listening on {Addresses}, allowed by {Setting}",
                string.Join(", ", open), Setting);
            return Task.CompletedTask;
        }
        throw new InvalidOperationException(
            $"Refusing to start: development mode (MicrosoftAppId is empty, so requests are not authenticated) would listen on " +
            $"{string.Join(", ", open)}. Configure MicrosoftAppId/MicrosoftAppPassword, listen on loopback only " +
            $"(e.g. Urls=http://localhost:3978), or set {Setting}=true to accept the risk.");
    }

    /// <summary>Addresses from Urls/ASPNETCORE_URLS, HTTP(S)_PORTS (which bind every interface) and Kestrel:Endpoints.</summary>
    public static IEnumerable<string> ConfiguredAddresses(IConfiguration configuration)
    {
        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            yield return url;
        foreach (var key in new[] { "http_ports", "https_ports" })
            foreach (var port in (configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return $"http://*:{port}";
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
            if (endpoint["Url"] is { Length: > 0 } url) yield return url;
    }

    /// <summary>localhost, 127.0.0.0/8 and ::1; wildcards (*, +, 0.0.0.0, ::) and any other host are not.</summary>
    public static bool IsLoopback(string address)
    {
        var rest = address.Contains("://", StringComparison.Ordinal) ? address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..] : address;
        var host = rest.StartsWith('[') ? rest[1..Math.Max(1, rest.IndexOf(']'))] : rest.Split(':', '/')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
