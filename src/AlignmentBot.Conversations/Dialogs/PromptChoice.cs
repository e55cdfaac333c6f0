namespace AlignmentBot.Conversations.Dialogs;

/// <param name="Synonyms">Other ways to say it ("MQLs", "qualified leads").</param>
public sealed record PromptChoice(string Title, string Value, IReadOnlyList<string>? Synonyms = null);
