using Microsoft.Extensions.Diagnostics.HealthChecks;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Operations;

/// <summary>Ready once the knowledge index is loaded and holds passages; never triggers the load itself.</summary>
public sealed class KnowledgeHealthCheck(KnowledgeBase knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledge.Loaded switch
        {
            null when knowledge.LoadError is { } error => HealthCheckResult.Unhealthy($"Knowledge could not be loaded: {error}"),
            null => HealthCheckResult.Unhealthy("Knowledge index not loaded yet"),
            { Passages.Count: 0 } => HealthCheckResult.Unhealthy($"Knowledge index has 0 passages (folder {knowledge.Folder})"),
            var index => HealthCheckResult.Healthy($"{index.Passages.Count} passages"),
        });
}
