using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Questions;

/// <summary>
/// What a look-up asks: the goal's target for <see cref="Metric"/>, or where it stands now (per <see cref="Per"/> when said);
/// no metric is where everything stands, the scorecard ("so where do we stand on everything?").
/// </summary>
public sealed record MetricLookupQuestion(MetricKey? Metric, bool Target, PeriodKind? Per);

/// <summary>
/// "remind me what the revenue target is", "what was the mql number marketing signed up for again, 240?", "today's
/// retention?", "what are we averaging for MQLs per week lately?": asking where a number's goal or its level stands. Read
/// from small cues rather than whole phrasings, so new wordings of the same question land: a metric (from the metric
/// model), the form of a question (or "remind me of"), a word for what was agreed (target, goal, signed up for, aiming
/// for) or for today (now, lately, averaging, where … at), and none of the words that make it something else: a change
/// ("bump it to 260"), a negation, whether a number is realistic, who owns it or when it is due (their own readers).
/// Docs: docs/scenarios.md, "Paraphrase tables" (kind metric-lookup).
/// </summary>
public static partial class MetricLookup
{
    /// <summary>The look-up <paramref name="text"/> asks, given the metric the understanding found in it, or null.</summary>
    public static MetricLookupQuestion? Read(string text, string? metric)
    {
        // A long message that ends in the question: the question is what is read, not the story before it.
        var said = RemindMeQuestion.Unwrapped(AsideOpeners.Strip(AsideOpeners.WithoutGreeting(text.Trim())));
        said = QuestionAnswers.QuestionInside(said) ?? said;
        if (!QuestionAnswers.IsQuestion(said) && !RemindOf().IsMatch(said) && !QuestionForm().IsMatch(said) && !EveryGoal().IsMatch(said))
        {
            return null;
        }

        // "what was our weakest month for MQLs this year?" asks for one period against the others (QuestionAnswers' best period),
        // though "this year" sounds like today's level.
        if (Change().IsMatch(said) || Negation().IsMatch(said) || Elsewhere().IsMatch(said) || OtherKind().IsMatch(said) || QuestionAnswers.AsksBestPeriod(said))
        {
            return null;
        }

        // "so where do we stand on everything?", "how are we tracking against our goals overall?": every number, the scorecard.
        // "list all our targets", "show me all the goals": every goal's line, asked as a list.
        if ((Everything().IsMatch(said) && Stands().IsMatch(said)) || EveryGoal().IsMatch(said))
        {
            return new MetricLookupQuestion(null, false, null);
        }

        // "what % of our leads is sales accepting these days?": the share accepted is the acceptance rate, though "leads" is said.
        if (AcceptedShare().IsMatch(said))
        {
            metric = "acceptance_rate";
        }

        // "the rev goal": chat shorthand the metric model has no word for, read here rather than taught to the model.
        if (!MetricCatalog.TryParse(metric, out var key) && !(Rev().IsMatch(text) && MetricCatalog.TryParse("revenue", out key)))
        {
            return null;
        }

        var target = Agreed().IsMatch(said);
        // "is our cpl getting better or worse tho", "whats retention at and is it going up?": which way it moves is asked about
        // where it stands (the look-up answers the trend with the latest figure).
        if (!target && !Today().IsMatch(said) && !BareAsk().IsMatch(said) && !GoalFollowUp.AsksTrend(said))
        {
            return null;
        }

        return new MetricLookupQuestion(key, target, Per(said));
    }

    /// <summary>The row a paraphrase table expects: "target revenue", "now retention", or "no".</summary>
    public static string Describe(MetricLookupQuestion? asked)
        => asked is null ? "no" : asked.Metric is not { } metric ? "scorecard" : $"{(asked.Target ? "target" : "now")} {MetricCatalog.NameOf(metric)}";

    private static PeriodKind? Per(string said)
    {
        var m = PerPeriod().Match(said);
        return !m.Success ? null
            : m.Groups["u"].Value.ToLowerInvariant() switch
            {
                var u when u.StartsWith('w') => PeriodKind.Week,
                var u when u.StartsWith('m') => PeriodKind.Month,
                var u when u.StartsWith('q') => PeriodKind.Quarter,
                _ => PeriodKind.Year,
            };
    }

