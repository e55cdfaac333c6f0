namespace AlignmentBot.Conversations.Dialogs.Prompts;

/// <summary>A prompt's reading of an answer: the value, or why it could not use it.</summary>
public readonly record struct Recognition<T>(bool Succeeded, T? Value, string? Problem)
{
    public static Recognition<T> Ok(T value) => new(true, value, null);

    public static Recognition<T> Fail(string problem) => new(false, default, problem);
}
