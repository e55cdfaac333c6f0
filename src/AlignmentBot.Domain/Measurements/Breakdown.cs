namespace AlignmentBot.Domain.Measurements;

/// <summary>Optional slice of a measurement (marketing is measured by campaign, channel and product).</summary>
public sealed record Breakdown(string? Campaign = null, string? Channel = null, string? Product = null)
{
    public static Breakdown None { get; } = new();

    public bool IsEmpty => Campaign is null && Channel is null && Product is null;
}
