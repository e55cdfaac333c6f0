using System.Text.Json;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.People;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Common;

namespace AlignmentBot.Application.Dialogs.Requests;

/// <summary>Logs what a marketer was asked to do and ties it to a goal, or marks it unaligned.</summary>
public sealed class LogRequestDialog(RequestService service, PersonResolver people)
    : WaterfallDialog<RequestDraft>(DialogIds.LogRequest, DialogJsonContext.Default.RequestDraft), IRevisableDialog
{
    public override string Description => "the request we were logging";

    public override int StateVersion => 2;

    /// <summary>How well a message answers the waiting question as a correction of the draft (corrections count as answers).</summary>
    public override AnswerFit Fit(DialogContext dc, string text)
        => dc.RootFrame is { } root && root.DialogId == Id && StepName(root.Step) is { } at
            ? DraftCorrections.Fit(text, dc.Turn.Entities.Read(text, dc.Turn.Today), atCard: at == "confirm" && ReferenceEquals(dc.ActiveDialog, this))
            : AnswerFit.None;

    /// <summary>Whether the question that waits is "who asked for it?", where only a person answers (see <see cref="WhoAskedAside"/>).</summary>
    public bool AsksRequester(DialogContext dc) => dc.RootFrame is { } root && root.DialogId == Id && StepName(root.Step) == "who";

    /// <summary>Whether the request in hand has its title and the question that waits is who asked or which goal it serves.</summary>
    public bool AsksRequesterOrGoal(DialogContext dc) => dc.RootFrame is { } root && root.DialogId == Id && StepName(root.Step) is "who" or "goal";

    /// <summary>The title of the request logged for the goal question that waits, or null when none was logged yet.</summary>
    public string? KeptTitle(DialogContext dc)
        => dc.RootFrame is { } root && root.DialogId == Id && StepName(root.Step) == "goal" && root.State.Deserialize(StateType) is { Kept: true } draft
            ? draft.Title ?? draft.AskedAs
            : null;

    /// <summary>
    /// Whether the message corrects the draft rather than taking it back: "scratch that, Alex asked, not Sam" names who asked,
    /// "oops, $450" a cost, "make it Friday" a due date; only "undo that" with nothing to put in its place takes it back.
    /// </summary>
    public static bool Corrects(DialogContext dc, string text)
    {
        var e = dc.Turn.Entities.Read(text, dc.Turn.Today);
        return e.Money is not null || e.Deadline is not null || RequestParsing.CorrectedRequester(text) is not null
            || WholeCorrection(dc, text) is not null;
    }

    /// <summary>The draft's fields corrected in any words, read as right after logging; one reader for the undo check and <see cref="ReviseAsync"/>.</summary>
    private static Corrections.RequestCorrected? WholeCorrection(DialogContext dc, string text)
        => Corrections.RequestCorrection.Read(text, said => dc.Turn.Entities.Read(said, dc.Turn.Today), said => dc.Turn.Entities.Read(said, dc.Turn.Today).MetricList, dc.Turn.Today);

    protected override RequestDraft Start(object? options)
        => options is (string text, Entities entities) ? RequestParsing.Parse(text, entities, Guid.NewGuid()) : new RequestDraft(Guid.NewGuid(), string.Empty);

    protected override IReadOnlyList<(string Name, Func<WaterfallStep<RequestDraft>, CancellationToken, Task<DialogTurnResult>> Run)> Steps() =>
    [
        ("title", (step, ct) => step.State.Title is not null ? step.NextAsync(null, ct) : step.PromptAsync(TextPrompt.DefaultId, new PromptOptions("What was asked for? For example \"a new brochure for the trade show\"."), ct)),
        ("title.take", (step, ct) =>
        {
            if (step.Result is string title)
            {
                // "Sam wants an ROI calculator on the website, 1.5k, by jan 8": the answer is read as a whole request, so who
                // asked, the cost and the due date said in it are kept with the title (what it says outranks the opener's "for me").
                var read = RequestParsing.Parse(title, step.Turn.Entities.Read(title, step.Turn.Today), step.State.Id);
                step.State = step.State with
                {
                    Title = read.Title ?? title,
                    RequestedBy = read.RequestedBy ?? step.State.RequestedBy,
                    Due = step.State.Due ?? read.Due,
                    Cost = step.State.Cost ?? read.Cost,
                    Currency = step.State.Cost is null ? read.Currency : step.State.Currency,
                    EffortHours = step.State.EffortHours ?? read.EffortHours,
                };
            }

            // "by thurs", "due weds": a weekday said short, which the date model leaves out, is still the due date.
            if (step.State.Due is null && RequestParsing.ShortWeekday(step.State.AskedAs, step.Turn.Today) is { } shortDay)
            {
                step.State = step.State with { Due = shortDay };
            }

            return PromptFailed.Is(step.Result) ? GiveUpAsync(step, ct) : step.NextAsync(null, ct);
        }),
        ("who", AskRequesterAsync),
        ("who.take", TakeRequesterAsync),
        ("who.pick", PickRequesterAsync),
        ("goal", AskGoalAsync),
        ("goal.take", SaveAsync),
    ];

    /// <summary>
    /// A correction while a question waits ("sorry, it's €3k not €2k", "actually Sam asked for it", "due Monday, and it's
    /// for the CPL goal") updates the draft; the waiting question still reads the message for its own answer.
    /// </summary>
    public async Task<bool> ReviseAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        if (dc.RootFrame is not { } root || root.DialogId != Id || StepName(root.Step) is not ("goal" or "who" or "title"))
        {
            return false;
        }

        var draft = root.State.Deserialize(StateType) ?? throw new InvalidOperationException("The request draft is missing.");
        var e = dc.Turn.Entities.Read(text, dc.Turn.Today);
        var revised = draft;
        var notes = new List<string>();
        if (e.Money is { } money && money.Amount != draft.Cost)
        {
            revised = revised with { Cost = money.Amount, Currency = money.Currency ?? draft.Currency };
            notes.Add("cost " + Formatting.Money(money.Amount, money.Currency ?? draft.Currency ?? dc.Turn.Get<TurnScope>().Currency));
        }

        if (e.Deadline is { } due && due != draft.Due)
        {
            revised = revised with { Due = due };
            notes.Add("due " + Formatting.Date(due));
        }

        if (RequestParsing.CorrectedRequester(text) is { } who && !who.Equals(draft.RequestedBy, StringComparison.OrdinalIgnoreCase))
        {
            // Before the requester question the name is looked up there; after it, here, so the id never lags the name.
            var match = StepName(root.Step) == "goal" ? await people.ResolveAsync(dc.Turn.Get<TurnScope>(), who, dc.Turn.Activity.Mentions, cancellationToken) : null;
            revised = match is { Kind: PersonMatchKind.Found, Person: { } person }
                ? revised with { RequestedBy = person.DisplayName, RequestedById = person.UserId, RequesterChecked = true }
                : revised with { RequestedBy = who, RequestedById = null, RequesterChecked = match is not null };
            notes.Add("asked by " + revised.RequestedBy);
        }

        // While the goal question waits, the other fields the request was told with, corrected in any words ("gah,
        // fat-fingered it - seven hundred", "oh that amount's in euros btw", "she needs it by the 15th, not the 10th",
        // "sorry, one-pager, not two-pager", "scratch that, Alex asked, not Sam"): the same reader as right after logging.
        var atGoal = StepName(root.Step) == "goal";
        if (atGoal && WholeCorrection(dc, text) is { } whole)
        {
            var currency = dc.Turn.Get<TurnScope>().Currency;
            if (whole.Cost is { } amount && e.Money is null && amount != revised.Cost)
            {
                revised = revised with { Cost = amount, Currency = whole.CostCurrency ?? revised.Currency };
                notes.Add("cost " + Formatting.Money(amount, revised.Currency ?? currency));
            }

            if (whole.Currency is { } code && revised.Cost is { } priced && code != (revised.Currency ?? currency))
            {
                revised = revised with { Currency = code };
                notes.Add("cost " + Formatting.Money(priced, code));
            }

            if (whole.Due is { } day && day != revised.Due)
            {
                // "the 15th, not the 10th": the day said as the new one wins over any the message merely names.
                notes.RemoveAll(n => n.StartsWith("due ", StringComparison.Ordinal));
                revised = revised with { Due = day };
                notes.Add("due " + Formatting.Date(day));
            }

            if (whole.Requester is { } named && !named.Equals(revised.RequestedBy, StringComparison.OrdinalIgnoreCase) && RequestParsing.CorrectedRequester(text) is null)
            {
                var match = await people.ResolveAsync(dc.Turn.Get<TurnScope>(), named, dc.Turn.Activity.Mentions, cancellationToken);
                revised = match is { Kind: PersonMatchKind.Found, Person: { } person }
                    ? revised with { RequestedBy = person.DisplayName, RequestedById = person.UserId, RequesterChecked = true }
                    : revised with { RequestedBy = named, RequestedById = null, RequesterChecked = true };
                notes.Add("asked by " + revised.RequestedBy);
            }

            if (whole.Fix is { Field: Corrections.RequestFixField.Swap, Replaced: { } old, Value: var meant } && revised.Title is { } title
                && System.Text.RegularExpressions.Regex.Match(title, @"(?<![\p{L}\d-])" + System.Text.RegularExpressions.Regex.Escape(old) + @"(?![\p{L}\d-])", System.Text.RegularExpressions.RegexOptions.IgnoreCase) is { Success: true } at)
            {
                revised = revised with { Title = title[..at.Index] + meant + title[(at.Index + at.Length)..] };
                notes.Add($"now called \"{revised.Title}\"");
            }
        }

        // "can we rename that to "Q1 partner kit"" while the goal question waits: the draft's title, as right after logging.
        if (atGoal && dc.Turn.Submission is null && Corrections.RequestFix.Read(text, said => dc.Turn.Entities.Read(said, dc.Turn.Today).MetricList) is { Field: Corrections.RequestFixField.Title, Value: var renamed }
            && renamed != revised.Title)
        {
            revised = revised with { Title = renamed };
            notes.Add($"now called \"{renamed}\"");
        }

        if (revised != draft)
        {
            dc.ReplaceRoot(root with { State = Serialize(revised) });
            if (revised.Kept)
            {
                // The request logged for the goal question is the draft: what was corrected is what the list shows.
                await service.KeepAsync(revised, dc.Turn.Get<TurnScope>(), dc.Turn.Now, cancellationToken);
            }

            dc.Turn.Send($"Noted: {string.Join(", ", notes)}.");

            // A correction that names no goal leaves the goal question unanswered: it is asked again, not failed.
            if (atGoal && e.MetricList.Count == 0 && !UnalignedAnswer.Says(text))
            {
                await dc.RepromptAsync(cancellationToken);
                return true;
            }
        }

        return false;
    }

    /// <summary>Who asked, unless it was said; a name guessed from "… for Initech" that is nobody here is asked about instead.</summary>
    private async Task<DialogTurnResult> AskRequesterAsync(WaterfallStep<RequestDraft> step, CancellationToken ct)
    {
        if (step.State is { RequesterGuessed: true, RequestedBy: { } guessed }
            && (await people.ResolveAsync(step.Turn.Get<TurnScope>(), guessed, step.Turn.Activity.Mentions, ct)).Kind == PersonMatchKind.NotFound)
        {
            step.State = step.State with { RequestedBy = null, RequesterGuessed = false };
        }

        // "can you add something to my request log?": nothing was said of what it is yet, so the question asks for that too
        // (the answer may be the whole request: "Alex wants a new LinkedIn banner, by Friday").
        var question = RequestParsing.IsPlaceholderTitle(step.State.Title) ? "What's the request, and who asked for it? Mention them or type a name." : "Who asked for it? Mention them or type a name.";
        return step.State.RequestedBy is { } said
            ? await step.NextAsync(said, ct)
            : await step.PromptAsync(TextPrompt.DefaultId, new PromptOptions(question, Skippable: true, Expects: AnswerKind.Person), ct);
    }

    /// <summary>The requester as one person of the workspace; "which Sam?" when several match, kept as written when none does.</summary>
    private async Task<DialogTurnResult> TakeRequesterAsync(WaterfallStep<RequestDraft> step, CancellationToken ct)
    {
        if (step.State.RequesterChecked || step.Result is not string answer)
        {
            return await step.NextAsync(null, ct);
        }

        // "Actually Sam asked for it" answers the question with Sam; "Sam, he needs it by Dec 12, about $800" too (the date
        // and cost were read by ReviseAsync before this step).
        var who = RequestParsing.CorrectedRequester(answer) ?? answer;

        // "Alex wants a new LinkedIn banner for his profile, zero budget, by Friday" after "can you add something to my
        // request log?": the answer is the whole request; who asked is Alex, and what was asked for is the title.
        if (RequestParsing.CorrectedRequester(answer) is null && RequestParsing.SomeoneAsked(answer) is { } told)
        {
            who = told;
            if (RequestParsing.IsPlaceholderTitle(step.State.Title) && RequestParsing.Title(answer) is { } what)
            {
                step.State = step.State with { Title = what, AskedAs = step.State.AskedAs + " " + answer };
            }
        }

        var scope = step.Turn.Get<TurnScope>();
        var match = await people.ResolveAsync(scope, who, step.Turn.Activity.Mentions, ct);
        if (match.Kind == PersonMatchKind.NotFound && PersonResolver.NameSaid(who) is { Length: > 0 } head && head != who.Trim())
        {
            // "Marco - no wait, it was Sam": the name after the change of mind, as a correction says it.
            who = RequestParsing.CorrectedRequester(head) ?? head;
            match = await people.ResolveAsync(scope, who, step.Turn.Activity.Mentions, ct);
        }

        switch (match.Kind)
        {
            case PersonMatchKind.Found:
                step.State = step.State with { RequestedBy = match.Person!.DisplayName, RequestedById = match.Person.UserId, RequesterChecked = true };
                return await step.NextAsync(null, ct);
            case PersonMatchKind.Ambiguous:
                step.State = step.State with { RequestedBy = who };
                return await step.PromptAsync(ChoicePrompt.DefaultId, new PromptOptions(PersonResolver.WhichQuestion(match), PersonResolver.Choices(match.CandidateList.Take(6).ToArray()), MaxAttempts: 2), ct);
            default:
                step.Send($"I don't know anyone called {who.Trim()} here, so I've noted the requester as written.");
                step.State = step.State with { RequestedBy = who.Trim(), RequesterChecked = true };
                return await step.NextAsync(null, ct);
        }
    }

    private async Task<DialogTurnResult> PickRequesterAsync(WaterfallStep<RequestDraft> step, CancellationToken ct)
    {
        if (step.State.RequesterChecked || step.State.RequestedBy is null)
        {
            return await step.NextAsync(null, ct);
        }

        var match = step.Result is string picked ? await people.ResolveAsync(step.Turn.Get<TurnScope>(), picked, step.Turn.Activity.Mentions, ct) : null;
        step.State = match is { Kind: PersonMatchKind.Found, Person: { } person }
            ? step.State with { RequestedBy = person.DisplayName, RequestedById = person.UserId, RequesterChecked = true }
            : step.State with { RequesterChecked = true };
        return await step.NextAsync(null, ct);
    }

    /// <summary>Ways of saying a request serves no goal: "none of them", "it doesn't serve any goal", "not tied to a goal".</summary>
    private static readonly string[] UnalignedWords =
    [
        "none", "no goal", "unaligned", "nothing", "any goal", "any of them", "any of those", "not tied", "doesn't serve", "does not serve", "doesnt serve",
        "not aligned", "not linked", "not connected", "unrelated", "neither", "no particular goal", "no specific goal", "nothing specific", "not for a goal",
        "not really", "nope", "n/a", "no idea", "isn't tied", "is not tied", "serves nothing", "serves none", "not a goal", "no real goal", "not any",
    ];

    /// <summary>
    /// How many open goals the goal question offers. Only an offered goal can be answered by name ("lead acceptance"), so
    /// the cap is set above the handful of goals a company pursues at once rather than at a card's usual six buttons.
    /// </summary>
    private const int MaxGoalChoices = 10;

    private async Task<DialogTurnResult> AskGoalAsync(WaterfallStep<RequestDraft> step, CancellationToken ct)
    {
        var scope = step.Turn.Get<TurnScope>();
        var open = await service.OpenGoalsAsync(scope, ct);
        if (open.Count == 0)
        {
            step.Send("There are no agreed goals yet, so this request counts as unaligned.");
            return await step.NextAsync(RequestCards.Unaligned, ct);
        }

        // "…, $300, none", "…, none of our goals": said to serve no goal, it is logged unaligned without asking.
        if (step.State.GoalSaid == RequestParsing.NoGoal)
        {
            return await step.NextAsync(RequestCards.Unaligned, ct);
        }

        // "…, $700, it's for the MQL goal", "…, for revenue": the goal was said with the request, so it is not asked again when
        // one open goal counts that number.
        if (step.State.GoalSaid is { } goalSaid && step.Turn.Entities.Read(goalSaid, step.Turn.Today).MetricList is [var saidMetric]
            && open.Where(g => g.Definition.Name == saidMetric).ToArray() is [var meant])
        {
            return await step.NextAsync(meant.Id.ToString(), ct);
        }

        // A goal whose number the request itself names ("a case study for the acceptance rate push") comes first, so it is
        // among the options shown even when there are more open goals than buttons.
        var named = step.Turn.Entities.Read(step.State.AskedAs, step.Turn.Today).MetricList;
        var choices = open.OrderBy(g => named.Contains(g.Definition.Name, StringComparer.Ordinal) ? 0 : 1).Take(MaxGoalChoices)
            .Select(g => new PromptChoice(g.Definition.Label + $" ({g.Title(scope.Currency).Split(": ", 2)[^1]})", g.Id.ToString(),
                [g.Definition.Plural, g.Definition.Name, g.Definition.Label, .. AlignmentBot.Application.Understanding.AlignmentVocabulary.PhrasesFor(g.Metric), .. Domain.Metrics.MetricCatalog.AliasesOf(g.Definition.Key)]))
            .Append(new PromptChoice("None of these (unaligned)", RequestCards.Unaligned, UnalignedWords)).ToArray();

        // What was asked for is logged now, as unaligned, so nothing said waits on the last question: a side trip, a
        // restart or a colleague reading the list finds it; the answer ties it, and dropping the dialog takes it back.
        step.State = step.State with { Kept = true, KeptAt = step.State.KeptAt ?? step.Turn.Now };
        await service.KeepAsync(step.State, scope, step.Turn.Now, ct);
        step.Send($"I've logged \"{step.State.Title}\" as unaligned for now.");
        return await step.PromptAsync(RequestGoalPrompt.DefaultGoalId, new PromptOptions($"Which goal does \"{step.State.Title}\" serve?", choices), ct);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStep<RequestDraft> step, CancellationToken ct)
    {
        if (PromptFailed.Is(step.Result))
        {
            return await GiveUpAsync(step, ct);
        }

        var scope = step.Turn.Get<TurnScope>();
        Guid? goal = step.Result is string value && Guid.TryParse(value, out var id) ? id : null;

        // "oh and that's in euros, not dollars. it's for the MQL goal": the answer carries the cost's currency too, as it would
        // right after logging; nothing said is dropped.
        if (step.State.Cost is not null && step.Turn.Submission is null
            && Corrections.RequestFix.Read(step.Turn.Text, said => step.Turn.Entities.Read(said, step.Turn.Today).MetricList) is { Field: Corrections.RequestFixField.Currency, Value: var code })
        {
            step.State = step.State with { Currency = code };
        }

        // "SQLs" with no goal for SQLs: logged as unaligned, and said why, so it can be tied to a goal once there is one.
        if (goal is null && step.Turn.Submission is null && step.Turn.Text is { } answer && !UnalignedAnswer.Says(answer)
            && step.Turn.Entities.Read(answer, step.Turn.Today).MetricList is { Count: > 0 } named
            && await service.OpenGoalsAsync(scope, ct) is { Count: > 0 } open && open.All(g => !named.Contains(g.Definition.Name, StringComparer.OrdinalIgnoreCase)))
        {
            var what = string.Join(" or ", named.Select(n => Domain.Metrics.MetricCatalog.TryParse(n, out var key) ? Domain.Metrics.MetricCatalog.Get(key).Plural : n));
            step.Send($"There's no open goal for {what}, so I've logged it as unaligned.");
        }

        step.Send(await service.SaveAsync(step.State, goal, scope, step.Turn.Now, step.Turn.Today, ct));
        step.Context.Recent = new RecentAction(Corrections.RecentCorrections.Request, step.State.Id.ToString());
        return await step.EndAsync(null, ct);
    }

    private async Task<DialogTurnResult> GiveUpAsync(WaterfallStep<RequestDraft> step, CancellationToken ct)
    {
        if (step.State.Kept)
        {
            await service.TakeBackAsync(step.State, step.Turn.Get<TurnScope>(), ct);
        }

        step.Send("Let's leave that request for now; nothing was logged.");
        return await step.EndAsync(null, ct);
    }

    /// <summary>Cancel, start over or the idle timeout at the goal question: the request kept for it is taken back.</summary>
    public override async Task DroppedAsync(DialogContext dc, DialogFrame frame, CancellationToken cancellationToken)
    {
        if (frame.DialogId == Id && frame.State.Deserialize(StateType) is { Kept: true } draft)
        {
            await service.TakeBackAsync(draft, dc.Turn.Get<TurnScope>(), cancellationToken);
        }
    }
}
