using AlignmentBot.Application.Bot;
using AlignmentBot.Application.People;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Dialogs.Onboarding;

/// <summary>
/// First contact: the bot introduces itself and asks the person's role once. The answer is a request an admin approves
/// (an admin's own is granted at once); "I'm in sales now" asks again later.
/// </summary>
public sealed partial class OnboardingDialog(RoleService roles) : WaterfallDialog<OnboardingState>(DialogIds.Onboarding, DialogJsonContext.Default.OnboardingState)
{
    public static IReadOnlyList<PromptChoice> RoleChoices { get; } =
    [
        new("Leadership", nameof(Role.Leadership), ["leadership", "ceo", "founder", "co-founder", "board", "exec", "executive", "coo", "cfo", "management", "president", "owner", "managing director", "general manager"]),
        new("Marketing lead", nameof(Role.MarketingLead), ["marketing lead", "cmo", "head of marketing", "vp marketing", "marketing director", .. Leads("marketing")]),
        new("Marketer", nameof(Role.Marketer), ["marketing", "marketer", "demand gen", "demand generation", "lead gen", "growth", "content", "marketing ops", "brand", "product marketing"]),
        new("Sales lead", nameof(Role.SalesLead), ["sales lead", "vp sales", "vp of sales", "head of sales", "cro", "sales director", .. Leads("sales")]),
        new("Sales rep", nameof(Role.SalesRep), ["sales", "sdr", "bdr", "ae", "account executive", "account exec", "acct exec", "seller", "sales rep", "rep", "business development",
            "revops", "rev ops", "revenue operations", "revenue ops", "sales ops", "sales operations"]),
    ];

    public override string Description => "setting up your role";

    /// <summary>
    /// "I lead sales", "I run marketing here", "I head up the sales team": leading a function, said with a verb, is that
    /// function's lead. The longer phrase wins over the bare function word ("sales" alone is a rep) in the choice match.
    /// </summary>
    private static IEnumerable<string> Leads(string function)
        => from verb in new[] { "lead", "run", "head", "head up", "manage", "oversee", "in charge of", "responsible for" }
           from article in new[] { "", "the ", "our " }
           from team in new[] { "", " team", " org", " function", " department" }
           select $"{verb} {article}{function}{team}";

