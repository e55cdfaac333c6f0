using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// "settings" shows the workspace settings to anyone in it; "set our currency to EUR", "our annual revenue is €40M",
/// "our fiscal year starts in April" change one, for admins only. The store audits each change.
/// </summary>
public sealed class SettingsCommand(WorkspaceSettingsService settings, PermissionGate gate) : IPhraseCommand
{
    public const string IntentName = "settings";

    public string Intent => IntentName;

    public bool Matches(string text) => SettingsRequest.Parse(text) is not null;

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (SettingsRequest.Parse(understanding.Text) is not { } request)
        {
            return;
        }

        if (request.Key is not { } key || request.Value is not { } value)
        {
            dc.Turn.Send($"Workspace settings:\n{WorkspaceSettingsService.Render(scope.Workspace)}\n\nAn admin can change one, e.g. \"set our currency to EUR\" or \"our annual revenue is €40M\".");
            return;
        }

        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageWorkspace, null, cancellationToken))
        {
            return;
        }

        var before = WorkspaceSettings.Show(scope.Workspace, key);
        var change = await settings.SetAsync(scope.Workspace, key, value, cancellationToken);
        if (change.Changed is not { } changed)
        {
            dc.Turn.Send($"{change.Error} Nothing changed.");
            return;
        }

        var after = WorkspaceSettings.Show(changed, key);
        var note = key switch
        {
            WorkspaceSettings.Currency => " New amounts are shown in it; goals keep the currency they were set in.",
            WorkspaceSettings.AnnualRevenue => " The budget band is worked out from it.",
            WorkspaceSettings.FiscalYearStart => " Quarters (\"by end of Q3\") follow it.",
            _ => string.Empty,
        };
        dc.Turn.Send(before == after ? $"{WorkspaceSettings.Label(key)} was already {after}." : $"✓ {WorkspaceSettings.Label(key)}: {before} → {after}.{note}");
    }
}
