namespace AlignmentBot.Domain.Metrics;

public enum MetricUnit
{
    Count,
    Money,

    /// <summary>Stored as percentage points: 16 means 16%.</summary>
    Percent,
    Hours,
    Days,
}
