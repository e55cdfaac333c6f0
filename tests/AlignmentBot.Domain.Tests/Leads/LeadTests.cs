using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Workspaces;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Leads;

public class LeadTests
{
    private static readonly DateTimeOffset At = new(2025, 11, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly PersonRef Rep = new("U-REP", "Rae");
    private static readonly PersonRef VpSales = new("U-VPS", "Sam");

    [Fact]
    public void Accept_Mql_BecomesSalesAcceptedAndForgetsEarlierRejection()
    {
        var rejected = Lead(Created).Reject(RejectionReason.NoBudget, "no budget", Rep, At);

        var accepted = rejected.Accept(VpSales, At.AddDays(1));

        Assert.Equal(LeadDecision.Accepted, accepted.Decision);
        Assert.Equal(LeadStage.Sal, accepted.Stage);
        Assert.Null(accepted.RejectionReason);
        Assert.Null(accepted.ReasonNote);
        Assert.Equal((VpSales.Id, VpSales.Name), (accepted.DecidedById, accepted.DecidedBy));
        Assert.Equal(VpSales, accepted.Decider);
    }

    [Fact]
    public void Accept_LeadAlreadyAnOpportunity_KeepsItsStage()
    {
        Assert.Equal(LeadStage.Opportunity, Lead(Created, LeadStage.Opportunity).Accept(VpSales, At).Stage);
    }

    [Fact]
    public void Reject_WithReasonAndNote_RecordsReasonNoteAndWho()
    {
        var lead = Lead(Created).Reject(RejectionReason.WrongContact, "not the decision maker", Rep, At);

        Assert.Equal(LeadDecision.Rejected, lead.Decision);
        Assert.Equal(RejectionReason.WrongContact, lead.RejectionReason);
        Assert.Equal("not the decision maker", lead.ReasonNote);
        Assert.Equal(("U-REP", "Rae", At), (lead.DecidedById, lead.DecidedBy, lead.DecidedAt!.Value));
    }

    [Fact]
    public void IsDelivered_ByStage_InquiryIsNotButMqlAndBeyondAre()
    {
        Assert.False(Lead(Created, LeadStage.Inquiry).IsDelivered);
        Assert.True(Lead(Created, LeadStage.Mql).IsDelivered);
        Assert.True(Lead(Created, LeadStage.Lost).IsDelivered);
    }
}
