using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Overlap;

/// <summary>Marketing–sales audience overlap averages from the LinkedIn B2B Institute study.</summary>
public static class OverlapBenchmarks
{
    public const string Source = "LinkedIn B2B Institute study";

    public static OverlapBenchmark Average { get; } = new(16m, "B2B average", Source);

    /// <summary>Marketing's audience should be about 20× sales' (5% of buyers are in-market, 95% are not).</summary>
    public const decimal AudienceMultipleGuideline = 20m;

    /// <summary>The most specific benchmark: industry first, then region, then the overall average.</summary>
    public static OverlapBenchmark For(Industry industry, Region region) => industry switch
    {
        Industry.Technology => new(19m, "technology average", Source),
        Industry.Manufacturing => new(8m, "manufacturing average", Source),
        _ => region switch
        {
            Region.NorthAmerica => new(18m, "North America average", Source),
            Region.LatinAmerica => new(20m, "Latin America average", Source),
            Region.AsiaPacific => new(20m, "Asia Pacific average", Source),
            Region.Emea => new(16m, "EMEA average", Source),
            _ => Average,
        },
    };
}
