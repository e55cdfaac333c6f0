using Microsoft.Extensions.Logging;

namespace AlignmentBot.Conversations.Turns;

/// <summary>The default until an application registers its own: notes the change in the log and keeps every piece of data.</summary>
public sealed class LoggedInstallationEvents(ILogger<LoggedInstallationEvents> logger) : IInstallationEvents
{
    public Task UninstalledAsync(InstallationChange change, CancellationToken cancellationToken)
    {
        logger.LogWarning("The app was uninstalled from {Channel} workspace {WorkspaceId} ({Reason}); nothing handles it, so its data stays", change.ChannelId, change.WorkspaceId, change.Reason);
        return Task.CompletedTask;
    }

    public Task InstalledAsync(InstallationChange change, CancellationToken cancellationToken)
    {
        logger.LogInformation("The app was installed in {Channel} workspace {WorkspaceId}", change.ChannelId, change.WorkspaceId);
        return Task.CompletedTask;
    }
}
