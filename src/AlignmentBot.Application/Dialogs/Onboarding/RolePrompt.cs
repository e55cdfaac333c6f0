using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;

namespace AlignmentBot.Application.Dialogs.Onboarding;

/// <summary>
/// The role question's prompt: the choices as any choice prompt reads them, and, when none is said on its own, the role the
/// person tells as theirs inside a longer story (<see cref="OwnRole"/>), which a choice prompt cannot pick out.
/// </summary>
public sealed class RolePrompt() : ChoicePrompt(DefaultRoleId)
{
    public const string DefaultRoleId = "prompt.role";

    protected override Recognition<string> Recognize(string answer, PromptOptions options, DialogTurn turn)
    {
        var recognized = base.Recognize(answer, options, turn);
        return !recognized.Succeeded && OwnRole.Read(answer) is { } role && (options.Choices ?? []).Any(c => c.Value == role.ToString())
            ? Recognition<string>.Ok(role.ToString())
            : recognized;
    }
}
