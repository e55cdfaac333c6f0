namespace AlignmentBot.Conversations.Dialogs;

/// <summary>The person said they don't know or want to skip a skippable question.</summary>
public sealed record PromptSkipped(string PromptId);
