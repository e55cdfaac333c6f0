namespace AlignmentBot.Domain.Funnel;

/// <summary>
/// "Let me run the numbers": revenue ÷ deal size = deals; ÷ win rate = opportunities;
/// ÷ SQL→opportunity = SQLs; ÷ MQL→SQL = MQLs. Each stage rounds up, because half a deal closes nothing.
/// </summary>
public static class ReverseFunnel
{
    public static ReverseFunnelResult FromRevenue(decimal revenue, FunnelRates rates)
    {
        if (revenue < 0)
        {
            return new(null, "A revenue target cannot be negative.");
        }

        if (rates.AverageDealSize <= 0)
        {
            return new(null, "The average deal size is zero, so no number of deals adds up to revenue. Record a few won deals first.");
        }

        var problem = Check(rates.WinRate, "win rate") ?? Check(rates.SqlToOpportunity, "SQL→opportunity rate") ?? Check(rates.MqlToSql, "MQL→SQL rate")
            ?? (rates.LeadToMql is { } l ? Check(l, "lead→MQL rate") : null);
        if (problem is not null)
        {
            return new(null, problem);
        }

        // The widest stage is leads (or MQLs); if it would not fit a count, the inputs are not a real funnel.
        var widest = revenue / rates.AverageDealSize / rates.WinRate / rates.SqlToOpportunity / rates.MqlToSql / (rates.LeadToMql ?? 1m);
        if (widest > int.MaxValue)
        {
            return new(null, "These numbers would need billions of leads. Check the revenue target and the average deal size.");
        }

        var deals = Up(revenue / rates.AverageDealSize);
        var opportunities = Up(deals / rates.WinRate);
        var sqls = Up(opportunities / rates.SqlToOpportunity);
        var mqls = Up(sqls / rates.MqlToSql);
        int? leads = rates.LeadToMql is { } leadToMql ? Up(mqls / leadToMql) : null;
        return new(new FunnelRequirement(revenue, deals, opportunities, sqls, mqls, leads), null);
    }

    /// <summary>Forward: what a number of MQLs turns into at these rates (expected values, not rounded up).</summary>
    public static decimal RevenueFromMqls(decimal mqls, FunnelRates rates)
        => mqls * rates.MqlToSql * rates.SqlToOpportunity * rates.WinRate * rates.AverageDealSize;

    private static string? Check(decimal rate, string label) => rate switch
    {
        <= 0 => $"The {label} is 0%, so no amount of earlier-stage volume reaches the target. Fix or measure that rate first.",
        > 1 => $"The {label} is above 100%, which is not a conversion rate. Check the numbers.",
        _ => null,
    };

    private static int Up(decimal value) => (int)Math.Ceiling(value);
}
