using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Reminders;

namespace AlignmentBot.Application.Reminders;

/// <summary>
/// The direct message of one batch: "Marketing qualified leads for the week of 30 Nov?" per goal, with a number input each,
/// and buttons to record them in one step, repeat last period's numbers, skip the period (with a reason) or snooze.
/// </summary>
public static class ReminderCards
{
    public const string Record = "reminder.record";
    public const string SameAsLast = "reminder.same";
    public const string Skip = "reminder.skip";
    public const string Snooze = "reminder.snooze";

    /// <summary>Card data key listing the goals asked: "goalId/periodKey" pairs, comma-separated.</summary>
    public const string GoalsKey = "goals";

    public const string ReasonInput = "reason";
    public const string UntilInput = "until";

    public static IReadOnlyCollection<string> Verbs { get; } = [Record, SameAsLast, Skip, Snooze];

    /// <summary>Input id of one goal's number: "n:{goal id}".</summary>
    public static string NumberInput(Domain.Goals.GoalId goal) => $"n:{goal}";

    public static OutgoingMessage Build(ReminderBatch batch, ReminderPlan plan)
    {
        var asks = batch.Items.Where(i => i.Due.Kind is ReminderKind.Ask or ReminderKind.Nudge || (i.Due.Kind == ReminderKind.Requested && StillMissing(i.Due, i.Goal, plan))).ToArray();
        var notices = batch.Items.Where(i => i.Due.Kind == ReminderKind.SetterNotice).ToArray();
        var told = batch.Items.Where(i => i.Due.Kind == ReminderKind.Requested && !StillMissing(i.Due, i.Goal, plan)).ToArray();
        var blocks = new List<CardBlock>();
        var lines = new List<string>();
        foreach (var (due, goal) in asks)
        {
            var question = $"{goal.Definition.Label} for {due.Period.Describe()}?";
            lines.Add(due.Kind is ReminderKind.Nudge or ReminderKind.Requested ? $"Still missing: {question}" : question);
            blocks.Add(new TextInput(NumberInput(goal.Id), question, Placeholder: goal.Definition.Plural, Kind: InputKind.Number));
        }

        // Asked for in chat while nothing is missing: what is in and what comes next, without asking again for a number given.
        var toldLines = told.Select(i => Upcoming(i.Due, i.Goal, plan)).ToArray();
        var askedBy = batch.AskedBy is { Length: > 0 } by
            ? $"{by} asked me to remind you about {string.Join(" and ", batch.Items.Where(i => i.Due.Kind != ReminderKind.SetterNotice).Select(i => i.Goal.Definition.Label).Distinct())}.\n"
            : string.Empty;
        if (asks.Length == 0 && notices.Length == 0)
        {
            var note = askedBy + string.Join("\n", toldLines.Select(l => "• " + l));
            return new OutgoingMessage(note, new Card(batch.AskedBy is { Length: > 0 } who ? $"A reminder from {who}" : "A reminder", [.. note.Split('\n').Select(l => new TextBlock(l))]));
        }

        foreach (var (due, goal) in notices)
        {
            var owner = plan.NameOf(goal.OwnerId, goal.OwnerName);
            var status = plan.Statuses.FirstOrDefault(s => s.Goal.Id == goal.Id);
            var missed = status?.MissedInARow ?? 2;
            lines.Add($"{goal.Definition.Label} (owner: {owner}) has had no number for {missed} periods in a row, since {due.Period.Describe()}. It shows as stale in the digest.");
        }

        lines.AddRange(toldLines);
        var text = askedBy + (asks.Length > 0 ? (asks.Any(a => a.Due.Kind == ReminderKind.Nudge) ? "A reminder: your numbers are due.\n" : "Time for your numbers.\n") : string.Empty)
            + string.Join("\n", lines.Select(l => "• " + l));
        if (asks.Length == 0)
        {
            return new OutgoingMessage(text, new Card("A goal has gone stale", [.. lines.Select(l => new TextBlock(l))]));
        }

        blocks.Insert(0, new TextBlock(asks.Length == 1 ? "What is the number?" : "Fill in what you have; one press records them all."));
        blocks.AddRange(notices.Select(n => (CardBlock)new TextBlock(lines[asks.Length + Array.IndexOf(notices, n)])));
        blocks.AddRange(toldLines.Select(l => (CardBlock)new TextBlock(l)));
        blocks.Add(new TextInput(ReasonInput, "Reason, if you skip this period", Placeholder: "e.g. tracking was down"));
        blocks.Add(new DateInput(UntilInput, "Snooze until"));
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // A reminder asked for in chat is stored under its day; the card records the period's number under the period's own key.
            [GoalsKey] = string.Join(',', asks.Select(a => $"{a.Goal.Id}/{CheckInPeriod.Of(a.Due.Period.Range).Key}")),
        };
        var card = new Card(asks.Length == 1 ? $"{asks[0].Goal.Definition.Label}: {asks[0].Due.Period.Describe()}" : $"Your numbers: {asks.Length} goals", blocks,
        [
            new CardAction("Record", Record, data, ActionStyle.Primary),
            new CardAction("Same as last time", SameAsLast, data),
            new CardAction("Skip this period", Skip, data),
            new CardAction("Snooze", Snooze, data),
        ], Id: $"reminder:{batch.PersonId}:{asks[0].Due.Period.Key}");
        return new OutgoingMessage(text, card);
    }

    /// <summary>A reminder asked for in chat about a period that has ended without its number (both scheduled reminders already went).</summary>
    private static bool StillMissing(DueReminder due, Domain.Goals.Goal goal, ReminderPlan plan)
        => plan.Statuses.FirstOrDefault(s => s.Goal.Id == goal.Id) is { Period: { } period } status
            && period.Range == due.Period.Range
            && status.State is not (CheckInState.NumberIn or CheckInState.Skipped or CheckInState.NotDue);

    /// <summary>"Cost per lead: your number for the week of 16 Nov is in, thank you. The next is for the week of 23 Nov, once it ends on Sun 29 Nov."</summary>
    private static string Upcoming(DueReminder due, Domain.Goals.Goal goal, ReminderPlan plan)
    {
        var next = $"for {due.Period.Describe()}, once it ends on {due.Period.Range.End.ToString("ddd d MMM", System.Globalization.CultureInfo.InvariantCulture)}";
        return plan.Statuses.FirstOrDefault(s => s.Goal.Id == goal.Id) switch
        {
            { State: CheckInState.NumberIn, Period: { } p } => $"{goal.Definition.Label}: your number for {p.Describe()} is in, thank you. The next one is {next}.",
            { State: CheckInState.Skipped, Period: { } p } => $"{goal.Definition.Label}: {p.Describe()} was skipped. The next number is {next}.",
            _ => $"{goal.Definition.Label}: the next number is {next}.",
        };
    }

    /// <summary>The (goal, period key) pairs a card asked about, from its data.</summary>
    public static IReadOnlyList<(Domain.Goals.GoalId Goal, string PeriodKey)> Asked(IReadOnlyDictionary<string, string>? data)
        => data is not null && data.TryGetValue(GoalsKey, out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('/'))
                .Where(p => p.Length == 2 && Domain.Goals.GoalId.TryParse(p[0], out _))
                .Select(p => (new Domain.Goals.GoalId(Guid.Parse(p[0])), p[1]))
                .ToArray()
            : [];

    internal static string Describe(DateRange range) => CheckInPeriod.Of(range).Describe();
}
