namespace AlignmentBot.Conversations.Dialogs;

/// <summary>The result a prompt returns when the person did not give a usable answer within the allowed attempts.</summary>
public sealed record PromptFailed(string PromptId, int Attempts)
{
    public static bool Is(object? result) => result is PromptFailed;
}
