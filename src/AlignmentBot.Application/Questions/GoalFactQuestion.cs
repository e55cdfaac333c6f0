using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Questions;

/// <summary>What a question asks about one goal: who owns it, when it is due, what was done to it, or whether it is still live.</summary>
public enum GoalFact
{
    Owner,
    Due,
    History,
    Status,
}

/// <summary>A question about one goal's facts: the fact asked, the question itself (without the story around it) and the metric it names.</summary>
public sealed record GoalFactAsked(GoalFact Fact, string Question, string Metric);

/// <summary>
/// "who's carrying the cost-per-lead number nowadays?", "when is the cost per lead goal actually due? need it for slide
/// 12", "what's been done to the CPL goal since we set it?", "is the acceptance goal still live?": a question about one
/// goal's owner, deadline, history or status, in words the intent model hears as a look-up of today's figure, a request or
/// a realism check. Read from small cues, not whole phrasings, so new wordings land: the question (a clause asked, however
/// long the message around it and whatever filler opens it), a metric (from the metric model, which a question about a
/// person or a digest lacks), and one word family per fact: "who" with no other deed (asked, rejected, overdue…) is the
/// owner; a deadline word or "when … by" is the due date; a word of change since it was set is its history; "still live",
/// "archived", "what happened to" is its status. Setting an owner, a deadline or archiving is said, not asked, so it is not
/// read. Docs: docs/scenarios.md, "Paraphrase tables" (kind goal-fact-question).
/// </summary>
public static partial class GoalFactQuestion
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The goal fact <paramref name="text"/> asks about, given a reader of a clause's metric, or null.</summary>
    public static GoalFactAsked? Read(string? text, Func<string, string?> metricOf)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return null;
        }

        foreach (var clause in Clauses(text.Replace('’', '\'')))
        {
            if (Fact(clause) is { } fact && metricOf(clause) is { } metric)
            {
                return new GoalFactAsked(fact, clause, metric);
            }

            // "sorry if this is a dumb q but whose name is on the cost per lead target?", "remind me what the retention target
            // is and who's on it?": the question asked after "but", "and" or a comma; the number may be named before it, so
            // the whole clause is what is answered.
            // What comes before it asks or excuses, and says no goal ("we need 260 MQLs, who's on it?" is a goal said).
            if (Fact(clause) is null && Tail().Match(clause) is { Success: true } tail && !HeadSays().IsMatch(clause[..tail.Index])
                && Fact(tail.Groups["q"].Value) is { } later
                && (metricOf(tail.Groups["q"].Value) ?? metricOf(clause)) is { } named)
            {
                return new GoalFactAsked(later, clause, named);
            }
        }

        return null;
    }

    /// <summary>
    /// "who owns which goal?", "so who owns what these days?", "can you list who owns each of our goals?", "who are the goal
    /// owners?": who owns each goal, not one goal's owner. A "who" of owning (owns, is on, in charge of, responsible for, has
    /// got) followed by which/what/each/every/all and, at most, "goal(s)" and a word of time, or the goal owners named. Who
    /// has which role, who changed what, who may do what and one person's goals are other questions. Docs: docs/scenarios.md,
    /// "Paraphrase tables" (kind goal-owners-all).
    /// </summary>
    public static bool AsksEveryOwner(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 120)
        {
            return false;
        }

        var said = Filler().Replace(text.Trim().Replace('’', '\'').TrimEnd('?', '!', '.', ' '), string.Empty).Trim().TrimEnd('?', '!', '.', ' ');
        return EveryOwner().IsMatch(said) || OwnersNamed().IsMatch(said);
    }

    /// <summary>The fact one question asks about, or null when it asks none of them.</summary>
    public static GoalFact? Fact(string question)
    {
        if (History().IsMatch(question))
        {
            return GoalFact.History;
        }

        if (GoalWord().IsMatch(question) && Status().IsMatch(question))
        {
            return GoalFact.Status;
        }

        if (Due().IsMatch(question) && !PastWhen().IsMatch(question))
        {
            return GoalFact.Due;
        }

        return Who().IsMatch(question) && !OtherDeed().IsMatch(question) ? GoalFact.Owner : null;
    }

    /// <summary>
    /// The questions a message asks: each sentence that ends with a question mark or starts, after filler ("anyway", "quick
    /// q", "sorry"), with a question word. A command ("push the CPL deadline to June") is none.
    /// </summary>
    private static IEnumerable<string> Clauses(string text)
    {
        foreach (Match m in Sentence().Matches(text))
        {
            var sentence = Filler().Replace(m.Value.Trim(), string.Empty).Trim();
            var asked = m.Value.TrimEnd().EndsWith('?');
            if (sentence.Length > 0 && (asked || Opens().IsMatch(sentence)) && !PoliteAsk().IsMatch(sentence))
            {
                yield return sentence.TrimEnd('?', ' ');
            }
        }
    }

    // A sentence: up to its full stop, question mark, exclamation or semicolon (a decimal point is not one).
    [GeneratedRegex(@"(?:[^.!?;]|\.(?=\d))+[.!?;]*", Options)]
    private static partial Regex Sentence();

    // What people put before the question in chat: greetings, "anyway", "quick q", "sorry", "btw".
    [GeneratedRegex(@"^(?:\W*\b(?:anyway|anyhow|so|ok(?:ay)?|hey|hi|morning|and|but|also|btw|honestly|sorry|hmm+|um+|right|quick\s+(?:q|one|question)|question|random\s+one|lol)\b[\s,:-]*)+", Options)]
    private static partial Regex Filler();

    // "show me the paper trail on the mql goal", "pull up the history of the CPL target": asked as a thing to show.
    [GeneratedRegex(@"^(?:who|who's|whos|whose|which\s+(?:person|one\s+of\s+us)|when|when's|whens|wen|wens|by\s+when|what|what's|whats|how|is|are|has|have|did|do|does|show\s+me|pull\s+up|let\s+me\s+see|give\s+me)\b", Options)]
    private static partial Regex Opens();

    // "can you make Priya the owner?": asking for something to be done, not about it.
    [GeneratedRegex(@"^(?:can|could|would|will)\s+(?:you|u)\b|^(?:please|pls)\b", Options)]
    private static partial Regex PoliteAsk();

    // Its past: any word of change, or since it was set.
    // "can we change the MQL target?" asks for a change, so only the past and the noun count.
    // "show me the paper trail on the mql goal", "audit log of the CPL target", "what did the MQL goal used to be?".
    [GeneratedRegex(@"\b(?:history|paper\s+trail|audit\s+(?:trail|log)|change\s?log|used\s+to\s+be|previous\s+(?:targets?|versions?|values?)|chang(?:ed|es)|edit(?:s|ed)|touched|updated|modif(?:ied|ications?)|tweaked|revis(?:ed|ions?)|done\s+to|over\s+time|since\s+(?:we|it\s+was|you|they)\s+(?:set|created|made|agreed))\b", Options)]
    private static partial Regex History();

    [GeneratedRegex(@"\b(?:goals?|targets?|kpis?|okrs?)\b", Options)]
    private static partial Regex GoalWord();

    // Whether it is still live: "still live/active/a thing", "still tracking it", archived or closed, "what happened to".
    [GeneratedRegex(@"\bstill\s+(?:live|active|on|open|alive|valid|current|there|around|a\s+thing|in\s+(?:play|force|place)|(?:tracking|running|measuring|reporting|chasing|using|doing|counting))\b|\b(?:archiv\w*|closed|clos(?:e|ing)|dropped|retired|cancel+ed|killed|shelved|paused|dead|gone)\b|\bwhat(?:ever)?\s+(?:happened|became)\s+(?:to|of|with)\b", Options)]
    private static partial Regex Status();

    // Its deadline: a deadline word, "by when", "when … by", "what date", "how long have we got".
    [GeneratedRegex(@"\b(?:due|deadline|end\s+date|run\s+out|runs\s+out|expire[sd]?|finish\s+line)\b|^(?:by\s+)?(?:when|wen)\b|\bwhat\s+date\b|\bhow\s+(?:long|much\s+time)\s+(?:have|do|'ve)\s+we\b", Options)]
    private static partial Regex Due();

    // "when did we last check in MQLs?": something that happened, not a date still to come.
    [GeneratedRegex(@"^when\s+(?:did|was|were|have|has)\b", Options)]
    private static partial Regex PastWhen();

    [GeneratedRegex(@"^(?:who|who's|whos|whose|which\s+(?:person|one\s+of\s+us))\b", Options)]
    private static partial Regex Who();

    // "who owns which goal", "whos on what goal rn", "tell me who owns each of our goals", "which goals does everyone own".
    [GeneratedRegex(@"^(?:(?:can|could)\s+(?:you|u)\s+)?(?:(?:list|show(?:\s+me)?|tell\s+me|remind\s+me(?:\s+of)?)\s+)?who(?:'s|s|\s+is|\s+are)?\s+(?:owns?|on|in\s+charge\s+of|responsible\s+for|accountable\s+for|(?:has\s+)?got|has|looks?\s+after|running|driving)\s+(?:which|what|each|every|all)(?:\s+(?:of\s+)?(?:the\s+|our\s+)?(?:goals?|targets?|kpis?))?(?:\s+(?:these\s+days|then|now|rn|atm|again|here|at\s+the\s+moment))*$|^who\s+owns\s+(?:the|our|all\s+(?:the|our))\s+goals$|^which\s+goals?\s+(?:does|do)\s+(?:every(?:one|body)|each\s+(?:person|of\s+us))\s+own$", Options)]
    private static partial Regex EveryOwner();

    // "who are the goal owners?", "list the goal owners", "what are the owners of our goals?".
    [GeneratedRegex(@"^(?:(?:can|could)\s+(?:you|u)\s+)?(?:who|what|list|show(?:\s+me)?|tell\s+me|give\s+me)\b.*\b(?:goal\s+owners|owners\s+of\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?goals)$", Options)]
    private static partial Regex OwnersNamed();

    // The last question word after "but", "and", "so" or a comma: the question a clause ends in.
    [GeneratedRegex(@"(?:,|\bbut|\band|\bso)\s+(?<q>(?:who|who's|whos|whose|when|when's|whens|by\s+when)\b(?:(?!\b(?:but|and)\b).)*)$", Options)]
    private static partial Regex Tail();

    [GeneratedRegex(@"\d|\b(?:need\w*|want\w*|let'?s|set|aim\w*|hit|reach|grow|get\s+to|increase|decrease|cut|reduce|raise|lower|bump|make|push|move|change|give|assign)\b", Options)]
    private static partial Regex HeadSays();

    // A person asked after for something else they did: asked for work, decided a lead, missed a check-in, set or signed
    // ("acceptance" is a metric, not a verdict).
    [GeneratedRegex(@"\b(?:ask\w*|request\w*|want\w*|reject(?:s|ed|ing)?|accept(?:s|ed|ing)?|declin(?:e|es|ed|ing)|binn?\w*|check(?:ed|s)?\s+in|checked|overdue|behind|late|signed|set|created|made|approved|logged|sent)\b", Options)]
    private static partial Regex OtherDeed();
}
