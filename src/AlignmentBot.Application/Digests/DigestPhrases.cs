using System.Globalization;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Scorecards;

namespace AlignmentBot.Application.Digests;

/// <summary>The sentences a digest is made of, shared by the card and the plain-text rendering so both say the same.</summary>
internal static class DigestPhrases
{
    public const int MaxGoals = 12;
    public const int MaxDeadlines = 6;

    public static string AudienceNoun(Audience audience) => DigestAudiences.Noun(audience);

    public static string Title(Digest digest)
        => $"{(digest.Facts.Period.Weeks == 1 ? "Weekly" : "Fortnightly")} alignment digest for {AudienceNoun(digest.Audience)}";

    public static string Subtitle(Digest digest)
    {
        var period = digest.Facts.Period;
        return $"{digest.Facts.Company} · {(period.Weeks == 1 ? "week of" : "weeks of")} {Range(period.Window)}, compared with {Range(period.PreviousWindow)}";
    }

    /// <summary>"16–22 Nov 2026", "26 Oct – 1 Nov 2026", "28 Dec 2026 – 3 Jan 2027".</summary>
    public static string Range(DateRange range)
    {
        var (s, e) = (range.Start, range.End);
        var inv = CultureInfo.InvariantCulture;
        if (s.Year != e.Year)
        {
            return $"{s.ToString("d MMM yyyy", inv)} – {e.ToString("d MMM yyyy", inv)}";
        }

        return s.Month == e.Month ? $"{s.Day}–{e.ToString("d MMM yyyy", inv)}" : $"{s.ToString("d MMM", inv)} – {e.ToString("d MMM yyyy", inv)}";
    }

