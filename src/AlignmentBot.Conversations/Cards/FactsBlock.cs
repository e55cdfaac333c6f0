namespace AlignmentBot.Conversations.Cards;

/// <summary>Label–value pairs: "Metric: MQLs", "Target: 240 a month". Both are plain text, shown as written: a value may be what someone typed.</summary>
public sealed record FactsBlock(IReadOnlyList<Fact> Facts) : CardBlock;
