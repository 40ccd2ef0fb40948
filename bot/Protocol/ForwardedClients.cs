using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SmartCity.Bot.Protocol;

/// <summary>
/// The client behind a reverse proxy (App Service's front end): X-Forwarded-For/-Proto are believed only from the
/// proxies listed in ForwardedHeaders:KnownProxies (addresses) and ForwardedHeaders:KnownNetworks (CIDR). With
/// neither configured only loopback is trusted (ASP.NET Core's default). Per-client limits then see the real client.
/// </summary>
public static class ForwardedClients
{
    public static IServiceCollection AddForwardedClients(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ForwardedHeaders");
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = Math.Max(1, section.GetValue("ForwardLimit", 1));
            if (proxies.Length == 0 && networks.Length == 0) return;
            // Configured: exactly these, not the loopback defaults as well.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
            foreach (var network in networks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
        });
    }
}
