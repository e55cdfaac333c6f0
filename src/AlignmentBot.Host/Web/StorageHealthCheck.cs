using AlignmentBot.Application.Ports;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AlignmentBot.Host.Web;

internal sealed class StorageHealthCheck(IStorageHealth storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await storage.CheckAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["provider"] = status.Provider,
            ["schemaVersion"] = status.SchemaVersion,
        };
        return status.Ready
            ? HealthCheckResult.Healthy("storage ready", data)
            : HealthCheckResult.Unhealthy(status.Detail ?? "storage not ready", data: data);
    }
}
