namespace AlignmentBot.Application.Import;

/// <summary>What a file would load, checked but not stored.</summary>
/// <param name="Result">The counts it would load, or every problem found (with how much of it was good).</param>
/// <param name="CanLoad">True when every row is good: only then may it be loaded, all of it.</param>
public sealed record ImportPreview(ImportResult Result, bool CanLoad);
