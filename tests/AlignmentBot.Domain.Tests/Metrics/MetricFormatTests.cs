using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Domain.Tests.Metrics;

public class MetricFormatTests
{
    [Theory]
    [InlineData(MetricKey.Mql, 42, "42")]
    [InlineData(MetricKey.Pipeline, 1_200_000, "$1.2M")]
    [InlineData(MetricKey.Revenue, 45_000, "$45k")]
    [InlineData(MetricKey.Overlap, 16, "16%")]
    [InlineData(MetricKey.FollowUpTime, 36, "36 h")]
    [InlineData(MetricKey.SalesCycle, 45, "45 days")]
    public void Value_EachUnit_FormatsInTheMetricsUnit(MetricKey key, int value, string expected)
    {
        Assert.Equal(expected, MetricFormat.Value(key, value));
    }

    [Fact]
    public void Value_MoneyMetric_UsesWorkspaceCurrency()
    {
        Assert.Equal("€85", MetricFormat.Value(MetricKey.CostPerLead, 85m, "EUR"));
    }

    [Fact]
    public void Value_FractionalHours_KeepOneDecimal()
    {
        Assert.Equal("1.5 h", MetricFormat.Value(MetricKey.FollowUpTime, 1.5m));
    }

    [Theory]
    [InlineData(MetricKey.Mql, 42, "42 MQLs")]
    [InlineData(MetricKey.FollowUpTime, 33, "33 hours to follow up")]
    [InlineData(MetricKey.SalesCycle, 48, "48 days to close")]
    [InlineData(MetricKey.Spend, 18_500, "$18.5k spend")]
    public void Quantity_SaysTheUnitOnce(MetricKey key, int value, string expected)
    {
        Assert.Equal(expected, MetricFormat.Quantity(key, value));
    }
}
