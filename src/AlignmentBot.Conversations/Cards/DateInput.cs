namespace AlignmentBot.Conversations.Cards;

/// <summary>A date field; the value comes back as yyyy-MM-dd.</summary>
public sealed record DateInput(string Id, string Label, DateOnly? Value = null, bool Required = false) : CardInput(Id, Label, Required);
