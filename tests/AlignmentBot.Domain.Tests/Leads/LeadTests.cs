using AlignmentBot.Domain.Leads;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Leads;

public class LeadTests
{
    private static readonly DateTimeOffset At = new(2025, 11, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Accept_Mql_BecomesSalesAcceptedAndForgetsEarlierRejection()
    {
        var rejected = Lead(Created).Reject(RejectionReason.NoBudget, "no budget", "U-REP", At);

        var accepted = rejected.Accept("U-VPS", At.AddDays(1));

        Assert.Equal(LeadDecision.Accepted, accepted.Decision);
        Assert.Equal(LeadStage.Sal, accepted.Stage);
        Assert.Null(accepted.RejectionReason);
        Assert.Null(accepted.ReasonNote);
        Assert.Equal("U-VPS", accepted.DecidedBy);
    }

    [Fact]
    public void Accept_LeadAlreadyAnOpportunity_KeepsItsStage()
    {
        Assert.Equal(LeadStage.Opportunity, Lead(Created, LeadStage.Opportunity).Accept("U-VPS", At).Stage);
    }

    [Fact]
    public void Reject_WithReasonAndNote_RecordsReasonNoteAndWho()
    {
        var lead = Lead(Created).Reject(RejectionReason.WrongContact, "not the decision maker", "U-REP", At);

        Assert.Equal(LeadDecision.Rejected, lead.Decision);
        Assert.Equal(RejectionReason.WrongContact, lead.RejectionReason);
        Assert.Equal("not the decision maker", lead.ReasonNote);
        Assert.Equal(("U-REP", At), (lead.DecidedBy, lead.DecidedAt!.Value));
    }

    [Fact]
    public void IsDelivered_ByStage_InquiryIsNotButMqlAndBeyondAre()
    {
        Assert.False(Lead(Created, LeadStage.Inquiry).IsDelivered);
        Assert.True(Lead(Created, LeadStage.Mql).IsDelivered);
        Assert.True(Lead(Created, LeadStage.Lost).IsDelivered);
    }
}
