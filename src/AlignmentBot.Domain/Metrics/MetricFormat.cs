using AlignmentBot.Domain.Common;

namespace AlignmentBot.Domain.Metrics;

public static class MetricFormat
{
    /// <summary>Formats a metric value in its unit: "42", "$1.2M", "16%", "36 h", "45 days".</summary>
    public static string Value(MetricKey key, decimal value, string currency = "USD") => MetricCatalog.Get(key).Unit switch
    {
        MetricUnit.Count => Formatting.Number(value),
        MetricUnit.Money => Formatting.Money(value, currency),
        MetricUnit.Percent => Formatting.Percent(value),
        MetricUnit.Hours => Formatting.Number(value) + " h",
        MetricUnit.Days => Formatting.Number(value) + " days",
        _ => Formatting.Number(value),
    };
}
