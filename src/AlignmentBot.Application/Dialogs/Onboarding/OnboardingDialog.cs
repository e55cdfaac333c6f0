using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Dialogs.Onboarding;

/// <summary>First contact: the bot introduces itself and asks the person's role once (changeable later with "change my role").</summary>
public sealed class OnboardingDialog(IWorkspaceStore workspaces) : WaterfallDialog<OnboardingState>(DialogIds.Onboarding, DialogJsonContext.Default.OnboardingState)
{
    public static IReadOnlyList<PromptChoice> RoleChoices { get; } =
    [
        new("Leadership", "leadership", ["ceo", "founder", "co-founder", "board", "exec", "executive", "coo", "cfo", "management", "president", "owner", "managing director", "general manager"]),
        new("Marketing", "marketing", ["marketer", "cmo", "demand gen", "demand generation", "lead gen", "growth", "content", "marketing ops", "brand", "product marketing"]),
        new("Sales", "sales", ["vp sales", "vp of sales", "head of sales", "sdr", "bdr", "ae", "account executive", "seller", "cro", "sales rep", "rep", "business development"]),
    ];

    public override string Description => "setting up your role";

    /// <summary>A short answer naming a role ("marketing", "I'm the CMO", "2"), as opposed to a request made while asked for the role.</summary>
    public static bool LooksLikeRoleAnswer(string text)
    {
        var words = text.ToLowerInvariant().Split([' ', ',', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries);
        // "Is marketing working?" names a team but asks something: a question is never taken as a role.
        if (words.Length == 0 || words.Length > 6 || (words.Length > 1 && Questions.QuestionAnswers.IsQuestion(text)))
        {
            return false;
        }

        if (words.Length == 1 && words[0] is "1" or "2" or "3")
        {
            return true;
        }

        var padded = " " + string.Join(' ', words) + " ";
        return RoleChoices.Any(c => new[] { c.Title, c.Value }.Concat(c.Synonyms ?? []).Any(s => padded.Contains(" " + s.ToLowerInvariant() + " ", StringComparison.Ordinal)));
    }

    public override int StateVersion => 1;

    protected override OnboardingState Start(object? options) => new(options is true);

    protected override IReadOnlyList<(string Name, Func<WaterfallStep<OnboardingState>, CancellationToken, Task<DialogTurnResult>> Run)> Steps() =>
    [
        ("ask", AskAsync),
        ("take", TakeAsync),
    ];

    private static Task<DialogTurnResult> AskAsync(WaterfallStep<OnboardingState> step, CancellationToken ct)
    {
        var scope = step.Turn.Get<TurnScope>();
        var text = step.State.FirstContact
            ? $"Hi {FirstName(scope.Person.DisplayName)}, I'm AlignmentBot. I help leadership, marketing and sales agree on measurable goals, run the numbers behind them and keep score. One question first, so I can tailor what I show you: what's your role?"
            : "Which role should I note for you?";
        return step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(text, RoleChoices), ct);
    }

    private async Task<DialogTurnResult> TakeAsync(WaterfallStep<OnboardingState> step, CancellationToken ct)
    {
        var scope = step.Turn.Get<TurnScope>();
        if (step.Result is not string value || !Roles.TryParse(value, out var role))
        {
            step.Send("No problem, I'll ask again later. You can tell me any time: \"I'm in marketing\".");
            return await step.EndAsync(null, ct);
        }

        var person = scope.Person with { Role = role };
        await workspaces.SavePersonAsync(person, ct);
        step.Turn.Set(scope with { Person = person });
        step.Send(role switch
        {
            Role.Leadership => "Thanks, noted: leadership. Ask me \"is marketing working?\" any time, or tell me what the business needs, like \"grow revenue 10% next year\".",
            Role.Marketing => "Thanks, noted: marketing. You can define goals (\"we need 200 MQLs a month\"), log requests that land on you, and check in numbers (\"MQLs this week: 42\").",
            _ => "Thanks, noted: sales. You can give feedback on leads (\"reject lead 4512: no budget\"), see the lead agreement (\"show the SLA\"), and ask \"is 150 SQLs a month realistic?\".",
        });
        return await step.EndAsync(role, ct);
    }

    private static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;
}
