using AlignmentBot.Application.Dialogs;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Cards;

public static class SlaCards
{
    public static OutgoingMessage Show(LeadSla sla, SlaComplianceReport? compliance)
    {
        var per = Periods.Noun(sla.Period);
        var terms = $"Marketing delivers {sla.LeadsPerPeriod} MQLs a {per}; sales follows up each within {Formatting.Number(sla.FollowUpHours)} hours.";
        var status = sla.Status switch
        {
            SlaStatus.Active => $"Active: confirmed by {sla.Marketing!.Name} (marketing) and {sla.Sales!.Name} (sales).",
            _ => $"Proposed by {sla.ProposedBy}; waiting for {string.Join(" and ", new[] { sla.Marketing is null ? "marketing" : null, sla.Sales is null ? "sales" : null }.Where(s => s is not null))} to confirm. It takes effect once both have.",
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
        if (sla.Marketing is null)
        {
            actions.Add(new CardAction("Confirm for marketing", Verbs.ConfirmSla, new Dictionary<string, string> { ["sla"] = sla.Id.ToString("D"), ["side"] = "marketing" }, ActionStyle.Primary));
        }

        if (sla.Sales is null)
        {
            actions.Add(new CardAction("Confirm for sales", Verbs.ConfirmSla, new Dictionary<string, string> { ["sla"] = sla.Id.ToString("D"), ["side"] = "sales" }, ActionStyle.Primary));
        }

        return new OutgoingMessage(text, new Card("Lead agreement (SLA)", blocks, actions, $"sla:{sla.Id:N}"));
    }
}
