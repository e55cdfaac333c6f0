using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Domain.Workspaces;

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

        // "cofounder, I'm the CRO": a founder is leadership, whatever title comes with it.
        if (recognized.Succeeded && recognized.Value != nameof(Role.Leadership) && OwnRole.IsFounder(answer)
            && (options.Choices ?? []).Any(c => c.Value == nameof(Role.Leadership)))
        {
            return Recognition<string>.Ok(nameof(Role.Leadership));
        }

        // "I did marketing ops at my last company but here I'm an account executive …": the choices find the first role word
        // anywhere; in a story, the role told of the speaker now outweighs one of another function told of the past.
        if (recognized.Succeeded && answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6 && OwnRole.Read(answer) is { } now
            && Enum.TryParse<Role>(recognized.Value, out var picked) && FunctionOf(picked) != FunctionOf(now)
            && (options.Choices ?? []).Any(c => c.Value == now.ToString()))
        {
            return Recognition<string>.Ok(now.ToString());
        }

        return !recognized.Succeeded && OwnRole.Read(answer) is { } role && (options.Choices ?? []).Any(c => c.Value == role.ToString())
            ? Recognition<string>.Ok(role.ToString())
            : recognized;
    }

    private static int FunctionOf(Role role) => role switch
    {
        Role.MarketingLead or Role.Marketer => 1,
        Role.SalesLead or Role.SalesRep => 2,
        _ => 0,
    };
}
