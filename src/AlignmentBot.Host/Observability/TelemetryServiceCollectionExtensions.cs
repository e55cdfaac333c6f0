using System.Runtime.CompilerServices;
using AlignmentBot.Conversations.Diagnostics;
using AlignmentBot.Host.Web;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AlignmentBot.Host.Observability;

/// <summary>
/// OpenTelemetry for the web host, only when <see cref="TelemetrySettings"/> says so: otherwise nothing is registered,
/// no listener exists, and the product's instruments and spans cost a flag check each.
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    public const string ServiceName = "alignmentbot";

    /// <summary>Traces (inbound ASP.NET Core requests, the product's spans, outbound HttpClient calls, Npgsql) and metrics.</summary>
    public static IServiceCollection AddAlignmentTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = TelemetrySettings.From(configuration);
        return settings.Enabled ? RegisterOpenTelemetry(services, configuration, settings) : services;
    }

    /// <summary>Its own method, never inlined: when telemetry is off it is never compiled, so no OpenTelemetry assembly is even loaded.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IServiceCollection RegisterOpenTelemetry(IServiceCollection services, IConfiguration configuration, TelemetrySettings settings)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES are read by the SDK; this is only the default name.
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(ServiceName);
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(AlignmentBotTelemetry.Name)
                    .AddSource("Npgsql") // Npgsql's own ActivitySource: one span per command on PostgreSQL
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(HealthEndpoints.Path))
                    .AddHttpClientInstrumentation();
                if (settings.Otlp)
                {
                    tracing.AddOtlpExporter();
                }

                if (settings.Console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(AlignmentBotTelemetry.Name)
                    .AddMeter("Npgsql")
                    .AddMeter("System.Runtime") // the runtime's own meter (GC, JIT, thread pool) since .NET 9
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (settings.Otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (settings.Console)
                {
                    metrics.AddConsoleExporter();
                }
            });
        return services;
    }
}
