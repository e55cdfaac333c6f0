namespace AlignmentBot.Domain.Metrics;

/// <summary>The fixed vocabulary of metrics, with units, polarity and aggregation.</summary>
public static class MetricCatalog
{
    private static readonly MetricDefinition[] Definitions =
    [
        new(MetricKey.Reach, "reach", "Reach", "accounts reached", MetricUnit.Count, BetterWhen.Higher, Aggregation.Sum, true),
        new(MetricKey.Leads, "leads", "Leads (inquiries)", "leads", MetricUnit.Count, BetterWhen.Higher, Aggregation.Sum, true),
        new(MetricKey.Mql, "mql", "Marketing qualified leads", "MQLs", MetricUnit.Count, BetterWhen.Higher, Aggregation.Sum, true),
        new(MetricKey.Sal, "sal", "Sales accepted leads", "SALs", MetricUnit.Count, BetterWhen.Higher, Aggregation.Sum, false),
        new(MetricKey.Sql, "sql", "Sales qualified leads", "SQLs", MetricUnit.Count, BetterWhen.Higher, Aggregation.Sum, false),
        new(MetricKey.Opportunities, "opportunities", "Opportunities", "opportunities", MetricUnit.Count, BetterWhen.Higher, Aggregation.Sum, false),
        new(MetricKey.Pipeline, "pipeline", "Pipeline created", "pipeline", MetricUnit.Money, BetterWhen.Higher, Aggregation.Sum, false),
        new(MetricKey.Revenue, "revenue", "Revenue", "revenue", MetricUnit.Money, BetterWhen.Higher, Aggregation.Sum, false),
        new(MetricKey.Retention, "retention", "Customer retention", "retention", MetricUnit.Percent, BetterWhen.Higher, Aggregation.Latest, false),
        new(MetricKey.CostPerLead, "cost_per_lead", "Cost per lead", "cost per lead", MetricUnit.Money, BetterWhen.Lower, Aggregation.Ratio, true, MetricKey.Spend, MetricKey.Leads),
        new(MetricKey.ConversionRate, "conversion_rate", "Lead-to-customer conversion", "conversion", MetricUnit.Percent, BetterWhen.Higher, Aggregation.Ratio, true, MetricKey.DealsWon, MetricKey.Leads),
        new(MetricKey.WinRate, "win_rate", "Win rate", "win rate", MetricUnit.Percent, BetterWhen.Higher, Aggregation.Ratio, false, MetricKey.DealsWon, MetricKey.Opportunities),
        new(MetricKey.SalesCycle, "sales_cycle", "Sales cycle", "days to close", MetricUnit.Days, BetterWhen.Lower, Aggregation.Average, false),
        new(MetricKey.FollowUpTime, "follow_up_time", "Lead follow-up time", "hours to follow up", MetricUnit.Hours, BetterWhen.Lower, Aggregation.Average, false),
        new(MetricKey.AcceptanceRate, "acceptance_rate", "Lead acceptance rate", "acceptance", MetricUnit.Percent, BetterWhen.Higher, Aggregation.Ratio, true, MetricKey.Sal, MetricKey.Mql),
        new(MetricKey.Overlap, "overlap", "Marketing–sales audience overlap", "overlap", MetricUnit.Percent, BetterWhen.Higher, Aggregation.Latest, true),
        new(MetricKey.BudgetShare, "budget_share", "Marketing budget share of revenue", "budget share", MetricUnit.Percent, BetterWhen.Higher, Aggregation.Ratio, false, MetricKey.Spend, MetricKey.Revenue),
        new(MetricKey.Spend, "spend", "Marketing spend", "spend", MetricUnit.Money, BetterWhen.Lower, Aggregation.Sum, true),
        new(MetricKey.DealsWon, "deals_won", "Deals won", "deals won", MetricUnit.Count, BetterWhen.Higher, Aggregation.Sum, false),
    ];

    // Filled while the name index is built, so it is declared before it.
    private static readonly Dictionary<MetricKey, List<string>> AliasNames = [];

    private static readonly Dictionary<string, MetricDefinition> ByName = BuildNameIndex();

    public static IReadOnlyList<MetricDefinition> All => Definitions;

    /// <summary>The seventeen public metric names, in the order docs/contracts.md lists them.</summary>
    public static IEnumerable<MetricDefinition> Public => Definitions.Where(d => d.Key is not (MetricKey.Spend or MetricKey.DealsWon));

    public static MetricDefinition Get(MetricKey key) => Definitions[(int)key];

    public static string NameOf(MetricKey key) => Get(key).Name;

    /// <summary>The other names people use for a metric, as written ("cpl", "speed to lead", "arr"), for reading a choice of goals.</summary>
    public static IReadOnlyList<string> AliasesOf(MetricKey key) => AliasNames.TryGetValue(key, out var names) ? names : [];

    /// <summary>Parses a wire name or a common alias ("MQLs", "qualified leads", "CPL").</summary>
    public static bool TryParse(string? text, out MetricKey key)
    {
        if (text is not null && ByName.TryGetValue(Normalize(text), out var definition))
        {
            key = definition.Key;
            return true;
        }

        key = default;
        return false;
    }

    private static Dictionary<string, MetricDefinition> BuildNameIndex()
    {
        var index = new Dictionary<string, MetricDefinition>(StringComparer.Ordinal);
        foreach (var d in Definitions)
        {
            index[Normalize(d.Name)] = d;
            index[Normalize(d.Label)] = d;
            index[Normalize(d.Plural)] = d;
        }

        void Alias(MetricKey key, params string[] names)
        {
            foreach (var name in names)
            {
                index[Normalize(name)] = Get(key);
            }

            AliasNames[key] = [.. AliasNames.GetValueOrDefault(key) ?? [], .. names];
        }

        Alias(MetricKey.Mql, "mqls", "marketing qualified lead", "qualified leads", "marketing_qualified_leads");
        Alias(MetricKey.Sql, "sqls", "sales qualified lead");
        Alias(MetricKey.Sal, "sals", "sales accepted lead", "accepted leads");
        Alias(MetricKey.Leads, "lead", "inquiries", "inquiry", "raw leads", "new leads", "contacts");
        Alias(MetricKey.Opportunities, "opportunity", "opps", "opp", "deals created");
        Alias(MetricKey.CostPerLead, "cpl", "cost per lead", "cost_per_mql");
        Alias(MetricKey.Revenue, "bookings", "sales", "arr", "closed won revenue");
        Alias(MetricKey.Pipeline, "pipeline value", "pipeline created");
        Alias(MetricKey.DealsWon, "won", "deals", "customers", "closed won", "new customers");
        Alias(MetricKey.Spend, "marketing spend", "budget spent", "cost", "spend_amount");
        Alias(MetricKey.Reach, "impressions", "audience", "accounts reached");
        Alias(MetricKey.FollowUpTime, "follow up time", "follow-up time", "response time", "speed to lead", "followup");
        Alias(MetricKey.SalesCycle, "sales cycle", "cycle time", "days to close");
        return index;
    }

    private static string Normalize(string text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }
}
