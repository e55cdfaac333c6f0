using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Tests.Overlap;

public class AudienceOverlapTests
{
    private static readonly string[] SalesTargets =
    [
        "Acme, Inc.", "Globex Corporation", "INITECH LLC", "Umbrella Ltd", "  Hooli ",
        "Stark Industries", "Wayne Enterprises", "Cyberdyne Systems", "Soylent", "Tyrell Corp",
    ];

    // Marketing reached 30 accounts: three of sales' targets (spelled differently) and 27 others.
    private static readonly string[] MarketingReached =
        ["www.acme.com", "globex.com", "Initech", .. Enumerable.Range(1, 27).Select(i => $"Prospect {i}")];

    [Fact]
    public void Compute_ThreeOfTenTargetsReached_Is30Percent()
    {
        // 3 shared / 10 targets = 30%, above the 16% B2B average. Reach 30 / 10 targets = 3× (guideline ~20×).
        var result = AudienceOverlap.Compute(MarketingReached, SalesTargets);

        Assert.Equal(10, result.SalesTargets);
        Assert.Equal(30, result.MarketingReached);
        Assert.Equal(3, result.Shared);
        Assert.Equal(30m, result.OverlapPercent);
        Assert.Equal(3m, result.AudienceMultiple);
        Assert.Equal(16m, result.Benchmark.Percent);
        Assert.True(result.AboveBenchmark);
    }

    [Fact]
    public void Compute_MissedTargets_AreListedAsSalesWroteThemSorted()
    {
        var result = AudienceOverlap.Compute(MarketingReached, SalesTargets);

        Assert.Equal(
            ["Cyberdyne Systems", "Hooli", "Soylent", "Stark Industries", "Tyrell Corp", "Umbrella Ltd", "Wayne Enterprises"],
            result.MissedTargets);
    }

    [Fact]
    public void Compute_SameAccountTwiceInEitherList_CountsOnce()
    {
        // Sales: Acme (twice, spelled differently) and Hooli = 2 targets; marketing reached Acme twice = 1 account.
        var result = AudienceOverlap.Compute(["acme.com", "Acme Inc"], ["Acme, Inc.", "acme inc", "Hooli"]);

        Assert.Equal(2, result.SalesTargets);
        Assert.Equal(1, result.MarketingReached);
        Assert.Equal(50m, result.OverlapPercent);
        Assert.Equal(["Hooli"], result.MissedTargets);
    }

    [Fact]
    public void Compute_BlankEntries_AreIgnored()
    {
        var result = AudienceOverlap.Compute(["", "acme.com"], ["Acme", " ", "Hooli"]);

        Assert.Equal(2, result.SalesTargets);
        Assert.Equal(1, result.MarketingReached);
    }

    [Fact]
    public void Compute_NoTargets_HasNoPercentAndIsNotAboveBenchmark()
    {
        var result = AudienceOverlap.Compute(MarketingReached, []);

        Assert.Null(result.OverlapPercent);
        Assert.Null(result.AudienceMultiple);
        Assert.False(result.AboveBenchmark);
        Assert.Empty(result.MissedTargets);
    }

    [Fact]
    public void Compute_ManufacturingAt10Percent_BeatsIts8PercentBenchmark()
    {
        // 1 of 10 reached = 10%: below the 16% average, but above manufacturing's 8%.
        var result = AudienceOverlap.Compute(["acme.com"], SalesTargets, Industry.Manufacturing);

        Assert.Equal(10m, result.OverlapPercent);
        Assert.Equal(new OverlapBenchmark(8m, "manufacturing average", OverlapBenchmarks.Source), result.Benchmark);
        Assert.True(result.AboveBenchmark);
    }

    [Fact]
    public void Compute_TechnologyAt16Percent_IsBelowIts19PercentBenchmark()
    {
        // 4 of 25 targets = 16%.
        string[] targets = [.. Enumerable.Range(1, 25).Select(i => $"Target {i}")];
        string[] reached = [.. Enumerable.Range(1, 4).Select(i => $"Target {i}")];

        var result = AudienceOverlap.Compute(reached, targets, Industry.Technology);

        Assert.Equal(16m, result.OverlapPercent);
        Assert.Equal(19m, result.Benchmark.Percent);
        Assert.False(result.AboveBenchmark);
    }
}
