using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SmartCity.Bot.Operations;

/// <summary>
/// OpenTelemetry: spans of every capability (sources "SmartCity.Bot.*": turn, knowledge search, store call, connector
/// call) with ASP.NET Core and HttpClient spans, and the turn metrics. Exported over OTLP when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set, to Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is set, nowhere
/// otherwise. Spans carry channel, intent and outcome, never what the user wrote.
/// </summary>
public static class TelemetryExtensions
{
    public const string Sources = "SmartCity.Bot.*";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var azureMonitor = configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"] is { Length: > 0 };
        // With nowhere to export, no listener is registered at all: spans and measurements are then never created,
        // which keeps their cost (an Activity and tag list per span, several per turn) off every turn.
        if (!otlp && !azureMonitor) return builder;
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("SmartCity.Bot", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithTracing(t => t
                .AddSource(Sources)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(m => m
                .AddMeter(Sources)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (otlp) otel.UseOtlpExporter();
        if (configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"] is { Length: > 0 } connectionString)
            otel.UseAzureMonitor(o => o.ConnectionString = connectionString);
        return builder;
    }

    /// <summary>Health probes run every few seconds; tracing them would drown the turns.</summary>
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
