using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Cards;

public static class LeadCards
{
    /// <summary>One pending lead with Accept and a Reject button per reason: sales' triage card. The lead is behind <paramref name="reference"/>.</summary>
    public static OutgoingMessage Triage(Lead lead, int remaining, string reference)
    {
        var facts = new List<Fact>
        {
            new("Lead", lead.ExternalId),
            new("Company", lead.Company ?? "not given"),
            new("Contact", lead.Contact ?? "not given"),
            new("Source", string.Join(" / ", new[] { lead.Source.Campaign, lead.Source.Channel, lead.Source.Product }.Where(s => s is not null)) is { Length: > 0 } s ? s : "unattributed"),
            new("Created", Formatting.Date(DateOnly.FromDateTime(lead.CreatedAt.UtcDateTime))),
        };
        var data = (string? reason) => reason is null ? ActionReferences.Data(reference) : ActionReferences.Data(reference, ("reason", reason));
        var actions = new List<CardAction> { new("Accept", Verbs.AcceptLead, data(null), ActionStyle.Primary) };
        actions.AddRange(Enum.GetValues<RejectionReason>().Select(r => new CardAction("Reject: " + RejectionReasons.Label(r), Verbs.RejectLead, data(r.ToString()))));
        var text = $"Lead {lead.ExternalId} ({lead.Company ?? "no company"}) is waiting for a decision ({remaining} pending). Accept it, or reject it with a reason.";
        return new OutgoingMessage(text, new Card($"Lead to review: {lead.Company ?? lead.ExternalId}", [new FactsBlock(facts)], actions, $"lead:{lead.ExternalId}"));
    }

    /// <summary>The decision recorded, this month's top reasons, and Undo behind <paramref name="undoReference"/> (which holds what Undo restores).</summary>
    public static OutgoingMessage Recorded(Lead lead, IReadOnlyList<(RejectionReason Reason, int Count)> topThisMonth, string undoReference)
    {
        var what = lead.Decision == LeadDecision.Accepted
            ? $"Accepted lead {lead.ExternalId}{(lead.Company is null ? string.Empty : $" ({lead.Company})")}."
            : $"Rejected lead {lead.ExternalId}{(lead.Company is null ? string.Empty : $" ({lead.Company})")}: {RejectionReasons.Label(lead.RejectionReason ?? RejectionReason.Other)}.";
        var reasons = topThisMonth.Count == 0 ? string.Empty : "\nTop rejection reasons this month: " + string.Join(", ", topThisMonth.Select(t => $"{RejectionReasons.Label(t.Reason)} ({t.Count})")) + ".";
        return new OutgoingMessage(what + reasons, new Card("Lead feedback recorded", [new TextBlock(what, lead.Decision == LeadDecision.Accepted ? TextStyle.Good : TextStyle.Normal), new TextBlock(reasons.Trim(), TextStyle.Subtle)],
            [new CardAction("Undo", Verbs.UndoLead, ActionReferences.Data(undoReference))], $"lead-feedback:{lead.ExternalId}"));
    }
}
