using AlignmentBot.Application.Digests;
using Microsoft.Extensions.Logging;
using Quartz;

namespace AlignmentBot.Scheduling;

/// <summary>Every minute (and right after start-up): due retries, and posts a dead process left "sending" become uncertain.</summary>
[DisallowConcurrentExecution]
internal sealed class DigestMaintenanceJob(DigestDispatcher dispatcher, ILogger<DigestMaintenanceJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await dispatcher.RunMaintenanceAsync(cancellationToken);
            if (result.MarkedUncertain > 0 || result.Retries.Count > 0)
            {
                logger.LogInformation("Digest maintenance: {Uncertain} marked uncertain, {Retries} retried ({Posted} posted)",
                    result.MarkedUncertain, result.Retries.Count, result.Retries.Count(r => r.Kind == DeliveryOutcomeKind.Posted));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Digest maintenance failed; it runs again at the next interval");
        }
    }
}
