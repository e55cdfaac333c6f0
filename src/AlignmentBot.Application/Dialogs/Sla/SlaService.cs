using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Dialogs.Sla;

public sealed class SlaService(ISlaStore slas, ILeadStore leads)
{
    public Task<LeadSla?> CurrentAsync(TurnScope scope, CancellationToken ct) => slas.GetCurrentAsync(scope.Workspace.Id, ct);

    public async Task<OutgoingMessage> ShowAsync(TurnScope scope, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var sla = await slas.GetCurrentAsync(scope.Workspace.Id, ct);
        if (sla is null)
        {
            return new OutgoingMessage("There's no lead agreement yet. It's worth having one: marketing commits to a number of qualified leads, sales to how fast it follows up, and rejected leads get a reason. " +
                                       "Propose one like \"propose an SLA: 200 MQLs a month, follow-up within 24 hours\".");
        }

        var month = Periods.Containing(today, PeriodKind.Month);
        var monthLeads = await leads.ListAsync(scope.Workspace.Id, new DateTimeOffset(month.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), ct);
        var compliance = SlaCompliance.Evaluate(sla, monthLeads, new DateRange(month.Start, today), now);
        return SlaCards.Show(sla, compliance);
    }

    public async Task<OutgoingMessage> ProposeAsync(TurnScope scope, SlaDraft draft, DateTimeOffset now, CancellationToken ct)
    {
        var period = Periods.TryParse(draft.Period, out var p) ? p : PeriodKind.Month;
        var sla = new LeadSla(draft.Id, scope.Workspace.Id, draft.Leads!.Value, period, draft.FollowUpHours!.Value, draft.Definition, scope.Person.DisplayName, now);

        // The person proposing on behalf of their own side confirms it right away.
        var (confirmed, _) = sla.Confirm(scope.Person, now);
        await slas.SaveAsync(confirmed, ct);
        return SlaCards.Show(confirmed, null);
    }

    /// <summary>Confirms the current agreement for the person's own side (marketing or sales), never for the other.</summary>
    public async Task<(OutgoingMessage Reply, OutgoingMessage? Card)> ConfirmAsync(TurnScope scope, DateTimeOffset now, CancellationToken ct)
    {
        var sla = await slas.GetCurrentAsync(scope.Workspace.Id, ct);
        if (sla is null)
        {
            return ("There is no proposed agreement to confirm. Propose one first, e.g. \"propose an SLA: 200 MQLs a month, follow-up within 24 hours\".", null);
        }

        var (confirmed, problem) = sla.Confirm(scope.Person, now);
        if (problem is not null)
        {
            return (problem, null);
        }

        await slas.SaveAsync(confirmed, ct);
        var card = SlaCards.Show(confirmed, null);
        return (confirmed.IsActive
            ? $"Confirmed. The lead agreement is active: marketing delivers {confirmed.LeadsPerPeriod} MQLs a {Periods.Noun(confirmed.Period)}, sales follows up within {Formatting.Number(confirmed.FollowUpHours)} hours."
            : $"Confirmed for {scope.Person.Role?.ToString().ToLowerInvariant()}. It becomes active once the other side confirms.", card);
    }
}
