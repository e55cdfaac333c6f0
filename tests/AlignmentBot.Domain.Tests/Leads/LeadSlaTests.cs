using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Workspaces;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Leads;

public class LeadSlaTests
{
    private static readonly DateTimeOffset At = new(2025, 11, 3, 10, 0, 0, TimeSpan.Zero);
    private static readonly Person Cmo = new(Acme, "U-CMO", "Ana", Role.Marketing);
    private static readonly Person Marketer = new(Acme, "U-MKT", "Ben", Role.Marketing);
    private static readonly Person VpSales = new(Acme, "U-VPS", "Sam", Role.Sales);
    private static readonly Person Ceo = new(Acme, "U-CEO", "Cleo", Role.Leadership);

    private static LeadSla Proposal(int leadsPerPeriod = 100, PeriodKind period = PeriodKind.Month)
        => new(Guid.NewGuid(), Acme, leadsPerPeriod, period, 24m, "MQL = demo request from a company with 50+ staff", "U-CEO", At);

    [Fact]
    public void Confirm_ByMarketing_RecordsMarketingSideAndStaysProposed()
    {
        var (sla, problem) = Proposal().Confirm(Cmo, At);

        Assert.Null(problem);
        Assert.Equal(new SlaConfirmation("U-CMO", "Ana", At), sla.Marketing);
        Assert.Null(sla.Sales);
        Assert.Equal(SlaStatus.Proposed, sla.Status);
        Assert.False(sla.IsActive);
    }

    [Fact]
    public void Confirm_ByBothSides_MakesItActive()
    {
        var (afterMarketing, _) = Proposal().Confirm(Cmo, At);
        var (sla, problem) = afterMarketing.Confirm(VpSales, At.AddHours(2));

        Assert.Null(problem);
        Assert.Equal("Sam", sla.Sales!.Name);
        Assert.Equal(SlaStatus.Active, sla.Status);
        Assert.True(sla.IsActive);
    }

    [Fact]
    public void Confirm_BySalesOnly_IsNotActive()
    {
        var (sla, _) = Proposal().Confirm(VpSales, At);

        Assert.Equal(SlaStatus.Proposed, sla.Status);
    }

    [Fact]
    public void Confirm_ByLeadership_IsRefusedAndChangesNothing()
    {
        var proposal = Proposal();

        var (sla, problem) = proposal.Confirm(Ceo, At);

        Assert.Same(proposal, sla);
        Assert.Equal("Only a sales lead and a marketing lead can confirm the lead agreement; leadership can propose it.", problem);
    }

    [Fact]
    public void Confirm_ByPersonWithoutRole_IsRefused()
    {
        var (sla, problem) = Proposal().Confirm(new Person(Acme, "U-NEW", "Nia"), At);

        Assert.NotNull(problem);
        Assert.Null(sla.Marketing);
        Assert.Null(sla.Sales);
    }

    [Fact]
    public void Confirm_MarketingTwice_KeepsFirstConfirmationAndSaysWho()
    {
        var (first, _) = Proposal().Confirm(Cmo, At);

        var (sla, problem) = first.Confirm(Marketer, At.AddHours(1));

        Assert.Equal("Ana already confirmed for marketing.", problem);
        Assert.Equal("U-CMO", sla.Marketing!.UserId);
    }

    [Fact]
    public void Confirm_SalesTwice_IsRefused()
    {
        var (first, _) = Proposal().Confirm(VpSales, At);

        var (_, problem) = first.Confirm(VpSales, At.AddHours(1));

        Assert.Equal("Sam already confirmed for sales.", problem);
    }

    [Fact]
    public void Confirm_SupersededProposal_IsRefused()
    {
        var superseded = Proposal() with { Superseded = true };

        var (sla, problem) = superseded.Confirm(Cmo, At);

        Assert.Equal("This agreement has been replaced by a newer proposal.", problem);
        Assert.Null(sla.Marketing);
        Assert.Equal(SlaStatus.Superseded, sla.Status);
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
