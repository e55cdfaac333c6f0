using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Dialogs.Prompts;

/// <summary>Yes or no, by button or in words ("yep", "sure", "no thanks").</summary>
public sealed partial class ConfirmPrompt(string id = ConfirmPrompt.DefaultId) : Prompt<bool>(id)
{
    public const string DefaultId = "prompt.confirm";

    protected override Recognition<bool> Recognize(string answer, PromptOptions options, DialogTurn turn)
    {
        if (Yes().IsMatch(answer))
        {
            return Recognition<bool>.Ok(true);
        }

        return No().IsMatch(answer) ? Recognition<bool>.Ok(false) : Recognition<bool>.Fail("Please answer yes or no.");
    }

    protected override OutgoingMessage Render(PromptOptions options, string? problem)
        => base.Render(options with { Choices = options.Choices ?? [new PromptChoice("Yes", "yes"), new PromptChoice("No", "no")] }, problem);

    [GeneratedRegex(@"^\s*(y|yes|yeah|yep|yup|sure|ok|okay|confirm|confirmed|correct|right|go ahead|do it|please do|absolutely|of course|true)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Yes();

    [GeneratedRegex(@"^\s*(n|no|nope|nah|not really|don'?t|do not|false|wrong|negative|no thanks)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex No();
}