    public static string Weekday(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Note(DigestNote note) => note.Kind switch
    {
        DigestNoteKind.Holiday => $"No digest on {Weekday(note.Date)}: company holiday{(string.IsNullOrWhiteSpace(note.Detail) ? string.Empty : $" ({note.Detail})")}.",
        DigestNoteKind.Missed => $"The digest due {Weekday(note.Date)} was not sent: the bot was offline when it was due.",
        DigestNoteKind.Failed => $"The digest due {Weekday(note.Date)} could not be posted{(string.IsNullOrWhiteSpace(note.Detail) ? "." : $" ({note.Detail.TrimEnd('.')}).")}",
        _ => note.Kind.ToString(),
    };

    public static string Signed(decimal percent) => (percent > 0 ? "+" : percent < 0 ? "−" : "±") + Formatting.Percent(Math.Abs(percent));

    public static string Value(MetricKey metric, decimal value, string currency) => MetricFormat.Value(metric, value, currency);

    public static Tone ToneOf(Pace pace) => pace switch
    {
        Pace.OnTrack or Pace.Achieved => Tone.Good,
        Pace.AtRisk => Tone.Warning,
        Pace.OffTrack or Pace.Missed => Tone.Attention,
        _ => Tone.Default,
    };

    // Goals ----------------------------------------------------------------------------------------

    public static string GoalName(Digest digest, GoalLine line)
        => (digest.Audience == Audience.Leadership && line.Now.Goal.ParentId is not null ? "└ " : string.Empty) + line.Now.Goal.Definition.Label;

    public static string GoalNow(GoalLine line, string currency)
        => line.Now.Current is { } c ? Value(line.Now.Goal.Metric, c, line.Now.Goal.CurrencyOr(currency)) + Per(line.Now.Goal) : "–";

    public static string GoalTarget(GoalLine line, string currency)
        => $"{Value(line.Now.Goal.Metric, line.Now.Goal.Target, line.Now.Goal.CurrencyOr(currency))}{Per(line.Now.Goal)} by {Formatting.Date(line.Now.Goal.Deadline)}";

    public static string GoalChange(GoalLine line)
    {
        if (line.IsNew)
        {
            return "new";
        }

        if (line.Now.Pace == Pace.NoData)
        {
            return "no numbers yet";
        }

        var pace = line.PaceChanged ? $"was {PaceLabels.Text(line.Before!.Pace)}" : line.Now.IsStale ? "no new data" : "no change in pace";
        var trend = PaceLabels.Trend(line.Now.Trend);
        return trend == "–" ? pace : $"{pace}, {trend}";
    }

    public static string GoalText(Digest digest, GoalLine line)
    {
        var currency = digest.Facts.Currency;
        return $"{GoalName(digest, line)}: {GoalNow(line, currency)} against {GoalTarget(line, currency)}, **{PaceLabels.Text(line.Now.Pace)}** ({GoalChange(line)})";
    }

    private static string Per(Goal goal) => goal.IsRate ? "/" + Periods.Noun(goal.Per!.Value)[0] : string.Empty;

    // Funnel ---------------------------------------------------------------------------------------

    public static string FunnelText(FunnelLine line, DigestPeriod period, string currency)
    {
        var label = MetricCatalog.Get(line.Metric).Label;
        var now = line.Current is { } c ? Value(line.Metric, Math.Round(c, 1), currency) : "no data";
        var before = line.Previous is { } p ? Value(line.Metric, Math.Round(p, 1), currency) : "no data";
        var change = line.ChangePercent is { } ch ? $", {Signed(ch)}" : string.Empty;
        return $"{label}: {now} ({period.PreviousNoun} {before}{change})";
    }

    public static string? AgreementText(DigestFacts facts)
    {
        if (facts.Sla is not { } sla)
        {
            return facts.PendingAgreement is { } pending
                ? $"Lead agreement: proposed by {pending.ProposedBy}, waiting for {(pending.Marketing is null ? "marketing" : "sales")} to confirm."
                : "Lead agreement: none yet.";
        }

        var agreement = sla.Agreement;
        var delivery = sla.DeliveryPercent is { } d ? $" ({Formatting.Percent(d)})" : string.Empty;
        var followUp = sla.Current.FollowUpCompliancePercent is { } f
            ? $"; {Formatting.Percent(f)} of the leads followed up within {Formatting.Number(agreement.FollowUpHours)} h"
            : string.Empty;
        return $"Lead agreement ({agreement.LeadsPerPeriod} MQLs a {Periods.Noun(agreement.Period)}, follow-up within {Formatting.Number(agreement.FollowUpHours)} h): "
            + $"{Formatting.Number(Math.Round(sla.Delivered))} MQLs delivered against {Formatting.Number(Math.Round(sla.Committed, 1))} committed{delivery}{followUp}; {sla.Waiting} waiting for a call back now.";
    }

    // Leads ----------------------------------------------------------------------------------------

    public static IEnumerable<string> LeadLines(DigestFacts facts)
    {
        var leads = facts.Leads;
        var period = facts.Period;
        if (leads.Decided == 0)
        {
            yield return $"No lead decisions were recorded {period.Noun}.";
            yield break;
        }

        var previous = leads.PreviousAcceptancePercent is { } p ? $"; {period.PreviousNoun} {Formatting.Percent(p)}" : string.Empty;
        yield return $"Sales accepted {leads.Accepted} of the {leads.Decided} leads it decided {period.Noun} ({Formatting.Percent(leads.AcceptancePercent!.Value)}{previous}).";
        if (leads.TopReasons.Count > 0)
        {
            yield return "Top rejection reasons: " + string.Join(", ", leads.TopReasons.Select(r => $"{RejectionReasons.Label(r.Reason)} {r.Count}")) + ".";
        }

        if (leads.ByCampaign.Count > 0)
        {
            yield return "Most rejected: " + string.Join("; ", leads.ByCampaign.Select(c => $"“{c.Campaign}” {c.Rejected} of {c.Decided} ({RejectionReasons.Label(c.TopReason)})")) + ".";
        }
    }

    // Requests -------------------------------------------------------------------------------------

    public static IEnumerable<string> RequestLines(DigestFacts facts)
    {
        var summary = facts.Requests.Summary;
        var period = facts.Period;
        if (summary.Logged == 0)
        {
            yield return $"No requests were logged {period.Noun}.";
        }
        else
        {
            var effort = summary.EffortSharePercent is { } e ? $", {Formatting.Percent(e)} of the logged effort" : string.Empty;
            yield return $"{Plural(summary.Logged, "request")} logged {period.Noun}, {summary.Unaligned} tied to no goal ({Formatting.Percent(summary.SharePercent ?? 0)}{effort}).";
            yield return "Asked by: " + string.Join(", ", summary.TopRequesters.Select(r => $"{r.Requester} {r.Count}")) + ".";
        }

        if (summary.OldestOpen is { } oldest)
        {
            yield return $"Oldest open request: “{oldest.Title}” from {oldest.RequestedBy}, open since {Formatting.Date(DateOnly.FromDateTime(oldest.LoggedAt.UtcDateTime))}{(oldest.IsAligned ? string.Empty : ", tied to no goal")}.";
        }

        var open = facts.Requests.OpenUnaligned.Count;
        if (open > 0)
        {
            yield return $"{Plural(open, "unaligned request")} open in total.";
        }
    }

    // Reach ----------------------------------------------------------------------------------------

    public static IEnumerable<string> ReachLines(DigestFacts facts)
    {
        if (facts.Overlap is { OverlapPercent: { } percent } overlap)
        {
            var multiple = overlap.AudienceMultiple is { } m ? $" Marketing's audience is {Formatting.Ratio(m)} sales' list (a guideline is about 20×)." : string.Empty;
            yield return $"Marketing reaches {overlap.Shared} of sales' {overlap.SalesTargets} target accounts ({Formatting.Percent(percent)}; {overlap.Benchmark.Label} {Formatting.Percent(overlap.Benchmark.Percent)}).{multiple}";
        }

        if (facts.Budget is { } budget)
        {
            yield return $"{budget.Assessment.Explanation} (spend and revenue over {Range(budget.Window)})";
        }

        if (facts.Overlap is null && facts.Budget is null)
        {
            yield return "No account lists or spend and revenue figures yet, so audience overlap and the budget band cannot be shown.";
        }
    }

    // Deadlines ------------------------------------------------------------------------------------

    public static IEnumerable<string> DeadlineLines(DigestFacts facts)
    {
        var today = facts.Period.DigestDate;
        foreach (var deadline in facts.Deadlines.Take(MaxDeadlines))
        {
            var overdue = deadline.IsOverdue(today) ? ", overdue" : string.Empty;
            yield return deadline.Kind == DeadlineKind.Goal
                ? $"{Formatting.Date(deadline.Date)}: goal {deadline.Title} ({deadline.Owner}), {PaceLabels.Text(deadline.Pace ?? Pace.NoData)}"
                : $"{Formatting.Date(deadline.Date)}: request “{deadline.Title}” from {deadline.Owner}{overdue}";
        }

        if (facts.Deadlines.Count > MaxDeadlines)
        {
            yield return $"…and {facts.Deadlines.Count - MaxDeadlines} more.";
        }

        if (facts.Deadlines.Count == 0)
        {
            yield return "No goal deadlines in the next six weeks and no requests due in the next two.";
        }

        if (facts.Stale.Count > 0)
        {
            // The owner is named: the person who owes the number, as the reminders ask them.
            yield return "Goals without fresh data: " + string.Join(", ", facts.Stale.Select(s => s.AsOf is { } d
                ? $"{s.Goal.Definition.Label} (owner {s.Goal.OwnerName}, last number {Formatting.Date(d)})"
                : $"{s.Goal.Definition.Label} (owner {s.Goal.OwnerName}, no data yet)")) + ".";
        }
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
