using AlignmentBot.Domain.Common;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Common;

public class DateRangeTests
{
    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DateRange(D(2025, 11, 2), D(2025, 11, 1)));
    }

    [Fact]
    public void Days_SingleDayAndMonth_CountBothEnds()
    {
        Assert.Equal(1, DateRange.Day(D(2025, 11, 1)).Days);
        Assert.Equal(30, Range(D(2025, 11, 1), D(2025, 11, 30)).Days);
    }

    [Fact]
    public void OverlapDays_PartialAndDisjointRanges_CountSharedDays()
    {
        var november = Range(D(2025, 11, 1), D(2025, 11, 30));

        // The week 27 Oct .. 2 Nov shares 1 and 2 Nov with November.
        Assert.Equal(2, november.OverlapDays(Range(D(2025, 10, 27), D(2025, 11, 2))));
        Assert.Equal(0, november.OverlapDays(Range(D(2025, 12, 1), D(2025, 12, 7))));
        Assert.Equal(30, november.OverlapDays(Range(D(2025, 10, 1), D(2025, 12, 31))));
    }
}
