namespace AlignmentBot.Conversations.Dialogs.Prompts;

public sealed class TextPrompt(string id = TextPrompt.DefaultId) : Prompt<string>(id)
{
    public const string DefaultId = "prompt.text";

    protected override bool ReadsChangeOfMind => false;

    protected override Recognition<string> Recognize(string answer, PromptOptions options, DialogTurn turn)
        => answer.Length > 500 ? Recognition<string>.Fail("That is longer than I can keep (500 characters).") : Recognition<string>.Ok(answer);
}
