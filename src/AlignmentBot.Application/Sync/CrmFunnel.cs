using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Sync;

/// <summary>
/// Turns a stored lead record into the funnel's terms under a mapping. Pure: the same record and mapping always give the
/// same lead, which is what makes a second sync change nothing.
/// </summary>
public static class CrmFunnel
{
    public static CrmLeadOutcome Evaluate(CrmSource source, CrmRecord record, CrmStageMapping mapping)
    {
        var stageField = source == CrmSource.HubSpot ? CrmField.LifecycleStage : CrmField.LeadStatus;
        var byStage = mapping.Resolve(source, stageField, record.Stage);
        var byStatus = source == CrmSource.HubSpot ? mapping.Resolve(source, CrmField.LeadStatus, record.Status) : CrmFunnelStage.Ignore;

        LeadStage? reached = Max(Positive(byStage), Positive(byStatus));
        if (record.IsConverted == true)
        {
            reached = Max(reached, LeadStage.Sql);
        }

        var rejecting = IsRejection(byStage) ? byStage : IsRejection(byStatus) ? byStatus : CrmFunnelStage.Ignore;
        if (reached is null && rejecting == CrmFunnelStage.Ignore)
        {
            return new CrmLeadOutcome(false, LeadStage.Inquiry, LeadDecision.Pending, null, null, null, null, null);
        }

        // A disqualified lead was delivered (it is an MQL that sales turned down) unless sales had already made it an opportunity.
        if (rejecting != CrmFunnelStage.Ignore && (reached is null || reached < LeadStage.Opportunity))
        {
            var stage = reached is { } r && r > LeadStage.Mql ? r : LeadStage.Mql;
            var reason = record.ReasonText is { Length: > 0 } text ? RejectionReasons.Normalize(text)
                : rejecting == CrmFunnelStage.Nurture ? RejectionReason.NotInMarket : RejectionReason.Other;
            var mql = LevelAt(source, record, mapping, stageField, LeadStage.Mql) ?? record.CreatedAt;
            var rejectedAt = (IsRejection(byStage) ? record.EnteredAt(record.Stage) : null) ?? record.ModifiedAt;
            return new CrmLeadOutcome(true, stage, LeadDecision.Rejected, reason, rejectedAt, mql,
                stage >= LeadStage.Sal ? LevelAt(source, record, mapping, stageField, LeadStage.Sal) ?? Fallback(record, LeadStage.Sal) : null,
                stage >= LeadStage.Sql ? LevelAt(source, record, mapping, stageField, LeadStage.Sql) ?? Fallback(record, LeadStage.Sql) : null);
        }

        var at = reached!.Value;
        DateTimeOffset? When(LeadStage level) => at >= level ? LevelAt(source, record, mapping, stageField, level) ?? Fallback(record, level) : null;
        var salAt = When(LeadStage.Sal);
        return new CrmLeadOutcome(true, at, at >= LeadStage.Sal ? LeadDecision.Accepted : LeadDecision.Pending, null, salAt,
            When(LeadStage.Mql), salAt, When(LeadStage.Sql));
    }

    /// <summary>The lead as the lead store keeps it (the same record an import of the CRM's export would make).</summary>
    public static Lead ToLead(WorkspaceId workspaceId, CrmSource source, CrmRecord record, CrmLeadOutcome outcome)
    {
        var followUp = record.FirstFollowUpAt is { } f && f >= record.CreatedAt ? f : (DateTimeOffset?)null;
        var rejected = outcome.Decision == LeadDecision.Rejected;
        return new Lead(
            Guid.NewGuid(), workspaceId, record.ExternalId, record.Company, record.Contact, outcome.Stage,
            new Breakdown(record.Campaign, record.Channel), record.CreatedAt, followUp, outcome.Decision,
            outcome.Reason, rejected ? record.ReasonText : null, outcome.DecidedAt,
            outcome.Decision == LeadDecision.Pending ? null : CrmNames.Label(source));
    }

    private static DateTimeOffset? LevelAt(CrmSource source, CrmRecord record, CrmStageMapping mapping, CrmField field, LeadStage level)
    {
        DateTimeOffset? first = null;
        foreach (var (value, at) in record.StageDates ?? new Dictionary<string, DateTimeOffset>())
        {
            if (Positive(mapping.Resolve(source, field, value)) is { } s && s >= level && (first is null || at < first))
            {
                first = at;
            }
        }

        return first;
    }

    // No stage date for the level (HubSpot records none for a lead status; Salesforce only with field history on):
    // the best evidence left.
    private static DateTimeOffset Fallback(CrmRecord record, LeadStage level) => level switch
    {
        LeadStage.Mql => record.CreatedAt,
        LeadStage.Sal => record.FirstFollowUpAt ?? record.ModifiedAt,
        _ => record.ConvertedAt ?? record.ModifiedAt,
    };

    private static bool IsRejection(CrmFunnelStage stage) => stage is CrmFunnelStage.Rejected or CrmFunnelStage.Nurture;

    private static LeadStage? Positive(CrmFunnelStage stage) => stage switch
    {
        CrmFunnelStage.Inquiry => LeadStage.Inquiry,
        CrmFunnelStage.Mql => LeadStage.Mql,
        CrmFunnelStage.Sal => LeadStage.Sal,
        CrmFunnelStage.Sql => LeadStage.Sql,
        CrmFunnelStage.Opportunity => LeadStage.Opportunity,
        CrmFunnelStage.Won => LeadStage.Won,
        CrmFunnelStage.Lost => LeadStage.Lost,
        _ => null,
    };

    private static LeadStage? Max(LeadStage? a, LeadStage? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
