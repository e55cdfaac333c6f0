namespace AlignmentBot.Domain.Workspaces;

public static class Roles
{
    public static string Noun(Role role) => role switch
    {
        Role.Leadership => "leadership",
        Role.Marketing => "marketing",
        Role.Sales => "sales",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? text, out Role role)
    {
        var t = text?.Trim().ToLowerInvariant() ?? string.Empty;
        // "lead gen" and "demand gen" are marketing jobs, not leadership.
        if (t.Contains("gen", StringComparison.Ordinal) || t.Contains("demand", StringComparison.Ordinal) || t.Contains("growth", StringComparison.Ordinal))
        {
            role = Role.Marketing;
            return true;
        }

        if (t.Contains("lead", StringComparison.Ordinal) && !t.Contains("sales", StringComparison.Ordinal) && !t.Contains("market", StringComparison.Ordinal)
            || t is "ceo" or "cfo" or "coo" or "founder" or "board" or "executive" or "exec" or "vp" or "management")
        {
            role = Role.Leadership;
            return true;
        }

        if (t.Contains("market", StringComparison.Ordinal) || t is "cmo" or "mkt" or "mktg")
        {
            role = Role.Marketing;
            return true;
        }

        if (t.Contains("sales", StringComparison.Ordinal) || t.Contains("sell", StringComparison.Ordinal) || t is "sdr" or "bdr" or "ae" or "cro" or "rep")
        {
            role = Role.Sales;
            return true;
        }

        role = default;
        return false;
    }
}
