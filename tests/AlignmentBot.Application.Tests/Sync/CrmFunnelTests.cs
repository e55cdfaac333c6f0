using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Sync;

public sealed class CrmFunnelTests
{
    private static readonly DateTimeOffset Created = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Evaluate_ContactThatBecameAnMqlThenSalesWorkedIt_IsAcceptedWithTheDatesItReachedEachLevel()
    {
        var mql = Created.AddDays(2);
        var followUp = Created.AddDays(3);
        var record = new CrmRecord("7", Created, Created.AddDays(4), "marketingqualifiedlead", "IN_PROGRESS",
            new Dictionary<string, DateTimeOffset> { ["lead"] = Created, ["marketingqualifiedlead"] = mql }, FirstFollowUpAt: followUp);

        var outcome = CrmFunnel.Evaluate(CrmSource.HubSpot, record, CrmStageMapping.Defaults);

        Assert.Equal(new CrmLeadOutcome(true, LeadStage.Sal, LeadDecision.Accepted, null, followUp, mql, followUp, null), outcome);
    }

    [Fact]
    public void Evaluate_DisqualifiedWithAReason_IsARejectedMqlWithTheNormalisedReason()
    {
        var record = new CrmRecord("8", Created, Created.AddDays(5), "marketingqualifiedlead", "UNQUALIFIED",
            new Dictionary<string, DateTimeOffset> { ["marketingqualifiedlead"] = Created.AddDays(1) }, ReasonText: "They have no money this year");

        var outcome = CrmFunnel.Evaluate(CrmSource.HubSpot, record, CrmStageMapping.Defaults);
        var lead = CrmFunnel.ToLead(new WorkspaceId("T1"), CrmSource.HubSpot, record, outcome);

        Assert.Equal((LeadStage.Mql, LeadDecision.Rejected, RejectionReason.NoBudget), (lead.Stage, lead.Decision, lead.RejectionReason));
        Assert.Equal(("They have no money this year", Created.AddDays(5), "HubSpot"), (lead.ReasonNote, lead.DecidedAt, lead.DecidedBy));
    }

    [Fact]
    public void Evaluate_SalesforceLeadConverted_IsAtLeastAnSqlOnItsConversionDate()
    {
        var converted = Created.AddDays(9);
        var record = new CrmRecord("00Q1", Created, converted, "Working - Contacted", StageDates: new Dictionary<string, DateTimeOffset> { ["Working - Contacted"] = Created.AddDays(2) },
            IsConverted: true, ConvertedAt: converted);

        var outcome = CrmFunnel.Evaluate(CrmSource.Salesforce, record, CrmStageMapping.Defaults);

        Assert.Equal((LeadStage.Sql, LeadDecision.Accepted, converted, Created.AddDays(2)), (outcome.Stage, outcome.Decision, outcome.SqlAt, outcome.SalAt));
    }

    [Fact]
    public void Evaluate_OnlyValuesNobodyMapped_IsNotCounted()
    {
        var record = new CrmRecord("9", Created, Created, "98765432", "NEW");

        Assert.False(CrmFunnel.Evaluate(CrmSource.HubSpot, record, CrmStageMapping.Defaults).Counted);
        var mapped = new CrmStageMapping([new CrmMappingRule(CrmSource.HubSpot, CrmField.LifecycleStage, "98765432", CrmFunnelStage.Mql, false)], 1);
        Assert.Equal(LeadStage.Mql, CrmFunnel.Evaluate(CrmSource.HubSpot, record, mapped).Stage);
    }

    [Fact]
    public void ToLead_FollowUpBeforeCreation_IsDroppedRatherThanStoredAsANegativeFollowUpTime()
    {
        var record = new CrmRecord("10", Created, Created, "lead", FirstFollowUpAt: Created.AddHours(-3));

        var lead = CrmFunnel.ToLead(new WorkspaceId("T1"), CrmSource.HubSpot, record, CrmFunnel.Evaluate(CrmSource.HubSpot, record, CrmStageMapping.Defaults));

        Assert.Null(lead.FirstFollowUpAt);
    }
}
