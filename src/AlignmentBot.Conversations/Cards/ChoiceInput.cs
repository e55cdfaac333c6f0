namespace AlignmentBot.Conversations.Cards;

public sealed record ChoiceInput(string Id, string Label, IReadOnlyList<Choice> Choices, string? Value = null, bool Required = false)
    : CardInput(Id, Label, Required);
