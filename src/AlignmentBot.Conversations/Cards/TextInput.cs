namespace AlignmentBot.Conversations.Cards;

/// <param name="Value">Pre-filled from what the person already said.</param>
public sealed record TextInput(string Id, string Label, string? Value = null, string? Placeholder = null, bool Multiline = false, bool Required = false, InputKind Kind = InputKind.Text)
    : CardInput(Id, Label, Required);
