namespace AlignmentBot.Conversations.Dialogs.Prompts;

public sealed class TextPrompt(string id = TextPrompt.DefaultId) : Prompt<string>(id)
{
    public const string DefaultId = "prompt.text";

    protected override bool ReadsChangeOfMind => false;

    protected override Recognition<string> Recognize(string answer, PromptOptions options, DialogTurn turn)
    {
        if (answer.Length > 500)
        {
            return Recognition<string>.Fail("That is longer than I can keep (500 characters).");
        }

        // "maybe Priya?", "how about 95 a month?": an answer offered as a question is still the answer, without the hedge.
        return Recognition<string>.Ok(options.Expects is AnswerKind.Person or AnswerKind.Number or AnswerKind.Date ? AnswerFits.WithoutHedge(answer) : answer);
    }

    /// <summary>Any words are accepted, so how well they answer comes from what the question expects and the suggestions it offered.</summary>
    protected override AnswerFit FitOf(string answer, PromptOptions options, DialogTurn turn)
    {
        var choices = options.Choices ?? [];
        if (choices.Count > 0 && (choices.Any(c => Same(answer, c.Title) || Same(answer, c.Value)) || (answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= AnswerFits.ShortChoiceWords && ChoicePicking.Pick(answer, choices.Select(c => c.Title).ToArray()) is not null)))
        {
            return AnswerFit.Strong;
        }

        return AnswerFits.Of(options.Expects, answer, turn);
    }

    private static bool Same(string answer, string choice) => string.Equals(answer.Trim().TrimEnd('.', '!', '?'), choice, StringComparison.OrdinalIgnoreCase);
}
