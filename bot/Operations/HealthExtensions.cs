using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SmartCity.Bot.Operations;

/// <summary>
/// /healthz: the process is alive (no checks, for restarts). /readyz: the checks tagged "ready" — the knowledge index
/// is loaded with passages, the store answers (and PostgreSQL, when configured); other capabilities add their own
/// ready checks next to their code. 503 with each failing check's reason, for load balancers and App Service.
/// </summary>
public static class HealthExtensions
{
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<KnowledgeHealthCheck>("knowledge", tags: [ReadyTag])
            .AddCheck<StoreHealthCheck>("store", tags: [ReadyTag]);
        if (builder.Configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres)
            checks.AddNpgSql(postgres, name: "postgres", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return app;
    }

    /// <summary>{"status":"Healthy","checks":{"knowledge":{"status":"Healthy","description":"…"}}} — reasons for operators, no secrets.</summary>
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description ?? e.Value.Exception?.GetType().Name,
                milliseconds = (long)e.Value.Duration.TotalMilliseconds,
            }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
