using System.Globalization;
using System.Text;

namespace AlignmentBot.Application.Digests;

/// <summary><c>digest list</c> as a plain-text table: schedule, next run in local time, last delivery.</summary>
public static class DigestListTable
{
    public static string Render(string workspace, IReadOnlyList<DigestSubscriptionStatus> statuses, IReadOnlyList<DigestHoliday> holidays)
    {
        var text = new StringBuilder();
        if (statuses.Count == 0)
        {
            text.AppendLine($"No digest subscriptions in workspace '{workspace}'.");
            text.AppendLine("In a Teams or Slack channel, say “send the weekly digest here every Monday at 9”.");
        }
        else
        {
            string[] header = ["Id", "Audience", "Channel", "Schedule", "Next run (local)", "Last delivery"];
            var rows = statuses.Select(s => new[]
            {
                s.Subscription.ShortId,
                DigestPhrases.AudienceNoun(s.Subscription.Audience),
                $"{s.Subscription.ChannelLabel} ({s.Subscription.Address.ChannelId})",
                s.Subscription.Schedule.Describe(),
                DigestSubscriptions.When(s.Subscription.Schedule, s.NextRun),
                Last(s),
            }).ToList();
            var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
            Row(text, header, widths);
            text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            rows.ForEach(r => Row(text, r, widths));

            var attention = statuses.Where(s => s.NeedsAttention).ToArray();
            if (attention.Length > 0)
            {
                text.AppendLine();
                text.AppendLine("Needs attention:");
                foreach (var s in attention)
                {
                    var why = s.Problem ?? DigestPoster.Describe(s.LastDelivery);
                    text.AppendLine($"• {s.Subscription.ShortId} ({DigestPhrases.AudienceNoun(s.Subscription.Audience)} in {s.Subscription.ChannelLabel}): {why}");
                }

                text.AppendLine("After checking the channel, `digest send <id>` posts this period's digest again.");
            }
        }

        if (holidays.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Company holidays (no digests): " + string.Join(", ", holidays.Select(h => DigestPhrases.Weekday(h.Date) + (h.Name is null ? string.Empty : $" ({h.Name})"))));
        }

        return text.ToString();
    }

    private static string Last(DigestSubscriptionStatus status)
    {
        if (status.LastDelivery is not { } d)
        {
            return status.Problem is null ? "none yet" : "cannot post (see below)";
        }

        var when = d.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return d.State switch
        {
            DeliveryState.Sent => $"sent {when}",
            DeliveryState.Sending => $"posting now ({when})",
            DeliveryState.RetryPending => $"RETRYING {when} (attempt {d.Attempts + 1} at {d.NextAttemptAt:HH:mm} UTC)",
            DeliveryState.Failed => $"FAILED {when}",
            DeliveryState.Uncertain => $"UNCERTAIN {when}",
            DeliveryState.Skipped => $"skipped {when} (holiday)",
            DeliveryState.Missed => $"MISSED {when} (bot offline)",
            _ => d.State.ToString(),
        };
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
        => text.AppendLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
}
