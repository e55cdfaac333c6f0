namespace AlignmentBot.Domain.Metrics;

/// <summary>How a period's value is formed from the measurements inside it.</summary>
public enum Aggregation
{
    /// <summary>Events add up: leads, MQLs, revenue.</summary>
    Sum,

    /// <summary>A level read off at a point in time: retention, overlap.</summary>
    Latest,

    /// <summary>A per-event duration averaged over the period: follow-up time, sales cycle.</summary>
    Average,

    /// <summary>Numerator metric over denominator metric for the same period.</summary>
    Ratio,
}
