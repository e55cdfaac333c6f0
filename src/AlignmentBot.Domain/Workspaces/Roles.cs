namespace AlignmentBot.Domain.Workspaces;

public static class Roles
{
    /// <summary>"leadership", "marketing lead", "marketer", "sales lead", "sales rep".</summary>
    public static string Noun(Role role) => role switch
    {
        Role.Leadership => "leadership",
        Role.MarketingLead => "marketing lead",
        Role.Marketer => "marketer",
        Role.SalesLead => "sales lead",
        Role.SalesRep => "sales rep",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>"a sales lead", "leadership": the role as it reads after "as" or "only".</summary>
    public static string WithArticle(Role role) => role == Role.Leadership ? "leadership" : "a " + Noun(role);

    public static Function FunctionOf(Role role) => role switch
    {
        Role.Leadership => Function.Leadership,
        Role.MarketingLead or Role.Marketer => Function.Marketing,
        Role.SalesLead or Role.SalesRep => Function.Sales,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The role that leads a function: the marketing lead, the sales lead; leadership leads itself.</summary>
    public static Role LeadOf(Function function) => function switch
    {
        Function.Leadership => Role.Leadership,
        Function.Marketing => Role.MarketingLead,
        Function.Sales => Role.SalesLead,
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, null),
    };

    public static bool IsFunctionLead(Role role) => role is Role.MarketingLead or Role.SalesLead;

    /// <summary>"leadership", "marketing", "sales".</summary>
    public static string Noun(Function function) => function switch
    {
        Function.Leadership => "leadership",
        Function.Marketing => "marketing",
        Function.Sales => "sales",
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, null),
    };

    /// <summary>
    /// A role from how people describe their job: "CMO" and "head of marketing" lead marketing, "demand gen" is a marketer,
    /// "VP Sales" leads sales, "SDR" is a sales rep, "CEO" is leadership.
    /// </summary>
    public static bool TryParse(string? text, out Role role)
    {
        var t = " " + (text ?? string.Empty).Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ') + " ";
        if (t.Trim().Length == 0)
        {
            role = default;
            return false;
        }

        var marketing = Has(t, "market", "cmo", "mkt", "mktg", "demand", "growth", "lead gen", "content", "brand");
        var sales = Has(t, "sales", "sell", "sdr", "bdr", " ae ", " cro ", " rep ", "reps", "account executive", "business development");
        var leads = Has(t, " lead ", " head ", "head of", " vp ", "vp of", "director", "chief", " cmo ", " cro ", "leader");
        if (marketing && !sales)
        {
            // "lead gen" is a marketer's job, not leading marketing.
            role = leads && !t.Contains("lead gen", StringComparison.Ordinal) ? Role.MarketingLead : Role.Marketer;
            return true;
        }

        if (sales && !marketing)
        {
            role = leads ? Role.SalesLead : Role.SalesRep;
            return true;
        }

        if (Has(t, "leadership", " ceo ", " cfo ", " coo ", "founder", "board", "executive", " exec ", " management ", " president ", " owner ", "managing director", "general manager")
            || t.Trim() is "vp" or "lead" or "leaders")
        {
            role = Role.Leadership;
            return true;
        }

        role = default;
        return false;
    }

    private static bool Has(string padded, params string[] words) => words.Any(w => padded.Contains(w, StringComparison.Ordinal));
}
