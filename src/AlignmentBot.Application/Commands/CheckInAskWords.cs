using System.Text.RegularExpressions;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// A check-in asked for without its number: "I want to check in MQLs for last week", "need to put in mqls for last week",
/// and leave asked, which is offering to do it ("can I log last week's MQLs?", "oh wait, can I check in MQLs for last week
/// first?"). The metric it names, so the check-in's number question is asked (<see cref="CheckInCommand"/>); null for a
/// check-in said whole (it has its number), a look-up ("can I see last week's MQLs?"), a request or a goal. Built against
/// <c>Paraphrases/check-in-ask.*.txt</c>.
/// </summary>
public static partial class CheckInAskWords
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The metric named, or null when <paramref name="text"/> does not ask to check one in without its number.</summary>
    public static MetricKey? Metric(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 160 || text.Any(char.IsDigit))
        {
            return null;
        }

        var said = Opener().Replace(text.Trim(), string.Empty);
        if (Ask().Match(said) is not { Success: true } ask || Other().IsMatch(said))
        {
            return null;
        }

        var rest = said[(ask.Index + ask.Length)..];
        return MetricWord().Match(rest) is { Success: true } m && MetricCatalog.TryParse(Normal(m.Value), out var key) ? key : null;
    }

    /// <summary>The metric as the table writes it (mql, sql, cpl, spend, leads, followup), or "no".</summary>
    public static string Describe(string text) => Metric(text) switch
    {
        null => "no",
        MetricKey.CostPerLead => "cpl",
        MetricKey.FollowUpTime => "followup",
        var key => MetricCatalog.NameOf(key.Value),
    };

    private static string Normal(string word) => word.ToLowerInvariant() switch
    {
        var w when w.StartsWith("follow", StringComparison.Ordinal) => "follow up time",
        var w when w.StartsWith("cost", StringComparison.Ordinal) => "cpl",
        var w => w.Replace("the ", string.Empty, StringComparison.Ordinal).Replace(" number", string.Empty, StringComparison.Ordinal),
    };

    [GeneratedRegex(@"^\W*(?:(?:oh|ok|okay|so|wait|hold\s+on|hang\s+on|actually|quick\s+one|before\s+i\s+forget|btw|also|um+|uh+)\b[\s,.:;!—–-]*)+", Options)]
    private static partial Regex Opener();

    // Who offers to do it: a want, a need, leave asked, "let me", "time to", "gonna".
    [GeneratedRegex(@"^\W*(?:(?:can|could|may)\s+i|(?:is\s+it\s+)?ok(?:ay)?\s+if\s+i|mind\s+if\s+i|i\s+(?:want|need|have|got)\s+to|i'?d\s+like\s+to|i\s+wanna|wanna|need\s+to|gotta|gonna|going\s+to|let\s+me|lemme|time\s+to)\s+(?:(?:quickly|just|also|now)\s+)?(?:check\s+in|check-in|log|enter|put\s+in|add|submit|record|report|input|fill\s+in)\b", Options)]
    private static partial Regex Ask();

    // A request, a goal or a look-up, whatever metric it names.
    [GeneratedRegex(@"\b(?:request|goal|target|see|show|look|view|check\s+(?:the|on)|how\s+(?:do|can|many))\b", Options)]
    private static partial Regex Other();

    [GeneratedRegex(@"\b(?:mqls?|sqls?|spend|leads|cpl|cost\s+per\s+lead|follow[\s-]?ups?(?:\s+time)?)\b", Options)]
    private static partial Regex MetricWord();
}
