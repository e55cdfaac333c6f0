using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Scheduling;

/// <summary>
/// At start-up, after migrations and before Quartz starts firing: makes the job store match the subscription
/// table. Quartz then catches up whatever misfired while the bot was down, and the maintenance job settles
/// posts a crash left "sending".
/// </summary>
internal sealed class DigestSchedulerStartup(
    IWorkspaceStore workspaces,
    IDigestSubscriptionStore subscriptions,
    QuartzDigestScheduler scheduler,
    IOptions<DigestSchedulingOptions> options,
    ILogger<DigestSchedulerStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            logger.LogWarning("Digests:SchedulerEnabled is false: no digests will be posted by this instance");
            return;
        }

        var all = new List<DigestSubscription>();
        foreach (var workspace in await workspaces.ListAsync(cancellationToken))
        {
            all.AddRange(await subscriptions.ListAsync(workspace.Id, cancellationToken));
        }

        await scheduler.SyncAsync(all, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
