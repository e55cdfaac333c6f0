namespace AlignmentBot.Domain.Digests;

/// <summary>One concrete thing the readers should do this week, as a sentence they can act on.</summary>
/// <param name="Priority">Lower is more urgent; a digest shows the three most urgent.</param>
public sealed record DigestAsk(DigestAskKind Kind, string Text, int Priority);
