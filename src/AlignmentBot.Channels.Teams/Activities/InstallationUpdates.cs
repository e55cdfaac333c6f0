using AlignmentBot.Channels.Teams.Authentication;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>
/// installationUpdate: the app was added to or removed from a team, a group chat or a person. Teams sends one per
/// scope, so a removal names the conversation it is about; the application decides whether the tenant is gone.
/// </summary>
internal sealed class InstallationUpdates(IInstallationEvents installations, TimeProvider time, ILogger<InstallationUpdates> logger)
{
    public async Task HandleAsync(Activity activity, CallerIdentity caller, CancellationToken cancellationToken)
    {
        // Only the Bot Connector speaks for a tenant; the anonymous local mode never schedules anyone's data for deletion.
        if (caller.IsAnonymous)
        {
            logger.LogInformation("Ignored an unauthenticated installationUpdate {Action}", activity.Action);
            return;
        }

        var address = ActivityMapper.Address(activity, caller);
        var change = new InstallationChange(activity.ChannelId ?? "msteams", address.WorkspaceId, $"installationUpdate {activity.Action}", activity.Timestamp ?? time.GetUtcNow(), address.Key);
        switch (activity.Action)
        {
            case "remove":
                await installations.UninstalledAsync(change, cancellationToken);
                break;
            case "add" or "add-upgrade":
                await installations.InstalledAsync(change, cancellationToken);
                break;
        }
    }
}
