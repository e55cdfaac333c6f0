using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Privacy;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Conversations.Dialogs;

namespace AlignmentBot.Application.Commands;

/// <summary>"What changed this week?", "what changed since Monday?", "who changed the SLA?": the audit trail, read in chat.</summary>
public sealed class AuditCommand(IAuditLog audit, PrivacyGate gate, Permissions.PermissionGate permissions) : IBotCommand
{
    public string Intent => "audit";

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!gate.MayReadChanges(scope))
        {
            // Naming who may, as every refusal does: someone in leadership or an admin the permission gate knows.
            var who = scope.Actor.IsMember ? await permissions.NamedAsync(scope, new Domain.Permissions.WhoCan([Domain.Workspaces.Role.Leadership], true, []), cancellationToken) : null;
            dc.Turn.Send(who is null ? PrivacyGate.ChangesRefusal : $"{PrivacyGate.ChangesReason}: ask {who}.");
            return;
        }

        var today = dc.Turn.Today;
        var query = ChangesQuery.Parse(understanding.Text, text => dc.Turn.Entities.Read(text, today), today, scope.Workspace.WeekStart);
        var zone = WorkspaceClock.Zone(scope.Person.TimeZone ?? scope.Workspace.TimeZone);
        var from = Start(query.From, zone);
        var to = Start(query.To.AddDays(1), zone);
        var entries = (await audit.ListAsync(scope.Workspace.Id, from, to, cancellationToken)).Where(query.Includes).ToArray();
        dc.Turn.Send(ChangesReport.Render(entries, query, zone));
    }

    /// <summary>The instant a local day begins in <paramref name="zone"/>.</summary>
    private static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
