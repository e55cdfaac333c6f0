using AlignmentBot.Domain.Funnel;

namespace AlignmentBot.Domain.Tests.Funnel;

public class RunRateTests
{
    [Fact]
    public void From_SeriesWithGaps_SkipsMissingPeriodsInsteadOfCountingZero()
    {
        // 40, (no data), 60: average 50, not (40 + 0 + 60) / 3 = 33.3.
        var runRate = RunRate.From([40m, null, 60m]);

        Assert.Equal([40m, 60m], runRate.History);
        Assert.Equal(50m, runRate.Average);
        Assert.Equal(60m, runRate.Best);
        Assert.Equal(60m, runRate.Latest);
    }

    [Fact]
    public void From_NoValues_HasNoData()
    {
        var runRate = RunRate.From([null, null]);

        Assert.False(runRate.HasData);
        Assert.Equal(0m, runRate.Average);
    }
}
