using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Leads;

/// <summary>
/// The sales–marketing agreement: marketing commits to a number of qualified leads per period,
/// sales commits to following each up within a number of hours. It takes effect only when a marketing
/// lead and a sales lead have both confirmed it (docs/permissions.md).
/// </summary>
public sealed record LeadSla(
    Guid Id,
    WorkspaceId WorkspaceId,
    int LeadsPerPeriod,
    PeriodKind Period,
    decimal FollowUpHours,
    string? Definition,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    SlaConfirmation? Marketing = null,
    SlaConfirmation? Sales = null,
    bool Superseded = false)
{
    public SlaStatus Status => Superseded ? SlaStatus.Superseded : Marketing is not null && Sales is not null ? SlaStatus.Active : SlaStatus.Proposed;

    public bool IsActive => Status == SlaStatus.Active;

    /// <summary>
    /// A marketing person confirms marketing's side, a sales person sales' side. Leadership cannot sign
    /// for either: the point is that the two teams agree with each other.
    /// </summary>
    public (LeadSla Sla, string? Problem) Confirm(Person person, DateTimeOffset at)
    {
        if (Superseded)
        {
            return (this, "This agreement has been replaced by a newer proposal.");
        }

        var confirmation = new SlaConfirmation(person.UserId, person.DisplayName, at);
        return person.Role switch
        {
            Role.Marketing when Marketing is not null => (this, $"{Marketing.Name} already confirmed for marketing."),
            Role.Marketing => (this with { Marketing = confirmation }, null),
            Role.Sales when Sales is not null => (this, $"{Sales.Name} already confirmed for sales."),
            Role.Sales => (this with { Sales = confirmation }, null),
            _ => (this, "Only a sales lead and a marketing lead can confirm the lead agreement; leadership can propose it."),
        };
    }

    /// <summary>Leads committed for a window, counted day by day so a week inside a 31-day month gets 7/31 of it.</summary>
    public decimal CommittedFor(DateRange window, DayOfWeek weekStart = DayOfWeek.Monday)
    {
        decimal committed = 0;
        for (var day = window.Start; day <= window.End; day = day.AddDays(1))
        {
            committed += (decimal)LeadsPerPeriod / Periods.Containing(day, Period, weekStart).Days;
        }

        return committed;
    }
}
