using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Scorecards;

namespace AlignmentBot.Domain.Digests;

/// <summary>
/// The concrete asks of a digest's readers: sales reviews rejected leads and calls back waiting ones,
/// marketing gives unaligned requests a goal or a no, leadership decides on goals that are off track.
/// </summary>
public static class DigestAsks
{
    public static IReadOnlyList<DigestAsk> For(DigestFacts facts, Audience audience)
    {
        var candidates = audience switch
        {
            Audience.Sales => Sales(facts),
            Audience.Marketing => Marketing(facts),
            Audience.Leadership => Leadership(facts),
            _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, "Digests are for leadership, marketing or sales."),
        };

        // Stable order: among equally urgent asks the rule listed first wins.
        return candidates.Select((ask, i) => (ask, i)).OrderBy(x => x.ask.Priority).ThenBy(x => x.i).Take(Digest.MaxAsks).Select(x => x.ask).ToArray();
    }

    private static IEnumerable<DigestAsk> Sales(DigestFacts facts)
    {
        var period = facts.Period;
        if (facts.Sla is { Waiting: > 0 } sla)
        {
            yield return new DigestAsk(DigestAskKind.FollowUpLeads,
                $"Call back the {Plural(sla.Waiting, "lead")} waiting longer than the agreed {Formatting.Number(sla.Agreement.FollowUpHours)} h; the oldest arrived {Formatting.Date(DateOnly.FromDateTime(sla.OldestWaitingSince!.Value.UtcDateTime))}.", 10);
        }
        else if (facts.Sla is { Current.FollowUpCompliancePercent: < 80 } slow)
        {
            yield return new DigestAsk(DigestAskKind.MeetLeadAgreement,
                $"Only {Formatting.Percent(slow.Current.FollowUpCompliancePercent!.Value)} of the leads from {period.Noun} were followed up within {Formatting.Number(slow.Agreement.FollowUpHours)} h; the agreement says all of them.", 25);
        }

        if (facts.Leads.ByCampaign.FirstOrDefault(c => c.Rejected >= 2) is { } campaign)
        {
            yield return new DigestAsk(DigestAskKind.ReviewRejectedLeads,
                $"Review the {Plural(campaign.Rejected, "lead")} rejected from “{campaign.Campaign}” with marketing; most were {RejectionReasons.Label(campaign.TopReason)}.", 20);
        }

        foreach (var ask in GoalAsks(facts, g => g.Audience is Audience.Sales, "agree one change this week", 30))
        {
            yield return ask;
        }
    }

    private static IEnumerable<DigestAsk> Marketing(DigestFacts facts)
    {
        var period = facts.Period;
        var open = facts.Requests.OpenUnaligned;
        if (open.Count > 0)
        {
            var oldest = open[0];
            yield return new DigestAsk(DigestAskKind.AlignRequests,
                $"{Capital(Plural(open.Count, "unaligned request"))} {(open.Count == 1 ? "needs" : "need")} a goal or a no; the oldest is “{oldest.Title}” from {oldest.RequestedBy}, open since {Formatting.Date(DateOnly.FromDateTime(oldest.LoggedAt.UtcDateTime))}.", 10);
        }

        if (facts.Sla is { DeliveryPercent: < 95 } sla)
        {
            yield return new DigestAsk(DigestAskKind.MeetLeadAgreement,
                $"Marketing delivered {Formatting.Number(Math.Round(sla.Delivered))} MQLs against the {Formatting.Number(Math.Round(sla.Committed))} the lead agreement asks for {period.Noun}: say what will close the gap.", 20);
        }

        if (facts.Leads.ByCampaign.FirstOrDefault(c => c.Rejected >= 3 && c.RejectedPercent >= 30) is { } campaign)
        {
            yield return new DigestAsk(DigestAskKind.FixCampaignTargeting,
                $"Fix the targeting of “{campaign.Campaign}”: sales rejected {campaign.Rejected} of its {campaign.Decided} leads {period.Noun}, mostly {RejectionReasons.Label(campaign.TopReason)}.", 25);
        }

        foreach (var ask in GoalAsks(facts, g => g.Audience is Audience.Marketing or Audience.Shared, "say what changes this week", 30))
        {
            yield return ask;
        }
    }

    private static IEnumerable<DigestAsk> Leadership(DigestFacts facts)
    {
        if (!facts.HasGoals)
        {
            yield return new DigestAsk(DigestAskKind.AgreeGoals,
                "Agree the first measurable goals for marketing: ask me “is marketing working?” and I'll turn the answer into goals with a metric, a target and a deadline.", 5);
        }

        // The worst goal that is off track; company goals before the goals translated from them.
        var worst = facts.Goals.Select(g => g.Now)
            .Where(p => p.Pace is Pace.OffTrack or Pace.Missed)
            .OrderBy(p => p.Goal.Audience == Audience.Leadership ? 0 : 1).ThenBy(p => p.Goal.ParentId is null ? 0 : 1).ThenBy(p => p.Goal.Deadline)
            .FirstOrDefault();
        if (worst is not null)
        {
            var verb = worst.Pace == Pace.Missed ? "was missed" : "is off track";
            yield return new DigestAsk(DigestAskKind.DecideOnGoal,
                $"{worst.Goal.Definition.Label} needs a decision: it {verb}. {worst.Explanation} Keep the target and change the plan, or change the target.", 10);
        }

        var fromLeadership = facts.Requests.UnalignedFromLeadership;
        if (fromLeadership > 0)
        {
            yield return new DigestAsk(DigestAskKind.AlignRequests,
                $"{Capital(Plural(fromLeadership, "request"))} from leadership {facts.Period.Noun} {(fromLeadership == 1 ? "serves" : "serve")} no goal: tie {(fromLeadership == 1 ? "it" : "each")} to a goal or take {(fromLeadership == 1 ? "it" : "them")} back.", 20);
        }

        if (facts.Budget is { Assessment.Band: Budget.BudgetBand.Below } budget)
        {
            yield return new DigestAsk(DigestAskKind.FundGoals,
                $"Marketing spend is {Formatting.Percent(budget.Assessment.SharePercent!.Value)} of revenue, below the 4–8% typical for B2B: decide whether the goals are funded.", 25);
        }

        if (facts.Sla is null)
        {
            var text = facts.PendingAgreement is { } pending
                ? $"The lead agreement proposed by {pending.ProposedBy} still waits for {(pending.Marketing is null ? "marketing" : "sales")} to confirm it: ask them to."
                : "Sales and marketing have no lead agreement yet: ask them to agree how many qualified leads marketing delivers and how fast sales follows up.";
            yield return new DigestAsk(DigestAskKind.ConfirmLeadAgreement, text, 30);
        }

        foreach (var ask in GoalAsks(facts, g => g.Audience is Audience.Leadership, decide: null, 35))
        {
            yield return ask;
        }
    }

    // Off-track goals of this audience (when decide is given) and goals of this audience without fresh data.
    private static IEnumerable<DigestAsk> GoalAsks(DigestFacts facts, Func<Goal, bool> ours, string? decide, int priority)
    {
        if (decide is not null)
        {
            foreach (var line in facts.Goals.Select(g => g.Now).Where(p => ours(p.Goal) && p.Pace is Pace.OffTrack or Pace.Missed))
            {
                yield return new DigestAsk(DigestAskKind.DecideOnGoal, $"{line.Goal.Definition.Label} is off track ({Uncapital(line.Explanation.TrimEnd('.'))}): {decide}.", priority);
            }
        }

        foreach (var line in facts.Stale.Where(p => ours(p.Goal)))
        {
            var text = line.AsOf is { } last
                ? $"Get a fresh number for {line.Goal.Definition.Label}: the last one is from {Formatting.Date(last)}."
                : $"Record the first numbers for {line.Goal.Definition.Label}: nothing has been checked in since {Formatting.Date(line.Goal.StartDate)}.";
            yield return new DigestAsk(DigestAskKind.CheckIn, text, priority + 10);
        }
    }

    internal static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Uncapital(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
