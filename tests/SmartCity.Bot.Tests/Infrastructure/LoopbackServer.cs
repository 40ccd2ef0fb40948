using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace SmartCity.Bot.Tests.Infrastructure;

/// <summary>A small real HTTP server on 127.0.0.1 for test peers (connector, identity provider).</summary>
public abstract class LoopbackServer : IAsyncDisposable
{
    private WebApplication? _app;
    public Uri BaseAddress { get; private set; } = null!;

    protected async Task StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        map(_app);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A Bot Connector stand-in on loopback: records every call the bot makes to its serviceUrl.</summary>
public sealed class TestConnector : LoopbackServer
{
    public sealed record Call(string Method, string Path, string RawPath, string? Authorization, string Body);

    public ConcurrentQueue<Call> Calls { get; } = new();
    public int FailNextWith { get; set; }

    public static async Task<TestConnector> StartNewAsync()
    {
        var connector = new TestConnector();
        await connector.StartAsync(app => app.Map("/v3/{**rest}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var raw = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
            connector.Calls.Enqueue(new Call(http.Request.Method, http.Request.Path.Value!, raw, http.Request.Headers.Authorization.ToString(), body));
            if (connector.FailNextWith != 0)
            {
                var status = connector.FailNextWith;
                connector.FailNextWith = 0;
                return Results.StatusCode(status);
            }
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        }));
        return connector;
    }

    public string ServiceUrl => BaseAddress.ToString().TrimEnd('/');

    /// <summary>Message texts the bot sent into one conversation, in arrival order (typing left out).</summary>
    public IReadOnlyList<string> Texts(string conversationId) => Calls
        .Where(c => c.Method == "POST" && Uri.UnescapeDataString(c.RawPath.Split('/')[3]) == conversationId)
        .Select(c => SmartCity.Bot.Protocol.ProtocolJson.Deserialize<SmartCity.Bot.Protocol.Activity>(c.Body)!)
        .Where(a => a.Type == SmartCity.Bot.Protocol.ActivityTypes.Message).Select(a => a.Text ?? a.Summary ?? "").ToList();

    /// <summary>Waits (bounded) until a condition on what arrived holds.</summary>
    public async Task<bool> WaitUntilAsync(Func<bool> condition, int maxMilliseconds = 15000)
    {
        for (var waited = 0; waited < maxMilliseconds; waited += 25)
        {
            if (condition()) return true;
            await Task.Delay(25);
        }
        return condition();
    }
}
