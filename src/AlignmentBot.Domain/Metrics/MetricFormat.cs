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

    /// <summary>
    /// A value with what it counts, for a sentence: "42 MQLs", "$18.5k spend", "77% acceptance", "33 hours to follow up",
    /// "48 days to close". Hours and days are spelled out before the unit-bearing noun, so the unit is not said twice
    /// ("33 h hours to follow up").
    /// </summary>
    public static string Quantity(MetricKey key, decimal value, string currency = "USD")
    {
        var definition = MetricCatalog.Get(key);
        return definition.Unit is MetricUnit.Hours or MetricUnit.Days
            ? $"{Formatting.Number(value)} {definition.Plural}"
            : $"{Value(key, value, currency)} {definition.Plural}";
    }
}