    // "remind me of the rev goal", "remind me about the CPL target": asked without a question word.
    [GeneratedRegex(@"\b(?:remind|tell)\s+me\s+(?:again\s+)?(?:of|about|abt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemindOf();

    [GeneratedRegex(@"\brev\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rev();

    // "sorry, what's the sales cycle goal we set", "whatr the mql tagret again": a question without its question mark, typos included.
    [GeneratedRegex(@"^\W*(?:(?:sorry|hey|so|ok|okay|um+|quick\s+q(?:uestion)?)[\s,.!:;-]+)*(?:wh?at\w*|wha|how\w*|where\w*|which)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionForm();

    // A change asked for ("bump the MQL goal to 260", "should we raise it?"); "what did we set it to" tells, so a verb after
    // "did we" / "we" / "was" is what was done, not a change.
    [GeneratedRegex(@"(?<!\b(?:did|have|had)\s+(?:we|you|they|i)\s+|\bwe\s+|\bwas\s+|\bwere\s+)\b(?:set|change|bump|raise|lower|increase|decrease|cut|drop|move|update|adjust|make\s+(?:it|that|the)|push|lift|reduce)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Change();

    [GeneratedRegex(@"\b(?:don'?t|do\s+not|never|no\s+need|not\s+(?:asking|changing))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    // Questions of their own kinds: whether a number is within reach, who owns it, when it is due, what it means.
    [GeneratedRegex(@"\b(?:realistic\w*|unrealistic|doable|achievable|feasible|possible|reachable|stretch|can\s+we|could\s+we|will\s+we|would\s+we|are\s+we\s+(?:going|gonna)\s+to|gonna\s+(?:hit|make)|on\s+(?:track|pace)|who|whose|when|due|deadline|mean|means|counts?\s+as|defin\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Elsewhere();

    // The kinds the dispatch already answers, which ask "how many"/"how much" too: leads waiting for a verdict, what the lead
    // agreement says, requests, the overlap of the two teams' audiences, what a revenue figure takes in leads or deals
    // ("how many MQLs would we need for $900k?", "if we wanted to double revenue…", "three point five million, how many MQLs is
    // that?"), whether marketing spend is enough for the revenue, and why sales rejects leads (a reason, not a level).
    [GeneratedRegex(@"\b(?:pending|waiting|verdicts?|sla|agreement|requests?|overlap\w*|target\s+(?:accounts?|list)|both\s+teams|share\s+of|would\s+(?:we|it)\s+(?:need|take)|need\s+(?:to\s+(?:close|win|book|generate|get\s+to)|for)|if\s+(?:we|you|u)\s+(?:want\w*|wanna|need\w*|aim\w*|hit|are\s+to)|is\s+that|would\s+that|does\s+that|double|triple|halve|million|thousand|why|undecided|sitting\s+with|reject\w*|bounc\w*|spend\w*|spent|budget\w*|enough|healthy|turnover)\b|[$€£]\s?\d|\d\s?(?:k|m|mm|bn)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherKind();

    // "list all our targets", "can you show me all the goals pls", "give me every target": the goals as a list, nothing set.
    [GeneratedRegex(@"^\W*(?:(?:can|could)\s+(?:you|u)\s+|pls\s+|please\s+)?(?:list|show(?:\s+me)?|give\s+me)\s+(?:all|every)\s+(?:of\s+)?(?:our|the|my)?\s*(?:current\s+)?(?:goals?|targets?|kpis?)\b(?:\s+(?:pls|please|again|rn|now))*\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryGoal();

    [GeneratedRegex(@"\bwhat\s+(?:%|percent(?:age)?|share|proportion|fraction)\s+(?:of\s+)?(?:our\s+|the\s+|my\s+)?(?:leads|mqls)\b[^.?!]{0,30}\baccept\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcceptedShare();

    // Every number at once: "on everything", "overall", "across the board".
    [GeneratedRegex(@"\b(?:everything|overall|across\s+the\s+board)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Everything();

    [GeneratedRegex(@"\b(?:where|how|stand\w*|track\w*|looking)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stands();

    // What was agreed: the target, the goal, the bar, what marketing signed up for, what we are aiming for, chasing, going
    // after or supposed to hit, what we landed on or agreed, what someone wants us hitting; "what was the revenue number
    // again?" asks to be reminded of a number fixed before, the goal's. A verb of wanting counts only with what it wants
    // done ("wants us hitting", "want for"), so "what do you want to do about MQLs?" is not a look-up.
    [GeneratedRegex(@"\b(?:targets?|tagrets?|trgt|goals?|bar|aim(?:ing|ed)?|shooting\s+for|going\s+(?:for|after)|chas(?:e|ed|es|ing)|signed\s+up\s+for|sign\s+up\s+for|on\s+the\s+hook\s+for|again|land(?:ed)?\s+on|settled?\s+on|decided\s+on|went\s+with|commit\w*|agree\w*|promised|supposed\s+to|meant\s+to|(?:have|had|has|got)\s+to\s+(?:hit|reach)|expect(?:s|ed|ing)?\s+(?:us\s+)?(?:to\s+)?(?:hit\w*|reach\w*|get\s+to)|hold(?:ing)?\s+(?:ourselves|us)\s+to|quota|wants?\s+(?:us\s+)?(?:to\s+)?(?:hit\w*|reach\w*|for|on))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Agreed();

    // Where it stands: now, today, lately, an average, "where's revenue at", "how's CPL looking", "how many are we doing",
    // "what's our cost per lead doing?", "what's retention at, while I'm here?" (doing or at closing the clause, so "what are
    // we doing about MQLs?" is not a level).
    [GeneratedRegex(@"(?:^\W*|[.!?;,]\s*)(?:and\s+|so\s+)?what(?:'s|’s|s|\s+is|\s+are)\b[^.?!]*?\b(?:doing|at|sitting\s+at)\s*(?:[,?.!]|$)|\bsitting\s+at\b|\b(?:now|rn|atm|today'?s?|currently|current|at\s+the\s+moment|atm|lately|recently|these\s+days|so\s+far|this\s+(?:week|month|quarter|year)|last\s+(?:week|month|quarter|year)|averag\w*|avg|run.?rate|trending|tracking|looking|stand)\b|^\W*where(?:'s|’s|s|\s+is|\s+are)\b.*\bat\b|^\W*how(?:'s|’s|s|\s+is|\s+are)\b|\bhow\s+(?:many|much)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Today();

    [GeneratedRegex(@"\b(?:per|a|an|each|every|/)\s*(?<u>week|wk|month|mo|quarter|qtr|q|year|yr)\b|\b(?<u>week|month|quarter|year)ly\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerPeriod();

    /// <summary>
    /// The plainest look-up, with no word for today: "what's our cpl?", "what is the mql count", "so what's our retention".
    /// The level as it stands, as "… right now" would be; "what's an MQL?" (a definition) has no "our"/"the".
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:so|and|ok|okay|hey|btw|quick\s+q(?:uestion)?)[\s,.!:;-]+)*what(?:'s|’s|s|\s+is|\s+are)\s+(?:our|the|my|your)\s+(?!deal\b)(?:[\w$%&/-]+\s*){1,4}[?.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareAsk();
}
