using System.Globalization;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Reminders;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Reminders;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// The buttons of a reminder card: record the numbers typed (one step, several goals), the same numbers as last time, skip
/// the period with a reason, or snooze. Each goes through the same check-in permission as a chat check-in; the card carries
/// only goal ids and period keys, and everything else is read again on the server.
/// </summary>
public sealed class ReminderCardCommand(IGoalStore goals, IMeasurementStore measurements, IReminderStore reminders, PermissionGate gate, IOptions<ReminderOptions> options)
    : ISubmissionHandler
{
    public IReadOnlyCollection<string> Verbs => ReminderCards.Verbs;

    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var ws = scope.Workspace;
        var all = await goals.ListAsync(ws.Id, cancellationToken);
        var asked = ReminderCards.Asked(submission.Values)
            .Select(a => (Goal: all.FirstOrDefault(g => g.Id == a.Goal), a.PeriodKey))
            .Where(a => a.Goal is { IsOpen: true } && DateOnly.TryParseExact(a.PeriodKey, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .Select(a => (Goal: a.Goal!, Period: CheckInPeriods.Containing(DateOnly.ParseExact(a.PeriodKey, "yyyy-MM-dd", CultureInfo.InvariantCulture), a.Goal!.Cadence, ws.WeekStart)))
            .ToArray();
        if (asked.Length == 0)
        {
            dc.Turn.Send("Those goals are no longer open, so there is nothing to record.");
            return;
        }

        foreach (var metric in asked.Select(a => a.Goal.Metric).Distinct())
        {
            if (!await gate.AllowsAsync(dc.Turn, PermissionAction.CheckIn, GoalPermissions.CheckIn(metric, all), cancellationToken))
            {
                return;
            }
        }

        switch (submission.Verb)
        {
            case ReminderCards.Record:
                await RecordAsync(dc, submission, asked, cancellationToken);
                break;
            case ReminderCards.SameAsLast:
                await SameAsLastAsync(dc, asked, cancellationToken);
                break;
            case ReminderCards.Skip:
                var reason = submission.Value(ReminderCards.ReasonInput);
                foreach (var (goal, period) in asked)
                {
                    await reminders.SaveAnswerAsync(ws.Id, new PeriodAnswer(goal.Id, period.Key, PeriodAnswerKind.Skipped, null, reason, scope.Person.UserId), dc.Turn.Now, cancellationToken);
                    await reminders.MarkAnsweredAsync(ws.Id, goal.Id, period.Key, dc.Turn.Now, cancellationToken);
                }

                Done(dc, $"Skipped {Describe(asked)}{(reason is null ? string.Empty : $" ({reason})")}. No more reminders for it.");
                break;
            default:
                var until = Until(submission.Value(ReminderCards.UntilInput), scope, dc.Turn.Today);
                if (until is null)
                {
                    dc.Turn.Send("Pick a day after today to snooze until.");
                    return;
                }

                foreach (var (goal, period) in asked)
                {
                    await reminders.SaveAnswerAsync(ws.Id, new PeriodAnswer(goal.Id, period.Key, PeriodAnswerKind.Snoozed, until, null, scope.Person.UserId), dc.Turn.Now, cancellationToken);
                }

                Done(dc, $"Snoozed {Describe(asked)} until {until.Value.ToString("ddd d MMM", CultureInfo.InvariantCulture)}.");
                break;
        }
    }

    private async Task RecordAsync(DialogContext dc, CardSubmission submission, (Goal Goal, CheckInPeriod Period)[] asked, CancellationToken cancellationToken)
    {
        var values = new List<(Goal Goal, CheckInPeriod Period, decimal Value)>();
        foreach (var (goal, period) in asked)
        {
            if (submission.Value(ReminderCards.NumberInput(goal.Id)) is not { } text)
            {
                continue;
            }

            if (!decimal.TryParse(text.Trim().TrimEnd('%').Replace("$", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                // Nothing is saved until every number reads: a half-recorded card would be worse than none.
                dc.Turn.Send($"\"{text}\" for {goal.Definition.Label} is not a number. Nothing was recorded; type it again, e.g. 42 or 1250.50.");
                return;
            }

            values.Add((goal, period, value));
        }

        if (values.Count == 0)
        {
            dc.Turn.Send("Type a number for at least one goal, or press Skip or Snooze.");
            return;
        }

        await SaveAsync(dc, values, "Recorded", cancellationToken);
    }

    private async Task SameAsLastAsync(DialogContext dc, (Goal Goal, CheckInPeriod Period)[] asked, CancellationToken cancellationToken)
    {
        var ws = dc.Turn.Get<TurnScope>().Workspace.Id;
        var values = new List<(Goal Goal, CheckInPeriod Period, decimal Value)>();
        var missing = new List<string>();
        foreach (var (goal, period) in asked)
        {
            var before = await measurements.ListAsync(ws, new DateRange(period.Range.Start.AddDays(-400), period.Range.Start.AddDays(-1)), [goal.Metric], cancellationToken);
            var last = before.Where(m => m.Metric == goal.Metric && m.Period.End < period.Range.Start && m.Breakdown == Breakdown.None)
                .OrderBy(m => m.Period.End).ThenBy(m => m.RecordedAt).LastOrDefault();
            if (last is null)
            {
                missing.Add(goal.Definition.Label);
            }
            else
            {
                values.Add((goal, period, last.Value));
            }
        }

        if (values.Count == 0)
        {
            dc.Turn.Send($"There is no earlier number to repeat for {string.Join(", ", missing)}. Type it in the card instead.");
            return;
        }

        await SaveAsync(dc, values, "Recorded the same as last time", cancellationToken, missing);
    }

    private async Task SaveAsync(DialogContext dc, List<(Goal Goal, CheckInPeriod Period, decimal Value)> values, string verb, CancellationToken cancellationToken, List<string>? missing = null)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var recorded = values.Select(v => new Measurement(Guid.NewGuid(), scope.Workspace.Id, v.Goal.Metric, v.Value, v.Period.Range, MeasurementSource.CheckIn, Breakdown.None,
            dc.Turn.Now, scope.Person.DisplayName)).ToArray();
        await measurements.AddAsync(scope.Workspace.Id, recorded, cancellationToken);
        foreach (var (goal, period, _) in values)
        {
            await reminders.MarkAnsweredAsync(scope.Workspace.Id, goal.Id, period.Key, dc.Turn.Now, cancellationToken);
        }

        var lines = values.Select(v => $"{v.Goal.Definition.Label} {MetricFormat.Value(v.Goal.Metric, v.Value, scope.Currency)} for {v.Period.Describe()}");
        var rest = missing is { Count: > 0 } ? $" No earlier number for {string.Join(", ", missing)}: type it in the card." : string.Empty;
        Done(dc, $"{verb}: {string.Join("; ", lines)}. Thank you.{rest}", replace: missing is not { Count: > 0 });
    }

    private static void Done(DialogContext dc, string text, bool replace = true)
    {
        if (replace)
        {
            dc.Turn.ReplaceCard = new OutgoingMessage(text);
        }

        dc.Turn.Send(text);
    }

    private DateTimeOffset? Until(string? date, TurnScope scope, DateOnly today)
    {
        var day = date is null ? today.AddDays(1)
            : DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var picked) ? picked : (DateOnly?)null;
        if (day is not { } d || d <= today)
        {
            return null;
        }

        var zone = DigestTimeZones.TryFind(scope.Person.TimeZone ?? scope.Workspace.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var time = TimeOnly.TryParseExact(options.Value.DefaultTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : new TimeOnly(10, 0);
        return DigestCalendar.ToInstant(d, time, zone);
    }

    private static string Describe((Goal Goal, CheckInPeriod Period)[] asked)
        => string.Join(", ", asked.Select(a => $"{a.Goal.Definition.Label} for {a.Period.Describe()}"));
}
