namespace AlignmentBot.Conversations.Dialogs.Prompts;

public sealed record PromptState(PromptOptions Options, int Attempts);
