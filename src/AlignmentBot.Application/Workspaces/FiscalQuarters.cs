using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Workspaces;

/// <summary>
/// "By end of Q3" in a workspace whose fiscal year starts in April ends on 31 December, not 30 September. The entity
/// reader knows only calendar quarters; this moves a deadline read from a bare "Q1"–"Q4" (no year said) to the end of
/// that fiscal quarter. With a year ("Q3 2027") the calendar quarter stands, as fiscal-year naming differs between companies.
/// </summary>
public static partial class FiscalQuarters
{
    public static DateOnly? Deadline(string text, DateOnly? read, Workspace workspace, DateOnly today)
    {
        if (workspace.FiscalYearStartMonth == 1 || read is null || BareQuarter().Match(text) is not { Success: true } m)
        {
            return read;
        }

        return WorkspaceSettings.FiscalQuarterEnd(int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture), workspace.FiscalYearStartMonth, today);
    }

    [GeneratedRegex(@"\bq(?<q>[1-4])\b(?!\s*(?:'?\d{2}\b|\d{4}\b|of\s+\d{4}|fy))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareQuarter();
}
