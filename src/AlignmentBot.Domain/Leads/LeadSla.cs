using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Leads;

/// <summary>
/// The sales–marketing agreement: marketing commits to a number of qualified leads per period,
/// sales commits to following each up within a number of hours. A proposal takes effect only when a marketing
/// lead and a sales lead, two different people, have both signed this exact version; until then the agreement
/// that is active stays in force.
/// </summary>
/// <param name="Version">1 for the workspace's first proposal, then one more for each new one: what a signature binds to.</param>
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
    bool Superseded = false,
    string? ProposedById = null,
    int Version = 1)
{
    public SlaStatus Status => Superseded ? SlaStatus.Superseded : Marketing is not null && Sales is not null ? SlaStatus.Active : SlaStatus.Proposed;

    public bool IsActive => Status == SlaStatus.Active;

    public bool IsPending => Status == SlaStatus.Proposed;

    public SlaConfirmation? SignatureFor(Function side) => side switch
    {
        Function.Marketing => Marketing,
        Function.Sales => Sales,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Only marketing and sales sign the lead agreement."),
    };

    /// <summary>The signature on the other side from <paramref name="side"/>.</summary>
    public SlaConfirmation? OtherSignature(Function side) => SignatureFor(side == Function.Marketing ? Function.Sales : Function.Marketing);

    /// <summary>
    /// Signs one side. Who may sign is the permission matrix's decision; this keeps the agreement itself consistent:
    /// a replaced version cannot be signed, a side is signed once, and nobody signs both sides.
    /// </summary>
    public (LeadSla Sla, string? Problem) Sign(Function side, PersonRef signer, DateTimeOffset at)
    {
        if (Superseded)
        {
            return (this, $"Version {Version} of the lead agreement has been replaced, so it can't be signed any more.");
        }

        if (signer.Id is null)
        {
            return (this, "Only someone the workspace knows can sign the lead agreement.");
        }

        if (SignatureFor(side) is { } existing)
        {
            return (this, $"{existing.Name} already confirmed for {Roles.Noun(side)}.");
        }

        if (OtherSignature(side) is { } other && other.UserId == signer.Id)
        {
            return (this, "One person cannot sign both sides of the lead agreement.");
        }

        var signature = new SlaConfirmation(signer.Id, signer.Name, at);
        return (side == Function.Marketing ? this with { Marketing = signature } : this with { Sales = signature }, null);
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
