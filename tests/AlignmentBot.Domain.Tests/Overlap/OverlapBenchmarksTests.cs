using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Tests.Overlap;

public class OverlapBenchmarksTests
{
    [Theory]
    [InlineData(Industry.Technology, Region.Unknown, 19)]
    [InlineData(Industry.Manufacturing, Region.Unknown, 8)]
    [InlineData(Industry.Unknown, Region.NorthAmerica, 18)]
    [InlineData(Industry.Unknown, Region.LatinAmerica, 20)]
    [InlineData(Industry.Unknown, Region.AsiaPacific, 20)]
    [InlineData(Industry.Unknown, Region.Emea, 16)]
    [InlineData(Industry.Unknown, Region.Unknown, 16)]
    [InlineData(Industry.Technology, Region.NorthAmerica, 19)]      // industry is more specific than region
    [InlineData(Industry.FinancialServices, Region.NorthAmerica, 18)] // no industry figure: region
    [InlineData(Industry.Other, Region.Unknown, 16)]
    public void For_IndustryThenRegionThenAverage_SeedFigures(Industry industry, Region region, int percent)
    {
        // The LinkedIn B2B Institute figures: average 16%; North America 18%, Latin America and Asia Pacific 20%, EMEA 16%; technology 19%, manufacturing 8%.
        var benchmark = OverlapBenchmarks.For(industry, region);

        Assert.Equal(percent, benchmark.Percent);
        Assert.Equal(OverlapBenchmarks.Source, benchmark.Source);
    }
}
