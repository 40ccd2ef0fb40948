using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Tests.Timeline;

/// <summary>A tiny Bot Connector on 127.0.0.1: records what the bot POSTs to /v3/conversations/{id}/activities.</summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    public ConcurrentQueue<(string ConversationId, Activity Activity)> Received { get; } = new();
    public string ServiceUrl { get; }

    private LoopbackConnector(WebApplication app, string serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        var app = builder.Build();
        LoopbackConnector? self = null;
        app.MapPost("/v3/conversations/{id}/activities/{replyTo?}", async (string id, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var activity = ProtocolJson.Deserialize<Activity>(await reader.ReadToEndAsync())!;
            self!.Received.Enqueue((id, activity));
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new LoopbackConnector(app, address);
        return self;
    }

    public IReadOnlyList<string> Texts(string conversationId) =>
        Received.Where(r => r.ConversationId == conversationId && r.Activity.Type == ActivityTypes.Message).Select(r => r.Activity.Text ?? "").ToList();

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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
