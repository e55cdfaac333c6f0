using System.Globalization;
using System.Text;
using AlignmentBot.Domain.Reminders;

namespace AlignmentBot.Application.Reminders;

/// <summary>"Who hasn't checked in?": overdue check-ins by owner, what was sent, and what happens next; for the terminal and chat.</summary>
public static class ReminderListTable
{
    public static string Render(ReminderPlan plan, IReadOnlyList<ReminderDelivery> deliveries)
    {
        var zone = Domain.Digests.DigestTimeZones.TryFind(plan.Workspace.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var overdue = plan.Statuses.Where(s => s.IsOverdue).OrderBy(s => plan.NameOf(s.Goal.OwnerId, s.Goal.OwnerName), StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Goal.Definition.Label, StringComparer.Ordinal).ToArray();
        var text = new StringBuilder();
        if (overdue.Length == 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Everyone has checked in for their latest period ({plan.Statuses.Count(s => s.Period is not null)} goal(s) with a period ended).");
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{overdue.Length} check-in(s) overdue:");
            foreach (var owner in overdue.GroupBy(s => plan.NameOf(s.Goal.OwnerId, s.Goal.OwnerName), StringComparer.OrdinalIgnoreCase))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{owner.Key}:");
                foreach (var s in owner)
                {
                    // A reminder asked for in chat is keyed by its day: it counts for the period when sent on or after the period's first day.
                    var sent = deliveries.Where(d => d.GoalId == s.Goal.Id && d.Kind != ReminderKind.SetterNotice
                        && (d.Kind == ReminderKind.Requested ? string.CompareOrdinal(d.PeriodKey, s.Period!.Key) >= 0 : d.PeriodKey == s.Period!.Key)).ToArray();
                    var history = sent.Length == 0 ? "not reminded yet" : string.Join(", ", sent.OrderBy(d => d.Kind).Select(d => $"{Noun(d.Kind)} {d.State.ToString().ToLowerInvariant()}"));
                    var next = s.State switch
                    {
                        CheckInState.Due => "due now",
                        CheckInState.Waiting when s.NextAt is { } at => "next " + TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture),
                        CheckInState.NoOwner => "owner is a name only: nobody to remind",
                        CheckInState.Muted => "owner turned reminders off for it",
                        _ => "no more reminders this period",
                    };
                    var stale = s.IsStale ? $"; STALE, {s.MissedInARow} periods missed" : string.Empty;
                    text.AppendLine(CultureInfo.InvariantCulture, $"  • {s.Goal.Definition.Label}, {s.Period!.Describe()}: {history}; {next}{stale}");
                }
            }
        }

        // Reminders asked for in chat in the last week, whatever the goal's state (a number already in is not overdue).
        var lastWeek = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(plan.At, zone).DateTime).AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var requested = deliveries.Where(d => d.Kind == ReminderKind.Requested && d.State is ReminderDeliveryState.Sent or ReminderDeliveryState.Answered
            && string.CompareOrdinal(d.PeriodKey, lastWeek) >= 0).OrderByDescending(d => d.UpdatedAt).ToArray();
        if (requested.Length > 0)
        {
            text.AppendLine("Reminders sent on request this week:");
            foreach (var d in requested)
            {
                var label = plan.Statuses.FirstOrDefault(s => s.Goal.Id == d.GoalId)?.Goal.Definition.Label ?? d.GoalId.ToString();
                text.AppendLine(CultureInfo.InvariantCulture, $"  • {plan.NameOf(d.PersonId, d.PersonId)}, {label}: {TimeZoneInfo.ConvertTime(d.UpdatedAt, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)}");
            }
        }

        var trouble = deliveries.Where(d => d.State is ReminderDeliveryState.Failed or ReminderDeliveryState.Uncertain).ToArray();
        foreach (var d in trouble)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"! {Noun(d.Kind)} to {plan.NameOf(d.PersonId, d.PersonId)} for {d.PeriodKey} {d.State.ToString().ToLowerInvariant()}: {d.Detail}");
        }

        return text.ToString();
    }

    public static bool NeedsAttention(IReadOnlyList<ReminderDelivery> deliveries)
        => deliveries.Any(d => d.State is ReminderDeliveryState.Failed or ReminderDeliveryState.Uncertain);

    private static string Noun(ReminderKind kind) => kind switch
    {
        ReminderKind.Ask => "ask",
        ReminderKind.Nudge => "second reminder",
        ReminderKind.Requested => "reminder on request",
        _ => "setter notice",
    };
}
