using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Workspaces;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Leads;

public class LeadSlaTests
{
    private static readonly DateTimeOffset At = new(2025, 11, 3, 10, 0, 0, TimeSpan.Zero);
    private static readonly PersonRef Cmo = new("U-CMO", "Ana");
    private static readonly PersonRef OtherMarketingLead = new("U-MKT", "Ben");
    private static readonly PersonRef VpSales = new("U-VPS", "Sam");

    private static LeadSla Proposal(int leadsPerPeriod = 100, PeriodKind period = PeriodKind.Month)
        => new(Guid.NewGuid(), Acme, leadsPerPeriod, period, 24m, "MQL = demo request from a company with 50+ staff", "Cleo", At, ProposedById: "U-CEO", Version: 3);

    [Fact]
    public void Sign_MarketingSide_RecordsTheSignatureAndStaysProposed()
    {
        var (sla, problem) = Proposal().Sign(Function.Marketing, Cmo, At);

        Assert.Null(problem);
        Assert.Equal(new SlaConfirmation("U-CMO", "Ana", At), sla.Marketing);
        Assert.Null(sla.Sales);
        Assert.Equal(SlaStatus.Proposed, sla.Status);
        Assert.True(sla.IsPending);
    }

    [Fact]
    public void Sign_BothSidesByTwoPeople_MakesItActive()
    {
        var (afterMarketing, _) = Proposal().Sign(Function.Marketing, Cmo, At);
        var (sla, problem) = afterMarketing.Sign(Function.Sales, VpSales, At.AddHours(2));

        Assert.Null(problem);
        Assert.Equal("Sam", sla.Sales!.Name);
        Assert.Equal(SlaStatus.Active, sla.Status);
        Assert.True(sla.IsActive);
    }

    [Fact]
    public void Sign_SalesOnly_IsNotActive()
    {
        var (sla, _) = Proposal().Sign(Function.Sales, VpSales, At);

        Assert.Equal(SlaStatus.Proposed, sla.Status);
    }

    [Fact]
    public void Sign_BothSidesBySamePerson_IsRefusedAndChangesNothing()
    {
        var (signed, _) = Proposal().Sign(Function.Marketing, Cmo, At);

        var (sla, problem) = signed.Sign(Function.Sales, Cmo with { Name = "Ana (now in sales)" }, At.AddHours(1));

        Assert.Same(signed, sla);
        Assert.Equal("One person cannot sign both sides of the lead agreement.", problem);
        Assert.False(sla.IsActive);
    }

    [Fact]
    public void Sign_ByPersonUnknownToTheWorkspace_IsRefused()
    {
        var (sla, problem) = Proposal().Sign(Function.Marketing, PersonRef.Named("Nia"), At);

        Assert.NotNull(problem);
        Assert.Null(sla.Marketing);
    }

    [Fact]
    public void Sign_MarketingTwice_KeepsFirstSignatureAndSaysWho()
    {
        var (first, _) = Proposal().Sign(Function.Marketing, Cmo, At);

        var (sla, problem) = first.Sign(Function.Marketing, OtherMarketingLead, At.AddHours(1));

        Assert.Equal("Ana already confirmed for marketing.", problem);
        Assert.Equal("U-CMO", sla.Marketing!.UserId);
    }

    [Fact]
    public void Sign_SalesTwice_IsRefused()
    {
        var (first, _) = Proposal().Sign(Function.Sales, VpSales, At);

        var (_, problem) = first.Sign(Function.Sales, VpSales, At.AddHours(1));

        Assert.Equal("Sam already confirmed for sales.", problem);
    }

    [Fact]
    public void Sign_SupersededVersion_IsRefusedWithItsVersion()
    {
        var superseded = Proposal() with { Superseded = true };

        var (sla, problem) = superseded.Sign(Function.Marketing, Cmo, At);

        Assert.Equal("Version 3 of the lead agreement has been replaced, so it can't be signed any more.", problem);
        Assert.Null(sla.Marketing);
        Assert.Equal(SlaStatus.Superseded, sla.Status);
    }

    [Fact]
    public void Sign_LeadershipSide_IsNotASideOfTheAgreement()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Proposal().Sign(Function.Leadership, Cmo, At));
    }

    [Fact]
    public void Status_SupersededAfterBothConfirmed_IsSupersededNotActive()
    {
        var sla = Proposal() with { Marketing = new("U-CMO", "Ana", At), Sales = new("U-VPS", "Sam", At), Superseded = true };

        Assert.Equal(SlaStatus.Superseded, sla.Status);
        Assert.False(sla.IsActive);
    }

    [Fact]
    public void CommittedFor_WeekInside31DayMonth_IsSevenThirtyFirsts()
    {
        // 100 a month in January (31 days): 7 × 100 / 31 = 22.58.
        var committed = Proposal().CommittedFor(Range(D(2025, 1, 6), D(2025, 1, 12)));

        Assert.Equal(700m / 31m, committed, 20);
        Assert.Equal(22.58m, Math.Round(committed, 2));
    }

    [Fact]
    public void CommittedFor_WeekAcrossMonthBoundary_UsesEachMonthsLength()
    {
        // 29–31 Jan: 3 × 100/31 = 9.677; 1–4 Feb 2025 (28 days): 4 × 100/28 = 14.286; together 23.963.
        var committed = Proposal().CommittedFor(Range(D(2025, 1, 29), D(2025, 2, 4)));

        Assert.Equal((300m / 31m) + (400m / 28m), committed, 20);
        Assert.Equal(23.96m, Math.Round(committed, 2));
    }

    [Fact]
    public void CommittedFor_WholeMonthsAndQuarter_AddUpToWholeCommitments()
    {
        var sla = Proposal();

        Assert.Equal(100m, sla.CommittedFor(Range(D(2024, 2, 1), D(2024, 2, 29))), 20);
        Assert.Equal(300m, sla.CommittedFor(Range(D(2025, 1, 1), D(2025, 3, 31))), 20);
    }

    [Fact]
    public void CommittedFor_WeeklyAgreementOverThirtyDayMonth_IsThirtySevenths()
    {
        // 10 a week over November (30 days): 30 × 10 / 7 = 42.857.
        var committed = Proposal(10, PeriodKind.Week).CommittedFor(Range(D(2025, 11, 1), D(2025, 11, 30)));

        Assert.Equal(300m / 7m, committed, 20);
    }
}