    /// <summary>A short answer naming a role ("marketing", "I'm the CMO", "2"), as opposed to a request made while asked for the role.</summary>
    public static bool LooksLikeRoleAnswer(string text)
    {
        // A role told as the speaker's own anywhere in a story ("…, here my title is field marketing manager, so mostly events").
        if (OwnRole.Read(text) is not null)
        {
            return true;
        }

        var words = text.ToLowerInvariant().Split([' ', ',', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries);
        // "Is marketing working?" names a team but asks something: a question is never taken as a role.
        if (words.Length == 0 || (words.Length > 1 && Questions.QuestionAnswers.IsQuestion(text)))
        {
            return false;
        }

        // Longer, it is a role answer only when it describes the person's job ("I'm the head of growth here, so I look
        // after demand generation…"), not when it asks for something.
        // The job may be described in any clause of a long answer ("it's a bit complicated, I joined last week from an agency,
        // officially I'm the content marketing manager but I also help out with events"); what the other clauses ask for
        // ("… and I want to see the scorecard") is kept for after the role.
        if (words.Length > 6)
        {
            var clauses = Clauses(text).Select(c => c.Split([' ', ',', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries)).Where(c => c.Length > 0).ToArray();
            // "…, so sales I guess, …": a clause that is only a role, hedges aside, says the job as plainly as "I work in sales".
            var jobSaid = clauses.Any(DescribesOwnJob) || ChoicePrompt.ClauseNaming(text, RoleChoices) is not null;
            if (text.Any(char.IsDigit) || clauses.Where(c => !DescribesOwnJob(c)).Any(AsksForSomething) || !(jobSaid || NamesRoleFirst(text)))
            {
                return false;
            }
        }

        if (words.Length == 1 && words[0] is "1" or "2" or "3" or "4" or "5")
        {
            return true;
        }

        // "markting lead", "salse": a role word with one typo is still that role word.
        var padded = " " + Conversations.Dialogs.Prompts.ChoicePrompt.CorrectTypos(string.Join(' ', words), RoleChoices.SelectMany(c => new[] { c.Title }.Concat(c.Synonyms ?? []))) + " ";
        return RoleChoices.Any(c => new[] { c.Title }.Concat(c.Synonyms ?? []).Any(s => padded.Contains(" " + s.ToLowerInvariant() + " ", StringComparison.Ordinal)));
    }

    /// <summary>A long answer's clauses: split at commas, semicolons, full stops and "but"/"and" (lower-cased).</summary>
    private static string[] Clauses(string text)
        => ClauseBreak().Split(text.ToLowerInvariant());

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;.!?]|\s(?:but|and)\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ClauseBreak();

    /// <summary>
    /// "sales, I'm an AE on the mid-market team", "marketing - mostly I do the webinars …", "leadership: COO": the role named
    /// in a short first clause, then the job described after a comma, dash or colon.
    /// </summary>
    private static bool NamesRoleFirst(string text)
    {
        var first = text.Split([',', ';', ':', '-', '–', '—', '('], 2)[0].Trim();
        return first.Length > 0 && first.Length < text.Trim().Length && first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && LooksLikeRoleAnswer(first);
    }

    /// <summary>
    /// "I run the CRM …", "mostly I run our paid campaigns …", "I basically look after …": the person says what they do,
    /// however it opens. Filler words ("mostly", "basically", "just", "well") are skipped before and after "I".
    /// </summary>
    private static bool DescribesOwnJob(string[] words)
    {
        var rest = words.SkipWhile(IsFiller).ToArray();
        if (rest.Length < 2 || rest[0] is not ("i'm" or "im" or "i" or "my"))
        {
            return false;
        }

        var verb = rest.Skip(1).SkipWhile(IsFiller).FirstOrDefault();
        return verb is "am" or "work" or "look" or "run" or "lead" or "manage" or "handle" or "head" or "job" or "role" or "own" or "the" or "a" or "an" or "in"
            or "on" or "do" or "cover" or "support" or "sit" or "report" or "take" or "deal" or "build" or "write" or "organise" or "organize" or "oversee"
            or "part" or "one" or "responsible" or "looking" or "running" or "working" or "doing" or "managing" or "handling" or "help";
    }

    private static bool IsFiller(string word)
        => word is "mostly" or "mainly" or "basically" or "honestly" or "so" or "well" or "um" or "uh" or "hmm" or "erm" or "really" or "just" or "actually"
            or "currently" or "kind" or "sort" or "of" or "pretty" or "much" or "also" or "usually" or "primarily" or "generally" or "ok" or "okay" or "right"
            or "officially" or "technically" or "formally" or "now";

    /// <summary>
    /// "I'm the CEO and I want to see the scorecard": a description that also asks for something is kept for after the role.
    /// "help" asks only for oneself ("help me with …"); "I help them build sequences" describes the job.
    /// </summary>
    private static bool AsksForSomething(string[] words)
        => words.Any(w => w is "want" or "wants" or "need" or "needs" or "show" or "see" or "tell" or "please" or "can" or "could" or "goal" or "goals"
            or "scorecard" or "digest" or "reject" or "accept" or "log" or "set" or "check")
           || words.Zip(words.Skip(1)).Any(p => p.First == "help" && p.Second is "me" or "us");

    public override int StateVersion => 2;

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
        return step.PromptAsync(RolePrompt.DefaultRoleId, new PromptOptions(text, RoleChoices), ct);
    }

    private async Task<DialogTurnResult> TakeAsync(WaterfallStep<OnboardingState> step, CancellationToken ct)
    {
        if (step.Result is not string value || !Enum.TryParse<Role>(value, out var role))
        {
            step.Send("No problem, I'll ask again later. You can tell me any time: \"I'm in marketing\".");
            return await step.EndAsync(null, ct);
        }

        var (reply, scope) = await roles.RequestAsync(step.Turn.Get<TurnScope>(), role, ct);
        step.Turn.Set(scope);

        // "… I'm leadership now (COO) and mostly I want to know whether marketing is working": the role is taken, and what
        // the rest asks for is done right after it.
        if (step.Turn.Text is { } said && OwnRole.Asking(said) is { } asked)
        {
            step.Context.PendingText ??= asked;
        }

        step.Send(scope.Person.Role == role ? $"{reply} {WhatYouCanDo(role)}" : reply);
        return await step.EndAsync(role, ct);
    }

    private static string WhatYouCanDo(Role role) => role switch
    {
        Role.Leadership => "Ask me \"is marketing working?\" any time, or tell me what the business needs, like \"grow revenue 10% next year\".",
        Role.MarketingLead => "You can define marketing goals (\"we need 200 MQLs a month\"), propose and sign the lead agreement for marketing, and check in numbers (\"MQLs this week: 42\").",
        Role.Marketer => "You can log requests that land on you and check in numbers (\"MQLs this week: 42\").",
        Role.SalesLead => "You can define sales goals, give feedback on leads (\"reject lead 4512: no budget\") and sign the lead agreement for sales (\"show the SLA\").",
        _ => "You can give feedback on leads (\"reject lead 4512: no budget\"), see the lead agreement (\"show the SLA\"), and ask \"is 150 SQLs a month realistic?\".",
    };

    private static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;
}
