using Microsoft.Extensions.Configuration;

namespace AlignmentBot.Host.Observability;

/// <summary>
/// Whether to export traces and metrics, read from the standard OpenTelemetry environment variables (any configuration
/// source works: they are plain keys). Off unless one of them asks for an exporter; OTEL_SDK_DISABLED=true wins.
/// </summary>
/// <param name="Otlp">OTEL_EXPORTER_OTLP_ENDPOINT (or a per-signal one) is set, or an OTEL_*_EXPORTER lists "otlp".</param>
/// <param name="Console">OTEL_TRACES_EXPORTER or OTEL_METRICS_EXPORTER lists "console".</param>
internal sealed record TelemetrySettings(bool Otlp, bool Console)
{
    public bool Enabled => Otlp || Console;

    public static TelemetrySettings From(IConfiguration configuration)
    {
        if (string.Equals(configuration["OTEL_SDK_DISABLED"]?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return new TelemetrySettings(false, false);
        }

        var exporters = $"{configuration["OTEL_TRACES_EXPORTER"]},{configuration["OTEL_METRICS_EXPORTER"]}"
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var endpoint = new[] { "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT" }
            .Any(key => !string.IsNullOrWhiteSpace(configuration[key]));
        return new TelemetrySettings(
            endpoint || exporters.Contains("otlp", StringComparer.OrdinalIgnoreCase),
            exporters.Contains("console", StringComparer.OrdinalIgnoreCase));
    }
}
