using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Permissions;

/// <summary>What a goal's audience means to the permission matrix: whose goal it is.</summary>
public static class GoalPermissions
{
    /// <summary>The function(s) a goal belongs to: a shared goal is marketing's and sales'.</summary>
    public static IReadOnlyCollection<Function> Functions(Audience audience) => audience switch
    {
        Audience.Leadership => [Function.Leadership],
        Audience.Marketing => [Function.Marketing],
        Audience.Sales => [Function.Sales],
        _ => [Function.Marketing, Function.Sales],
    };

    /// <summary>
    /// The function(s) whose work a metric measures, so whose numbers they are to report. SQLs and the pipeline they
    /// create are counted at the hand-off, by both.
    /// </summary>
    public static IReadOnlyCollection<Function> ReportersOf(MetricKey metric) => metric switch
    {
        MetricKey.Reach or MetricKey.Leads or MetricKey.Mql or MetricKey.Spend or MetricKey.CostPerLead or MetricKey.ConversionRate or MetricKey.Overlap => [Function.Marketing],
        MetricKey.Retention or MetricKey.BudgetShare => [Function.Leadership],
        MetricKey.Sql or MetricKey.Pipeline => [Function.Marketing, Function.Sales],
        _ => [Function.Sales],
    };

    /// <summary>
    /// A check-in of <paramref name="metric"/>: the function that reports it, the functions of the open goals it feeds,
    /// and those goals' owners. A shared goal's rate (the lead acceptance rate: SQLs over MQLs) does not open one side's
    /// count to the other: each input of a hand-off is reported by whoever produces it, so sales never reports
    /// marketing's MQLs and the agreement both sides signed is measured on numbers each side stands behind. A goal set on
    /// the number itself, or a rate of a single function or of leadership (budget share), still opens its inputs to that
    /// goal's function and owner.
    /// </summary>
    public static PermissionResource CheckIn(MetricKey metric, IEnumerable<Goal> goals)
    {
        var feeding = goals.Where(g => g.IsOpen && Opens(g, metric)).ToArray();
        return new PermissionResource
        {
            Functions = feeding.SelectMany(g => Functions(g.Audience)).Concat(ReportersOf(metric)).Distinct().ToArray(),
            OwnerIds = feeding.Select(g => g.OwnerId).OfType<string>().Distinct().ToArray(),
        };
    }

    /// <summary>Whether a goal lets its function and owner check in <paramref name="metric"/>.</summary>
    private static bool Opens(Goal goal, MetricKey metric)
        => goal.Metric == metric
            || (goal.Audience != Audience.Shared && Domain.Measurements.MetricCalculator.Inputs(goal.Metric).Contains(metric));

    /// <summary>Setting a goal of this audience: a company goal for leadership's, a function goal otherwise.</summary>
    public static (PermissionAction Action, PermissionResource Resource) Define(Audience audience)
        => audience == Audience.Leadership
            ? (PermissionAction.DefineCompanyGoal, PermissionResource.None)
            : (PermissionAction.DefineFunctionGoal, new PermissionResource { Functions = Functions(audience) });

    /// <summary>
    /// Changing a goal that exists (target, deadline, owner), closing it as achieved or missed, archiving it, and undoing
    /// such a change: whoever may set a goal of its audience may change it.
    /// </summary>
    public static (PermissionAction Action, PermissionResource Resource) Change(Goal goal) => Define(goal.Audience);

    /// <summary>Whether the person may set some goal at all, before the dialog knows which: any function lead, leadership, an admin.</summary>
    public static Permission DefineAny(Actor actor, Audience? likely)
    {
        var marketing = PermissionMatrix.Check(PermissionAction.DefineFunctionGoal, actor, new PermissionResource { Functions = [Function.Marketing] });
        var sales = PermissionMatrix.Check(PermissionAction.DefineFunctionGoal, actor, new PermissionResource { Functions = [Function.Sales] });
        if (marketing.Allowed || sales.Allowed)
        {
            return Permission.Allow(PermissionAction.DefineFunctionGoal);
        }

        var (action, resource) = Define(likely ?? Audience.Marketing);
        return PermissionMatrix.Check(action, actor, resource);
    }
}
