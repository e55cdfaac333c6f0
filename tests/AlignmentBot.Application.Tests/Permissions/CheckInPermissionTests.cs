using AlignmentBot.Application.Permissions;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Permissions;

/// <summary>Who may check in a number: whoever produces it, and the goals set on it, never the other side of a hand-off.</summary>
public sealed class CheckInPermissionTests
{
    private static readonly WorkspaceId Workspace = new("T1");

    private static Goal GoalOn(MetricKey metric, Audience audience, string owner)
        => new(GoalId.New(), Workspace, "asked", metric, null, 100, Direction.Increase, null, new DateOnly(2026, 11, 2), new DateOnly(2027, 3, 31),
            Cadence.Weekly, owner, audience, GoalStatus.Active, DateTimeOffset.UnixEpoch, "U-CEO", owner);

    [Fact]
    public void SharedRate_DoesNotOpenMarketingsMqlsToSales()
    {
        // The lead acceptance rate (SQLs over MQLs) is a shared goal owned by a sales lead here: MQLs stay marketing's.
        var resource = GoalPermissions.CheckIn(MetricKey.Mql, [GoalOn(MetricKey.AcceptanceRate, Audience.Shared, "U-SAM")]);

        Assert.Equal([Function.Marketing], resource.Functions);
        Assert.Empty(resource.OwnerIds);
    }

    [Fact]
    public void SharedRate_ItsOwnNumber_StaysOpenToBothSidesAndTheOwner()
    {
        var resource = GoalPermissions.CheckIn(MetricKey.AcceptanceRate, [GoalOn(MetricKey.AcceptanceRate, Audience.Shared, "U-SAM")]);

        Assert.Equal([Function.Marketing, Function.Sales], resource.Functions.Order());
        Assert.Equal(["U-SAM"], resource.OwnerIds);
    }

    [Fact]
    public void LeadershipRate_OpensItsInputsToLeadershipAndItsOwner()
    {
        // Budget share (spend over revenue) is leadership's own goal: the CEO who owns it may report the spend behind it.
        var resource = GoalPermissions.CheckIn(MetricKey.Spend, [GoalOn(MetricKey.BudgetShare, Audience.Leadership, "U-CEO")]);

        Assert.Contains(Function.Leadership, resource.Functions);
        Assert.Contains(Function.Marketing, resource.Functions);
        Assert.Equal(["U-CEO"], resource.OwnerIds);
    }

    [Fact]
    public void GoalOnTheNumber_OpensItToItsFunctionAndOwner()
    {
        var resource = GoalPermissions.CheckIn(MetricKey.Mql, [GoalOn(MetricKey.Mql, Audience.Marketing, "U-MARCO")]);

        Assert.Equal([Function.Marketing], resource.Functions);
        Assert.Equal(["U-MARCO"], resource.OwnerIds);
    }
}
