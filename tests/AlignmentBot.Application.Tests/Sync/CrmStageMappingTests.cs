using AlignmentBot.Application.Sync;

namespace AlignmentBot.Application.Tests.Sync;

public sealed class CrmStageMappingTests
{
    [Theory]
    [InlineData(CrmSource.HubSpot, CrmField.LifecycleStage, "subscriber", CrmFunnelStage.Inquiry)]
    [InlineData(CrmSource.HubSpot, CrmField.LifecycleStage, "marketingqualifiedlead", CrmFunnelStage.Mql)]
    [InlineData(CrmSource.HubSpot, CrmField.LifecycleStage, "salesqualifiedlead", CrmFunnelStage.Sql)]
    [InlineData(CrmSource.HubSpot, CrmField.LifecycleStage, "customer", CrmFunnelStage.Won)]
    [InlineData(CrmSource.HubSpot, CrmField.LifecycleStage, "1234567", CrmFunnelStage.Ignore)]
    [InlineData(CrmSource.HubSpot, CrmField.LeadStatus, "OPEN", CrmFunnelStage.Ignore)]
    [InlineData(CrmSource.HubSpot, CrmField.LeadStatus, "IN_PROGRESS", CrmFunnelStage.Sal)]
    [InlineData(CrmSource.HubSpot, CrmField.LeadStatus, "OPEN_DEAL", CrmFunnelStage.Opportunity)]
    [InlineData(CrmSource.HubSpot, CrmField.LeadStatus, "UNQUALIFIED", CrmFunnelStage.Rejected)]
    [InlineData(CrmSource.HubSpot, CrmField.LeadStatus, "BAD_TIMING", CrmFunnelStage.Nurture)]
    [InlineData(CrmSource.Salesforce, CrmField.LeadStatus, "Open - Not Contacted", CrmFunnelStage.Mql)]
    [InlineData(CrmSource.Salesforce, CrmField.LeadStatus, "Working - Contacted", CrmFunnelStage.Sal)]
    [InlineData(CrmSource.Salesforce, CrmField.LeadStatus, "Closed - Converted", CrmFunnelStage.Sql)]
    [InlineData(CrmSource.Salesforce, CrmField.LeadStatus, "Closed - Not Converted", CrmFunnelStage.Rejected)]
    [InlineData(CrmSource.Salesforce, CrmField.LeadStatus, "Nurturing", CrmFunnelStage.Nurture)]
    public void Default_CrmValue_MeansWhatTheImportMakesOfIt(CrmSource source, CrmField field, string value, CrmFunnelStage expected)
        => Assert.Equal(expected, CrmStageMapping.Defaults.Resolve(source, field, value));

    [Fact]
    public void Resolve_WorkspaceChoseOtherwise_ItsChoiceWinsWhateverTheSpellingAndOnlyForThatCrm()
    {
        var mapping = new CrmStageMapping([new CrmMappingRule(CrmSource.Salesforce, CrmField.LeadStatus, "Working - Contacted", CrmFunnelStage.Sql, IsDefault: false)], 4);

        Assert.Equal(CrmFunnelStage.Sql, mapping.Resolve(CrmSource.Salesforce, CrmField.LeadStatus, "working  –  CONTACTED"));
        Assert.Equal(CrmFunnelStage.Mql, mapping.Resolve(CrmSource.Salesforce, CrmField.LeadStatus, "Open - Not Contacted"));
        Assert.Equal(4, mapping.Version);
        Assert.Equal("Salesforce lead status 'Working - Contacted' counts as SQL (changed)", mapping.Rule(CrmSource.Salesforce, CrmField.LeadStatus, "Working - Contacted").Describe());
        Assert.Equal("HubSpot lifecycle stage 'marketingqualifiedlead' counts as MQL", mapping.Rule(CrmSource.HubSpot, CrmField.LifecycleStage, "marketingqualifiedlead").Describe());
    }

    [Theory]
    [InlineData("MQL", CrmFunnelStage.Mql)]
    [InlineData("not in market", CrmFunnelStage.Nurture)]
    [InlineData("Disqualified", CrmFunnelStage.Rejected)]
    [InlineData("ignore", CrmFunnelStage.Ignore)]
    public void TryParseStage_WordsPeopleType_AreUnderstood(string text, CrmFunnelStage expected)
    {
        Assert.True(CrmStageMapping.TryParseStage(text, out var stage));
        Assert.Equal(expected, stage);
    }

    [Fact]
    public void TryParseField_LifecycleStageOnSalesforce_IsRefused()
    {
        Assert.False(CrmStageMapping.TryParseField(CrmSource.Salesforce, "lifecyclestage", out _));
        Assert.True(CrmStageMapping.TryParseField(CrmSource.HubSpot, "hs_lead_status", out var field));
        Assert.Equal(CrmField.LeadStatus, field);
    }
}
