namespace AlignmentBot.Conversations.Dialogs;

/// <summary>What a prompt asks and accepts. Plain data, so it survives in state between turns.</summary>
/// <param name="Text">The question, with an example: "How many MQLs a month? For example 120."</param>
/// <param name="Choices">Buttons (and accepted answers) for choice prompts, or suggestions for others.</param>
/// <param name="MaxAttempts">Unusable answers allowed before the prompt gives up with <see cref="PromptFailed"/>.</param>
/// <param name="Skippable">"skip" / "don't know" ends the prompt with <see cref="PromptSkipped"/>.</param>
/// <param name="Currency">Currency for amounts given without one (money prompts).</param>
/// <param name="Expects">What a free-text question expects, for how well a message answers it (<see cref="AnswerFit"/>).</param>
public sealed record PromptOptions(
    string Text,
    IReadOnlyList<PromptChoice>? Choices = null,
    int MaxAttempts = 3,
    decimal? Min = null,
    decimal? Max = null,
    bool Skippable = false,
    string? Currency = null,
    AnswerKind Expects = AnswerKind.Text);
