using AlignmentBot.Application.Import;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Overlap;

namespace AlignmentBot.Application.Tests.Import;

public sealed class ImportServiceTests : IAsyncLifetime
{
    private readonly StoreFixture _fx = new();

    public Task InitializeAsync() => _fx.InitializeAsync();

    public Task DisposeAsync() => _fx.DisposeAsync();

    [Fact]
    public async Task Import_WideWeeklyFunnel_StoresOneMeasurementPerFilledCell()
    {
        var result = await ImportFileAsync("weekly-funnel.csv");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(ImportKind.Measurements, result.Kind);
        Assert.Equal(4 * 8, result.Measurements);
        var rows = await _fx.Measurements.ListAsync(StoreFixture.Workspace, new DateRange(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31)), null, default);
        var firstRevenue = rows.Single(m => m.Metric == MetricKey.Revenue && m.Period.Start == new DateOnly(2026, 9, 7));
        Assert.Equal(52_000m, firstRevenue.Value);
        Assert.Equal(new DateRange(new DateOnly(2026, 9, 7), new DateOnly(2026, 9, 13)), firstRevenue.Period);
        Assert.Equal(Domain.Measurements.MeasurementSource.Import, firstRevenue.Source);
    }

    [Fact]
    public async Task Import_SameFileTwice_ReplacesInsteadOfDoubleCounting()
    {
        await ImportFileAsync("weekly-funnel.csv");
        await ImportFileAsync("weekly-funnel.csv");

        var rows = await _fx.Measurements.ListAsync(StoreFixture.Workspace, new DateRange(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31)), [MetricKey.Mql], default);
        Assert.Equal(49 + 47 + 53 + 55, rows.Sum(m => m.Value));
    }

    [Fact]
    public async Task Import_LongFormatWithSlices_KeepsCampaignChannelProductAndPeriods()
    {
        var result = await ImportFileAsync("measurements.csv");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(7, result.Measurements);
        var rows = await _fx.Measurements.ListAsync(StoreFixture.Workspace, new DateRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), null, default);
        var webinar = rows.Single(m => m.Metric == MetricKey.Mql && m.Breakdown.Campaign == "Data governance webinar");
        Assert.Equal(("Webinar", "Analytics Cloud"), (webinar.Breakdown.Channel, webinar.Breakdown.Product));
        Assert.Equal(31, webinar.Period.Days);
        Assert.Equal(91.2m, rows.Single(m => m.Metric == MetricKey.Retention).Value);
        Assert.Equal(21_000m, rows.Single(m => m.Metric == MetricKey.Spend && m.Breakdown.Channel == "Paid social").Value);
    }

    [Fact]
    public async Task Import_HubSpotContacts_MapsStagesDecisionsAndReasons()
    {
        var result = await ImportFileAsync("hubspot-contacts.csv");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(ImportKind.Leads, result.Kind);
        Assert.Equal(6, result.Leads);
        var student = await _fx.Leads.FindAsync(StoreFixture.Workspace, "103", default);
        Assert.Equal((LeadStage.Inquiry, LeadDecision.Rejected, RejectionReason.NotInMarket), (student!.Stage, student.Decision, student.RejectionReason));
        Assert.Equal("Student, just researching for a thesis", student.ReasonNote);
        var notDecider = await _fx.Leads.FindAsync(StoreFixture.Workspace, "105", default);
        Assert.Equal(RejectionReason.WrongContact, notDecider!.RejectionReason);
        var customer = await _fx.Leads.FindAsync(StoreFixture.Workspace, "106", default);
        Assert.Equal((LeadStage.Won, LeadDecision.Accepted, "Acme, Inc."), (customer!.Stage, customer.Decision, customer.Company));
        var first = await _fx.Leads.FindAsync(StoreFixture.Workspace, "101", default);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 14, 0, TimeSpan.Zero), first!.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 15, 40, 0, TimeSpan.Zero), first.FirstFollowUpAt);
        Assert.Equal(("LinkedIn ABM top 50", "Paid social", "Analytics Cloud"), (first.Source.Campaign, first.Source.Channel, first.Source.Product));
        Assert.Equal(LeadDecision.Pending, first.Decision);
    }

    [Fact]
    public async Task Import_SalesforceLeads_ReadsUsDatesAndLeadStatuses()
    {
        var result = await ImportFileAsync("salesforce-leads.csv");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var leads = (await _fx.Leads.ListAsync(StoreFixture.Workspace, DateTimeOffset.MinValue, default)).ToDictionary(l => l.ExternalId);
        Assert.Equal(5, leads.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 9, 5, 0, TimeSpan.Zero), leads["00Q5e000001AbcD"].CreatedAt);
        Assert.Equal(LeadStage.Mql, leads["00Q5e000001AbcD"].Stage);
        Assert.Equal("Wayne Capital", leads["00Q5e000001AbcE"].Company);
        Assert.Equal((LeadDecision.Rejected, RejectionReason.NoBudget), (leads["00Q5e000001AbcF"].Decision, leads["00Q5e000001AbcF"].RejectionReason));
        Assert.Equal((LeadStage.Sql, LeadDecision.Accepted), (leads["00Q5e000001AbcG"].Stage, leads["00Q5e000001AbcG"].Decision));
        Assert.Equal(RejectionReason.NotInMarket, leads["00Q5e000001AbcH"].RejectionReason);
    }

    [Fact]
    public async Task Import_AccountListWithListColumn_StoresSalesTargets()
    {
        var result = await ImportFileAsync("sales-target-accounts.csv");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var list = Assert.Single(await _fx.AccountLists.ListAsync(StoreFixture.Workspace, default));
        Assert.Equal((AccountListKind.SalesTarget, "sales-target-accounts", 10), (list.Kind, list.Name, list.Accounts.Count));
        Assert.Equal("Acme, Inc.", list.Accounts[0]);
    }

    [Fact]
    public async Task Import_AccountListWithoutKind_AsksForItAndStoresNothing()
    {
        var result = await ImportFileAsync("marketing-reached-accounts.csv");

        Assert.False(result.Succeeded);
        Assert.Contains("--list", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Empty(await _fx.AccountLists.ListAsync(StoreFixture.Workspace, default));

        var retry = await ImportFileAsync("marketing-reached-accounts.csv", new ImportOptions(ListKind: AccountListKind.MarketingReached, ListName: "LinkedIn engaged"));
        Assert.True(retry.Succeeded);
        Assert.Equal(12, retry.Accounts);
    }

    [Fact]
    public async Task Import_ReachedAndTargetLists_GiveTheOverlapTheFilesImply()
    {
        await ImportFileAsync("sales-target-accounts.csv");
        await ImportFileAsync("marketing-reached-accounts.csv", new ImportOptions(ListKind: AccountListKind.MarketingReached));
        var lists = await _fx.AccountLists.ListAsync(StoreFixture.Workspace, default);

        var overlap = AudienceOverlap.Compute(
            lists.Where(l => l.Kind == AccountListKind.MarketingReached).SelectMany(l => l.Accounts),
            lists.Where(l => l.Kind == AccountListKind.SalesTarget).SelectMany(l => l.Accounts));

        // Acme (as "ACME Inc" vs "Acme, Inc."), Globex Logistics and Initech Systems: 3 of 10 targets.
        Assert.Equal(3, overlap.Shared);
        Assert.Equal(30m, overlap.OverlapPercent);
    }

    [Fact]
    public async Task Import_BadRows_ReportsEachByLineAndStoresNothingAtAll()
    {
        var result = await ImportFileAsync("bad-measurements.csv");

        Assert.False(result.Succeeded);
        Assert.Equal([3, 4, 5, 6], result.Errors.Select(e => e.Line));
        Assert.Contains("'forty' is not a number", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("Unknown metric 'happiness'", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("not a date", result.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("appears twice (first on line 2)", result.Errors[3].Message, StringComparison.Ordinal);
        Assert.Empty(await _fx.Measurements.ListAsync(StoreFixture.Workspace, new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), null, default));
    }

    [Fact]
    public async Task Import_QuotedMultilineField_ReportsTheLineWhereTheBadRowStarts()
    {
        var csv = "Record ID,Lifecycle Stage,Create Date,Rejection Reason\n1,mql,2026-11-02,\"two\nline note\"\n2,bogus,2026-11-02,\n";

        var result = await _fx.Import.ImportAsync(StoreFixture.Workspace, "inline.csv", new StringReader(csv), ImportOptions.Default, default);

        Assert.Equal(4, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public async Task Import_SemicolonsAndDayFirstDates_AsEuropeanExcelWritesThem()
    {
        var csv = "date;metric;value\n25/10/2026;mql;\"1,200\"\n03/11/2026;mql;30\n";

        var result = await _fx.Import.ImportAsync(StoreFixture.Workspace, "eu.csv", new StringReader(csv), ImportOptions.Default, default);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var rows = await _fx.Measurements.ListAsync(StoreFixture.Workspace, new DateRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 30)), null, default);
        Assert.Equal([new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 3)], rows.Select(r => r.Period.Start).Order());
        Assert.Equal(1200m, rows.Single(r => r.Period.Start.Day == 25).Value);
    }

    [Fact]
    public async Task Import_UnrecognisedColumns_ExplainsWhatShapesAreAccepted()
    {
        var result = await _fx.Import.ImportAsync(StoreFixture.Workspace, "x.csv", new StringReader("foo,bar\n1,2\n"), ImportOptions.Default, default);

        Assert.Null(result.Kind);
        Assert.Contains("Could not tell what this file holds", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_HeaderOnly_SaysThereAreNoRows()
    {
        var result = await _fx.Import.ImportAsync(StoreFixture.Workspace, "x.csv", new StringReader("date,metric,value\n"), ImportOptions.Default, default);

        Assert.Contains("no rows", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnclosedQuote_FailsWithTheLine()
    {
        var result = await _fx.Import.ImportAsync(StoreFixture.Workspace, "x.csv", new StringReader("date,metric,value\n2026-11-02,mql,\"42\n"), ImportOptions.Default, default);

        Assert.Contains("Line 2", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    private async Task<ImportResult> ImportFileAsync(string name, ImportOptions? options = null)
    {
        using var reader = File.OpenText(StoreFixture.Sample(name));
        return await _fx.Import.ImportAsync(StoreFixture.Workspace, name, reader, options ?? ImportOptions.Default, default);
    }
}
