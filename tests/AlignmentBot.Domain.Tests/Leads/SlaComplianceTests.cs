using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Leads;

public class SlaComplianceTests
{
    // 100 MQLs a month, each followed up within 24 hours.
    private static readonly LeadSla Sla = new(Guid.NewGuid(), Acme, 100, PeriodKind.Month, 24m, null, "U-CEO", Created);

    // The week 3–9 Nov 2025 inside a 30-day month: 7 × 100 / 30 = 23.33 leads committed.
    private static readonly DateRange Week = Range(D(2025, 11, 3), D(2025, 11, 9));
    private static readonly DateTimeOffset Now = Nov(9, 12);

    private static DateTimeOffset Nov(int day, int hour) => new(2025, 11, day, hour, 0, 0, TimeSpan.Zero);

    private static Lead[] TheWeek() =>
    [
        Lead(Nov(3, 9), followedUpAt: Nov(3, 13), decision: LeadDecision.Accepted),                                  // 4 h, in time
        Lead(Nov(4, 9), followedUpAt: Nov(5, 9), decision: LeadDecision.Rejected, reason: RejectionReason.NoBudget),  // 24 h, exactly in time
        Lead(Nov(5, 9), LeadStage.Sql, Nov(6, 15), LeadDecision.Rejected, RejectionReason.NoBudget),                 // 30 h, late
        Lead(Nov(6, 9)),                                                                                               // 75 h by now, overdue
        Lead(Nov(9, 8), decision: LeadDecision.Rejected, reason: RejectionReason.Duplicate),                          // 4 h old, not due yet
        Lead(Nov(7, 9), LeadStage.Won, Nov(7, 10), LeadDecision.Accepted),                                           // 1 h, in time
        Lead(Nov(4, 9), LeadStage.Inquiry, Nov(8, 9), LeadDecision.Rejected, RejectionReason.WrongFit),              // inquiry: not delivered
        Lead(Nov(2, 9), followedUpAt: Nov(5, 9)),                                                                      // created before the week
    ];

    [Fact]
    public void Evaluate_DeliveredAgainstCommitted_CountsMqlsAndBeyondInWindowOnly()
    {
        // Delivered: 6 (the inquiry and the lead from 2 Nov do not count). 6 / 23.33 = 25.7%.
        var report = SlaCompliance.Evaluate(Sla, TheWeek(), Week, Now);

        Assert.Equal(6, report.Delivered);
        Assert.Equal(700m / 30m, report.Committed, 20);
        Assert.Equal(25.714m, report.DeliveryPercent!.Value, 3);
        Assert.False(report.MarketingMet);
    }

    [Fact]
    public void Evaluate_FollowUps_SplitIntoInTimeLateAndOverdue()
    {
        // In time: 4 h, 24 h, 1 h = 3. Late: 30 h = 1. Overdue: the 6 Nov lead, 75 h without follow-up = 1.
        // The lead from 08:00 today is 4 h old and not yet judged. Compliance 3 / 5 = 60%.
        var report = SlaCompliance.Evaluate(Sla, TheWeek(), Week, Now);

        Assert.Equal(3, report.FollowedUpInTime);
        Assert.Equal(1, report.FollowedUpLate);
        Assert.Equal(1, report.Overdue);
        Assert.Equal(60m, report.FollowUpCompliancePercent);
        Assert.False(report.SalesMet);
    }

    [Fact]
    public void Evaluate_MedianFollowUpHours_IsMiddleOfSortedTimes()
    {
        // Follow-up times 4, 24, 30, 1 → sorted 1, 4, 24, 30 → (4 + 24) / 2 = 14 h.
        Assert.Equal(14m, SlaCompliance.Evaluate(Sla, TheWeek(), Week, Now).MedianFollowUpHours);
    }

    [Fact]
    public void Evaluate_OddNumberOfFollowUps_MedianIsTheMiddleOne()
    {
        Lead[] leads =
        [
            Lead(Nov(3, 9), followedUpAt: Nov(3, 11)),  // 2 h
            Lead(Nov(3, 9), followedUpAt: Nov(3, 19)),  // 10 h
            Lead(Nov(3, 9), followedUpAt: Nov(5, 9)),   // 48 h
        ];

        Assert.Equal(10m, SlaCompliance.Evaluate(Sla, leads, Week, Now).MedianFollowUpHours);
    }

    [Fact]
    public void Evaluate_Overdue_DependsOnNow()
    {
        // Created 6 Nov 09:00 and not followed up. At 08:00 on 7 Nov (23 h) it is not overdue yet; at 10:00 (25 h) it is.
        Lead[] leads = [Lead(Nov(6, 9))];

        Assert.Equal(0, SlaCompliance.Evaluate(Sla, leads, Week, Nov(7, 8)).Overdue);
        Assert.Equal(1, SlaCompliance.Evaluate(Sla, leads, Week, Nov(7, 10)).Overdue);
    }

    [Fact]
    public void Evaluate_Acceptance_IsAcceptedOverDecidedDeliveredLeads()
    {
        // Accepted 2, rejected 3 (the rejected inquiry is not a delivered lead): 2 / 5 = 40%.
        var report = SlaCompliance.Evaluate(Sla, TheWeek(), Week, Now);

        Assert.Equal(2, report.Accepted);
        Assert.Equal(3, report.Rejected);
        Assert.Equal(40m, report.AcceptancePercent);
    }

    [Fact]
    public void Evaluate_TopRejectionReasons_MostCommonFirst()
    {
        var report = SlaCompliance.Evaluate(Sla, TheWeek(), Week, Now);

        Assert.Equal([(RejectionReason.NoBudget, 2), (RejectionReason.Duplicate, 1)], report.TopRejectionReasons);
    }

    [Fact]
    public void Evaluate_NoLeads_HasNoPercentagesButStillACommitment()
    {
        var report = SlaCompliance.Evaluate(Sla, [], Week, Now);

        Assert.Equal(0, report.Delivered);
        Assert.Equal(0m, report.DeliveryPercent);
        Assert.Null(report.FollowUpCompliancePercent);
        Assert.Null(report.MedianFollowUpHours);
        Assert.Null(report.AcceptancePercent);
        Assert.True(report.SalesMet);
        Assert.False(report.MarketingMet);
    }

    [Fact]
    public void Evaluate_EnoughLeadsAllFollowedUpInTime_BothSidesMet()
    {
        // 23.33 committed: 23 delivered is enough (a fraction of a lead cannot be delivered).
        var leads = Enumerable.Range(0, 23).Select(_ => Lead(Nov(4, 9), followedUpAt: Nov(4, 10))).ToArray();

        var report = SlaCompliance.Evaluate(Sla, leads, Week, Now);

        Assert.True(report.MarketingMet);
        Assert.True(report.SalesMet);
    }

    [Fact]
    public void TopReasons_RejectionWithoutReason_CountsAsOtherAndTiesByEnumOrder()
    {
        Lead[] leads =
        [
            Lead(Nov(3, 9), decision: LeadDecision.Rejected),
            Lead(Nov(3, 9), decision: LeadDecision.Rejected, reason: RejectionReason.WrongFit),
            Lead(Nov(3, 9), decision: LeadDecision.Rejected, reason: RejectionReason.NoBudget),
            Lead(Nov(3, 9), decision: LeadDecision.Accepted),
        ];

        Assert.Equal(
            [(RejectionReason.NoBudget, 1), (RejectionReason.WrongFit, 1)],
            SlaCompliance.TopReasons(leads, 2));
    }
}
