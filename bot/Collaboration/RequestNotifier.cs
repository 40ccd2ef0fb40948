using Microsoft.Extensions.Options;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Protocol.Connector;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Collaboration;

/// <summary>
/// Tells officers about new requests and deletes expired ones. Works from the store alone — a request saved before
/// a restart is notified after it — and marks a request notified only after a message went out (at least once;
/// with several instances an officer may rarely get the same notice twice, never none). Woken right after each new
/// request, and every CheckInterval for retries and the retention sweep.
/// </summary>
public sealed class RequestNotifier(
    RequestStore requests,
    OfficerConversations recipients,
    CollaborationCards cards,
    RegionRegistry registry,
    IProactiveMessenger messenger,
    TimeProvider clock,
    IOptions<CollaborationOptions> options,
    ILogger<RequestNotifier> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private int _runs;

    /// <summary>Completed passes (tests wait on it rather than on time).</summary>
    public int Runs => Volatile.Read(ref _runs);

    public void Wake()
    {
        try { if (_wake.CurrentCount == 0) _wake.Release(); }
        catch (SemaphoreFullException) { /* already woken */ }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.NotifierEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await NotifyPendingAsync(stoppingToken);
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException) { logger.LogError(e, "Collaboration notifier pass failed"); }
            Interlocked.Increment(ref _runs);
            try { await _wake.WaitAsync(options.Value.CheckInterval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Sends every request nobody was told about yet to the region's officers (or staff). Returns how many were notified.</summary>
    public async Task<int> NotifyPendingAsync(CancellationToken ct)
    {
        var notified = 0;
        foreach (var item in await requests.ListAsync(ct))
        {
            var request = item.Value;
            if (request.NotifiedAt is not null || !registry.ByCode.TryGetValue(request.RegionCode, out var region)) continue;
            var targets = await recipients.RecipientsAsync(request.RegionCode, ct);
            var delivered = 0;
            foreach (var (key, reference) in targets)
            {
                try
                {
                    await messenger.SendAsync(reference, cards.Notification(request, region.Name, reference.ChannelId ?? ""), ct);
                    delivered++;
                }
                catch (Exception e) when (e is ConnectorException or HttpRequestException or InvalidOperationException or TaskCanceledException && !ct.IsCancellationRequested)
                {
                    logger.LogWarning("Notifying {Officer} of request {Number} failed: {Error}", key, request.Number, e.Message);
                }
            }
            if (delivered == 0) continue; // nobody reachable yet: stays pending, tried again next pass
            if (await MarkNotifiedAsync(item, delivered, ct)) notified++;
        }
        return notified;
    }

    /// <summary>
    /// Records that officers were told. An officer may already have replied in between (a newer version): then the
    /// mark goes onto that version, so the request is not notified a second time.
    /// </summary>
    private async Task<bool> MarkNotifiedAsync(Storage.Versioned<CollaborationRequest> item, int delivered, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await requests.UpdateAsync(item, item.Value with { NotifiedAt = clock.GetUtcNow() }, "notified", "sistem", $"{delivered} penerima", ct)) return true;
            if (await requests.GetAsync(item.Value.Number, ct) is not { Value.NotifiedAt: null } current) return false; // deleted, or marked elsewhere
            item = current;
        }
        return false;
    }

    /// <summary>Deletes requests past the retention period (personal data included) and stale rate counters.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(Math.Max(1, options.Value.RetentionDays));
        var deleted = 0;
        foreach (var item in await requests.ListAsync(ct))
            if (item.Value.CreatedAt < cutoff && await requests.DeleteAsync(item, $"retensi {options.Value.RetentionDays} hari", ct)) deleted++;
        await requests.PruneCountersAsync(ct);
        if (deleted > 0) logger.LogInformation("Deleted {Count} collaboration requests past retention", deleted);
        return deleted;
    }
}
