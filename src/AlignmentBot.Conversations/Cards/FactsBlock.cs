namespace AlignmentBot.Conversations.Cards;

/// <summary>Label–value pairs: "Metric: MQLs", "Target: 240 a month".</summary>
public sealed record FactsBlock(IReadOnlyList<Fact> Facts) : CardBlock;
