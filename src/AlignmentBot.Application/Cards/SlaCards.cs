using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Cards;

public static class SlaCards
{
    /// <summary>
    /// One version of the lead agreement. A proposal carries a sign button per unsigned side, each behind a reference bound
    /// to this version; the agreement in force shows this month's compliance.
    /// </summary>
    /// <param name="inForce">For a proposal: the version that stays in force until this one is signed by both sides.</param>
    public static OutgoingMessage Show(LeadSla sla, SlaComplianceReport? compliance, string? marketingReference = null, string? salesReference = null, LeadSla? inForce = null)
    {
        var per = Periods.Noun(sla.Period);
        var terms = $"Marketing delivers {sla.LeadsPerPeriod} MQLs a {per}; sales follows up each within {Formatting.Number(sla.FollowUpHours)} hours.";
        var status = sla.Status switch
        {
            SlaStatus.Active => $"In force (version {sla.Version}): signed by {sla.Marketing!.Name} for marketing and {sla.Sales!.Name} for sales.",
            SlaStatus.Superseded => $"Version {sla.Version} has been replaced.",
            _ => $"Version {sla.Version}, proposed by {sla.ProposedBy}; waiting for {string.Join(" and ", new[] { sla.Marketing is null ? "marketing" : null, sla.Sales is null ? "sales" : null }.Where(s => s is not null))} to sign. " +
                 "It takes effect once a marketing lead and a sales lead, two different people, have both signed this version" +
                 (inForce is null ? "." : $"; until then version {inForce.Version} stays in force."),
        };
        var blocks = new List<CardBlock>
        {
            new TextBlock(terms),
            new TextBlock(status, sla.IsActive ? TextStyle.Good : TextStyle.Warning),
        };
        var text = $"{terms}\n{status}";
        if (sla.Definition is { } definition)
        {
            blocks.Add(new TextBlock("What counts as an MQL: " + definition, TextStyle.Subtle));
        }

        if (compliance is { } c && sla.IsActive)
        {
            var delivered = $"{c.Delivered} of {Formatting.Number(Math.Round(c.Committed, 0))} MQLs delivered so far";
            var followUp = c.FollowUpCompliancePercent is { } f ? $"{Formatting.Percent(f)} followed up within {Formatting.Number(sla.FollowUpHours)} h" + (c.Overdue > 0 ? $", {c.Overdue} overdue" : string.Empty) : "no follow-ups recorded yet";
            var acceptance = c.AcceptancePercent is { } a ? $"{Formatting.Percent(a)} accepted" : "no decisions yet";
            var reasons = c.TopRejectionReasons.Count == 0 ? string.Empty : "; top rejection reasons: " + string.Join(", ", c.TopRejectionReasons.Select(r => $"{RejectionReasons.Label(r.Reason)} ({r.Count})"));
            var line = $"This {Periods.Noun(PeriodKind.Month)}: {delivered}; {followUp}; {acceptance}{reasons}.";
            blocks.Add(new FactsBlock(
            [
                new Fact("Marketing", $"{c.Delivered} / {Formatting.Number(Math.Round(c.Committed, 0))} MQLs" + (c.MarketingMet ? " ✓" : string.Empty)),
                new Fact("Sales follow-up", followUp + (c.SalesMet ? " ✓" : string.Empty)),
                new Fact("Acceptance", acceptance),
            ]));
            text += "\n" + line;
        }

        var actions = new List<CardAction>();
        if (sla.IsPending && sla.Marketing is null && marketingReference is not null)
        {
            actions.Add(new CardAction("Confirm for marketing", Verbs.ConfirmSla, ActionReferences.Data(marketingReference), ActionStyle.Primary));
        }

        if (sla.IsPending && sla.Sales is null && salesReference is not null)
        {
            actions.Add(new CardAction("Confirm for sales", Verbs.ConfirmSla, ActionReferences.Data(salesReference), ActionStyle.Primary));
        }

        var title = sla.IsActive ? "Lead agreement (SLA)" : $"Proposed lead agreement (SLA), version {sla.Version}";
        return new OutgoingMessage(text, new Card(title, blocks, actions, $"sla:{sla.Id:N}:{sla.Version}"));
    }
}
