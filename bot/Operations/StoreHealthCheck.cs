using Microsoft.Extensions.Diagnostics.HealthChecks;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Operations;

/// <summary>Ready when the store answers a read (SQLite file or PostgreSQL, through the same interface the bot uses).</summary>
public sealed class StoreHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Resolved here, not injected: a store that cannot be opened (server down at start) is a failed check, not a 500.
            var store = services.GetRequiredService<IBotStore>();
            await store.GetAsync<object>("health", "probe", cancellationToken);
            return HealthCheckResult.Healthy("Store reachable");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Store unreachable: {e.GetType().Name}: {e.Message}");
        }
    }
}
