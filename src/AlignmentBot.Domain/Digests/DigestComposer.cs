using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Domain.Digests;

/// <summary>Gives the shared facts the emphasis one audience needs: what comes first, the headline and the asks.</summary>
public static class DigestComposer
{
    private static readonly Dictionary<Audience, DigestSection[]> Order = new Dictionary<Audience, DigestSection[]>
    {
        // Leadership decides on goals and money; marketing runs the funnel and the requests; sales works the leads.
        [Audience.Leadership] = [DigestSection.Goals, DigestSection.Reach, DigestSection.Funnel, DigestSection.Requests, DigestSection.Leads, DigestSection.Deadlines],
        [Audience.Marketing] = [DigestSection.Funnel, DigestSection.Requests, DigestSection.Leads, DigestSection.Goals, DigestSection.Reach, DigestSection.Deadlines],
        [Audience.Sales] = [DigestSection.Leads, DigestSection.Funnel, DigestSection.Goals, DigestSection.Reach, DigestSection.Requests, DigestSection.Deadlines],
    };

    public static Digest Compose(DigestFacts facts, Audience audience, IReadOnlyList<DigestNote>? notes = null)
    {
        if (!Order.TryGetValue(audience, out var sections))
        {
            throw new ArgumentOutOfRangeException(nameof(audience), audience, "Digests are for leadership, marketing or sales.");
        }

        return new Digest(audience, facts, Headline(facts, audience), sections, GoalsFor(facts, audience), DigestAsks.For(facts, audience),
            (notes ?? []).OrderBy(n => n.Date).ToArray());
    }

    /// <summary>Leadership sees goals in company order (company goals with their translated goals beneath); the others see their own first.</summary>
    private static GoalLine[] GoalsFor(DigestFacts facts, Audience audience)
        => audience == Audience.Leadership
            ? facts.Goals.ToArray()
            : facts.Goals.OrderBy(g => g.Now.Goal.Audience == audience ? 0 : g.Now.Goal.Audience == Audience.Shared ? 1 : 2).ToArray();

    private static string Headline(DigestFacts facts, Audience audience) => audience switch
    {
        Audience.Marketing => MarketingHeadline(facts),
        Audience.Sales => SalesHeadline(facts),
        _ => facts.Scorecard.Headline,
    };

    private static string MarketingHeadline(DigestFacts facts)
    {
        var period = facts.Period;
        var parts = new List<string>();
        var mql = facts.Funnel.FirstOrDefault(f => f.Metric == MetricKey.Mql);
        if (mql?.Current is { } current)
        {
            var change = mql.ChangePercent is { } c ? $" ({Signed(c)} on {period.PreviousNoun})" : string.Empty;
            var sla = facts.Sla?.DeliveryPercent is { } delivery ? $", {Formatting.Percent(delivery)} of what the lead agreement asks" : string.Empty;
            parts.Add($"{Formatting.Number(Math.Round(current))} MQLs {period.Noun}{change}{sla}");
        }
        else
        {
            parts.Add($"No MQLs recorded {period.Noun}");
        }

        var open = facts.Requests.OpenUnaligned.Count;
        parts.Add(open == 0 ? "no unaligned requests open" : $"{DigestAsks.Plural(open, "unaligned request")} open");
        return string.Join("; ", parts) + ".";
    }

    private static string SalesHeadline(DigestFacts facts)
    {
        var period = facts.Period;
        var parts = new List<string>();
        if (facts.Sla is { } sla && sla.Current.FollowUpCompliancePercent is { } compliance)
        {
            parts.Add($"{Formatting.Percent(compliance)} of the leads from {period.Noun} followed up within {Formatting.Number(sla.Agreement.FollowUpHours)} h, {sla.Waiting} waiting now");
        }

        var leads = facts.Leads;
        if (leads.AcceptancePercent is { } acceptance)
        {
            var top = leads.TopReasons.Count > 0 ? $"; top rejection reason: {RejectionReasons.Label(leads.TopReasons[0].Reason)}" : string.Empty;
            parts.Add($"sales accepted {Formatting.Percent(acceptance)} of the {leads.Decided} leads it decided{top}");
        }
        else
        {
            parts.Add($"no lead decisions were recorded {period.Noun}");
        }

        var text = string.Join("; ", parts) + ".";
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Signed(decimal percent) => (percent > 0 ? "+" : percent < 0 ? "−" : "±") + Formatting.Percent(Math.Abs(percent));
}
