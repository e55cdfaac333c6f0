using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Workspaces;

/// <summary>
/// Shows and changes workspace settings, for chat (after the admin check) and the command line. A change is saved
/// through the workspace store, which writes the audit entry (who, when, before and after) in the same transaction.
/// </summary>
public sealed class WorkspaceSettingsService(IWorkspaceStore workspaces)
{
    /// <summary>Every setting, one a line: "Currency: EUR".</summary>
    public static string Render(Workspace workspace)
        => string.Join("\n", WorkspaceSettings.Keys.Select(k => $"{WorkspaceSettings.Label(k)}: {WorkspaceSettings.Show(workspace, k)}"));

    /// <summary>Sets one setting and saves it; the outcome's error says why a value was refused (nothing saved then).</summary>
    public async Task<SettingChange> SetAsync(Workspace workspace, string key, string value, CancellationToken cancellationToken)
    {
        var change = WorkspaceSettings.Set(workspace, key, value);
        if (change.Changed is { } changed && changed != workspace)
        {
            await workspaces.SaveAsync(changed, cancellationToken);
        }

        return change;
    }
}
