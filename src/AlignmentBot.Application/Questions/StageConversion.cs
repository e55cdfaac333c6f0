using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Questions;

/// <summary>
/// "roughly what % of MQLs turn into SQLs for us?", "sql to opp rate?", "how many of our opps end up as won deals?": how often
/// one stage of the funnel becomes the next, asked as a rate. Read from small cues: two neighbouring stages in funnel order
/// (MQL, SQL, opportunity, won deal) joined by a word of becoming ("turn into", "become", "convert to", "end up as", "to",
/// "→"), and a word of a rate ("%", "share", "how many of", "conversion", "how often"). Not a change of the goal's metric
/// ("change the goal from MQLs to SQLs"), which names no rate, nor the lead-to-customer conversion rate, which names no
/// stages. Answered with the rates the reverse funnel uses (<see cref="Goals.GoalPlanner.Rates"/>). Docs: docs/scenarios.md,
/// "Paraphrase tables" (stage-conversion).
/// </summary>
public static partial class StageConversion
{
    /// <summary>The step asked about ("mql-sql", "sql-opportunity", "opportunity-deal"), or null.</summary>
    public static string? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !RateWord().IsMatch(text))
        {
            return null;
        }

        foreach (Match m in Becoming().Matches(text))
        {
            var from = Stage(m.Groups["a"].Value);
            var to = Stage(m.Groups["b"].Value);
            if (from is not null && to is not null && Array.IndexOf(Order, to) == Array.IndexOf(Order, from) + 1)
            {
                return $"{from}-{to}";
            }
        }

        return null;
    }

    private static readonly string[] Order = ["mql", "sql", "opportunity", "deal"];

    private static string? Stage(string word)
    {
        var w = word.ToLowerInvariant();
        return w.StartsWith("mql", StringComparison.Ordinal) || w.StartsWith("marketing", StringComparison.Ordinal) ? "mql"
            : w.StartsWith("sql", StringComparison.Ordinal) || w.StartsWith("sales", StringComparison.Ordinal) ? "sql"
            : w.StartsWith("opp", StringComparison.Ordinal) || w.StartsWith("pipeline", StringComparison.Ordinal) ? "opportunity"
            : w.Length > 0 ? "deal" : null;
    }

    private const string Stages = @"mqls?|marketing[\s-]qualified(?:\s+leads?)?|sqls?|sales[\s-]qualified(?:\s+leads?)?|(?:pipeline\s+)?opportunit(?:y|ies)|opps?|(?:closed[\s-]won|closed|won)\s+deals?|deals?|customers?|close[ds]?|wins?";

    // "MQLs turn into SQLs", "mql→sql", "mql-to-sql", "SQLs become opps", "opps end up as won deals", "MQLs … make it to SQL".
    [GeneratedRegex(@"\b(?<a>" + Stages + @")\b(?:\s*(?:→|->|/)\s*|\s*-\s*to\s*-\s*|\b[^?.!;]{0,40}?\b(?:to|into|becomes?|becoming|turns?\s+into|turned\s+into|convert(?:s|ed)?(?:\s+(?:to|into))?|end\s+up\s+as|ends\s+up\s+as|makes?\s+it\s+to|gets?\s+to|progress(?:es)?\s+to)\s+(?:an?\s+|the\s+)?)(?<b>" + Stages + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Becoming();

    [GeneratedRegex(@"%|\b(?:percent\w*|pct|fraction|share|ratio|rate|conversion|portion|proportion|how\s+many|how\s+often|how\s+well|out\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RateWord();
}
