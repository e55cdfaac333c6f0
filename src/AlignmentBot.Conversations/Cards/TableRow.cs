namespace AlignmentBot.Conversations.Cards;

public sealed record TableRow(IReadOnlyList<string> Cells, Tone Tone = Tone.Default);
