using System.Text.RegularExpressions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>
/// What a sentence says about a goal beyond its numbers: who owns it ("Priya owns it", "owner: @Priya", "I own it",
/// "I'm on the hook", "that's on me", "that one's mine", ", mine", ", me", "- me" or ". on me" said last, "I'm accountable for it", "Priya's on it", "me as owner",
/// "Priya will run with it", "Alex's gonna drive it"),
/// whether it corrects something ("actually", "make it", "I meant"), and churn said for retention.
/// </summary>
public static partial class GoalWords
{
    public const string Me = "me";

    /// <summary>
    /// The owner named in <paramref name="text"/>: a name as written, <see cref="Me"/>, or null. A name's possessive said last
    /// ("CPL down to $75 by end of Q1, Priya's", "… - Alex's goal") names the owner too.
    /// </summary>
    public static string? Owner(string text)
    {
        var m = OwnerPhrase().Match(text);
        if (!m.Success)
        {
            return null;
        }

        // "not sure I'm the owner", "no idea if I'm accountable": ownership wondered about, not taken; "don't give it to priya":
        // refused, not given.
        if (Hedged(text[..m.Index]) || RefusedBefore().IsMatch(text[..m.Index]))
        {
            return null;
        }

        if (m.Groups["me"].Success)
        {
            return Me;
        }

        var name = m.Groups["name"].Value.Trim();
        return name.ToLowerInvariant() is "me" or "myself" or "i" ? Me : name;
    }

    /// <summary>
    /// Keeps the goal asked for and leaves out the marketing goal translated from it: "just the revenue goal please", "only
    /// the company goal", "revenue goal only", "without the MQL goal", "skip the marketing part", "no MQL goal for now".
    /// </summary>
    public static bool KeepsOnlyTheParent(string text) => ParentOnly().IsMatch(text);

    [GeneratedRegex(@"\b(?:just|only)\s+(?:save\s+|keep\s+)?(?:the\s+|my\s+|our\s+)?(?:revenue|company|top[\s-]line|first|main|top)(?:\s+(?:goal|one|target))?\b(?!\s+and\b)|\b(?:revenue|company)\s+(?:goal\s+)?only\b|\b(?:without|skip|minus|leave\s+out|drop|not|no)\s+(?:the\s+|a\s+)?(?:mqls?|marketing|translated|translation)(?:\s+(?:goal|one|part|bit|target|translation))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParentOnly();

    /// <summary>
    /// "leads" as people say it loosely ("we need more leads"), which may mean MQLs, SQLs or raw leads; not "raw leads",
    /// "new leads", "inbound leads", "inquiries" or "sign-ups", which name raw leads.
    /// </summary>
    public static bool SaysLeadsLoosely(string text) => LooseLeads().IsMatch(text) && !RawLeads().IsMatch(text);

    [GeneratedRegex(@"\bleads\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooseLeads();

    [GeneratedRegex(@"\b(?:raw|new|inbound|total|top\s+of\s+funnel)\s+leads\b|\b(?:inquiries|enquiries|inquiry|sign\s?-?ups|form\s+fills|lead\s+volume)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RawLeads();

    /// <summary>Says it corrects something already said: "actually", "make it", "change it to", "I meant", "no,".</summary>
    public static bool IsCorrection(string text) => Correction().IsMatch(text);

    /// <summary>
    /// Says outright that something changes ("actually 300", "make it June", "no, Priya", "I meant SQLs"), unlike the
    /// hesitations that also open corrections ("wait", "hold on", "oh and"), which as often open a question or another request.
    /// </summary>
    public static bool SaysChange(string text) => Change().IsMatch(text);

    /// <summary>
    /// Says the target is a bound rather than a point to move to: a ceiling ("under $95", "below", "at most", "no more than",
    /// "less than", "within", "keep ... under") or a floor ("at least", "no less than", "over", "above", "keep ... above").
    /// </summary>
    public static bool SaysBound(string text) => Bound().IsMatch(text);

    /// <summary>
    /// Whether a floor is said: "never fewer than 200", "no less than 90%", "not below 200", "at least 200", "a minimum of 200".
    /// Its "fewer", "less" or "below" is what the number must not fall to, so the goal keeps the number up.
    /// </summary>
    public static bool SaysFloor(string text) => Floor().IsMatch(text);

    [GeneratedRegex(@"\b(?:(?:never|not|no|nothing)\s+(?:\w+\s+){0,2}?(?:fewer|less|lower)\s+than|at\s+least|(?:never|not|no)\s+(?:\w+\s+){0,2}?(?:below|under)|(?:a\s+)?min(?:imum)?\s+of)\s*[$€£]?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Floor();

    /// <summary>
    /// A vague ask for a business result ("we gotta fill the funnel", "we have to get more deals in", "time to grow
    /// revenue"): a need said about the funnel, with no number yet. The goal dialog turns it into one.
    /// </summary>
    public static bool VagueAsk(string text) => Vague().IsMatch(text) || SaysFunnelIsThin(text);

    /// <summary>"our funnel's looking kinda thin tbh", "the pipeline is drying up", "not enough leads": a worry, said as a need.</summary>
    public static bool SaysFunnelIsThin(string text) => ThinFunnel().IsMatch(text);

    // The funnel, inbound or the leads, then how it has seemed ("has felt", "'s been", "has really"), then thin or dry
    // ("the top of the funnel has felt pretty dry lately", "inbound has really dried up").
    [GeneratedRegex(@"\b(?:funnel|pipeline|pipe|lead\s+flow|leads|mqls|inbound|demand)(?:'s|\s+is|\s+are|\s+looks?|\s+looking|\s+feels?|\s+seems?|\s+has|\s+have)?(?:\s+(?:been|felt|looked|seemed|gotten|got|looking|getting|pretty|kinda|kind\s+of|a\s+bit|very|really|way\s+too|too|so|super|bone|totally|completely))*\s+(?:thin|dry|empty|weak|light|sparse|anemic|anaemic|drying\s+up|dried\s+up|dead)\b|\bnot\s+enough\s+(?:leads|mqls|sqls|pipeline|pipe|demand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThinFunnel();

    [GeneratedRegex(@"\b(?:need|needs|gotta|got\s+to|have\s+to|has\s+to|must|want|should|time\s+to|let'?s)\b.{0,30}?\b(?:more|fill(?:\s+up)?|grow|boost|increase|improve|fix|pump\s+up|ramp\s+up|get)\b.{0,25}?\b(?:funnel|pipeline|pipe|leads?|mqls?|sqls?|revenue|sales|deals|customers|demand|bookings)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vague();

    /// <summary>
    /// "What does £3m of revenue mean in MQLs?", "how many SQLs for $4m in revenue?", "what would $2M of new revenue ask of
    /// marketing?": an amount of revenue asked in funnel terms (or of marketing, whose part of the funnel is the MQLs) is the
    /// reverse funnel, not the budget check, which needs marketing spend (said nowhere here).
    /// </summary>
    public static bool AsksRevenueInFunnelTerms(string text) => (RevenueInFunnel().IsMatch(text) || RevenueGrowthInFunnel().IsMatch(text)) && !SpendSaid().IsMatch(text);

    // "if revenue has to grow twenty-five percent next year, what does that mean for SQLs?", "how many MQLs is 30% more revenue?"
    [GeneratedRegex(@"(?=.*\b(?:revenue|turnover|bookings|arr)\b)(?=.*(?:%|\bpercent\b|\bpct\b))(?=.*\b(?:mqls?|sqls?|leads|opportunit(?:y|ies)|opps|deals|pipeline)\b)(?=.*\b(?:mean|means|how\s+many|translate|translates|need|needs|take|takes|require|requires)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex RevenueGrowthInFunnel();

    [GeneratedRegex(@"(?=.*\b(?:revenue|turnover|bookings|arr)\b)(?=.*[$€£]|.*\b(?:dollars?|euros?|pounds?|usd|eur|gbp)\b)(?=.*\b(?:mqls?|sqls?|leads|opportunit(?:y|ies)|opps|deals|pipeline|(?:need|needs|take|takes|require|requires|mean|means|ask|asks)\s+(?:from|of|for)\s+(?:marketing|mktg))\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex RevenueInFunnel();

    [GeneratedRegex(@"\b(?:spend|spent|spending|budget|invest\w*|allocat\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpendSaid();

    /// <summary>
    /// "reduce churn to 5%": churn is retention read upside down. When retention is named too ("the churn slide … retention
    /// has to get to 94%"), the word nearer the first percentage says which one the number is.
    /// </summary>
    public static bool MentionsChurn(string text)
    {
        var churn = Churn().Matches(text);
        if (churn.Count == 0)
        {
            return false;
        }

        var retention = RetentionWord().Matches(text);
        if (retention.Count == 0 || PercentSaid().Match(text) is not { Success: true } percent)
        {
            return true;
        }

        static int Nearest(MatchCollection words, int at) => words.Min(w => Math.Abs(w.Index - at));
        return Nearest(churn, percent.Index) < Nearest(retention, percent.Index);
    }

    /// <summary>People whose name <paramref name="said"/> names ("Priya", "Alex Kim", "priya natarajan").</summary>
    public static IReadOnlyList<Person> Resolve(string said, IReadOnlyList<Person> people)
    {
        var wanted = Clean(said);
        if (wanted.Length == 0)
        {
            return [];
        }

        var exact = people.Where(p => Clean(p.DisplayName) == wanted).ToArray();
        if (exact.Length > 0)
        {
            return exact;
        }

        return people.Where(p => Clean(p.DisplayName).StartsWith(wanted + " ", StringComparison.Ordinal)
                                 || Clean(p.DisplayName).Split(' ').FirstOrDefault() == wanted.Split(' ')[0] && !wanted.Contains(' ', StringComparison.Ordinal)).ToArray();
    }

    /// <summary>A display name without its "(CMO)" note, lower case.</summary>
    private static string Clean(string name)
    {
        var at = name.IndexOf('(', StringComparison.Ordinal);
        return (at > 0 ? name[..at] : name).Trim().TrimStart('@').ToLowerInvariant();
    }

    /// <summary>Whether the words before an owner end in a hedge ("not sure", "no idea if", "don't know whether", "maybe").</summary>
    public static bool Hedged(string before) => HedgeBefore().IsMatch(before);

    [GeneratedRegex(@"\b(?:don['’]?t|do\s+not|never|not)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefusedBefore();

    [GeneratedRegex(@"\b(?:not\s+sure|unsure|no\s+idea|don['’]?t\s+know|dunno|doubt|wonder|maybe|perhaps)\s+(?:if\s+|whether\s+|that\s+)?(?:\S+\s+){0,1}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HedgeBefore();

    /// <summary>One to three words that could be a person's name, as answered to "who owns this goal?".</summary>
    public static bool LooksLikeName(string text) => NameOnly().IsMatch(text.Trim());

    [GeneratedRegex(@"\b[Oo]wner\s*(?:is|:|=|should\s+be|will\s+be|to\s+be|->)?\s*@?(?<name>(?!should\b|will\b|is\b|of\b|for\b|on\b)[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)?)|(?<![\w@])@?(?<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)(?:\s+(?:from|at|of|in|on)\s+(?:the\s+|our\s+)?[\w-]+(?:\s+team)?)?\s+(?:owns|will\s+own|should\s+own|is\s+(?:the\s+)?owner|is\s+owning|takes\s+it)\b|\b(?:give|hand|assign|transfer|reassign)\s+(?:(?:this|that)\s+one|it|this|that|(?:the|our|my|this|that)\s+(?:[\w%-]+\s+){0,3}goal)\s+(?:over\s+)?to\s+@?(?<name>[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)?)|(?<![\w@])@?(?!(?:It|That|This|He|She|We|They)\b)(?<name>[A-Z][\w-]*)(?:['’]s|\s+is|\s+will\s+be)\s+(?:on\s+(?:it|this|that)|on\s+point|on\s+the\s+hook|in\s+charge|driving\s+(?:it|this|that)|leading\s+(?:it|this|that)|running\s+point)\b|(?<![\w@'’])@?(?!(?i:it|that|this|he|she|we|they|i|you|who|everyone|nobody|someone|team|sales|marketing)\b)(?<name>[A-Za-z][\w-]*)(?:['’]s|\s+is|\s+will\s+be)?\s+(?:on\s+point|on\s+the\s+hook|in\s+charge)\s*[.!]*\s*$|(?<![\w@])@?(?!(?:It|That|This|He|She|We|They|I)\b)(?<name>[A-Z][\w-]*)(?:['’]s\s+(?:gonna|going\s+to)|['’]ll|\s+will|\s+(?:is\s+)?(?:gonna|going\s+to))\s+(?:run\s+with|run|drive|take|handle|lead|look\s+after)\s+(?:it|this|that)\b|\b@?(?<name>me|[A-Z][\w-]*)\s+as\s+(?:the\s+)?owner\b|\b[Oo]wned\s+by\s+@?(?<name>[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)?)|[,;–—-]\s*@?(?!(?i:it|that|this|he|she|what|who|there|here|let|one|everyone|nobody|q\d)['’]s)(?<name>[A-Za-z][\w-]*)['’]s(?:\s+(?:goal|one|number|call))?\s*[.!]?\s*$|(?<me>\b[Ii]\s+(?:will\s+|'ll\s+)?own\s+(?:it|this|that)\b|\b[Ii]'ll\s+own\b|\b[Ii](?:'m|\s+am)\s+(?:on\s+the\s+hook|accountable|responsible|the\s+owner|owning\s+(?:it|this|that))\b|\b[Ii](?:'ll|\s+will)\s+(?:take\s+(?:it|this|that|ownership)|(?:drive|run\s+with|handle)\s+(?:it|this|that)|be\s+(?:the\s+owner|accountable|responsible|on\s+the\s+hook))\b|\b(?:it'?s|that'?s|this\s+is|(?:this|that)\s+one['’]?s|put\s+it)\s+(?:on\s+me|mine|my\s+goal)\b|(?:[,;–—-]|(?<!\d)\.|[\p{Cs}\p{So}\uFE0F]+)\s*(?:on\s+me|mine|me|myself|my\s+(?:goal|one|target))\s*[.!]?\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerPhrase();

    // "ugh typo, 58": any hesitation before the word that owns up to it.
    [GeneratedRegex(@"^\s*(?:(?:hmm*|hm+|erm*|um+|uh+|ah+|oh|ok(?:ay)?|well|ugh+|argh+|oof|whoops|damn|shoot|eh)[,.!…]*\s+)?(?:no|nope|sorry|oops|wait|correction|corrected|typo|my bad|scratch that|hold on)\b|\b(?:actually|acutally|actualy|make\s+it|make\s+that|change\s+it\s+to|change\s+(?:the\s+)?\w+\s+to|i\s+meant|meant\s+to\s+say|instead|rather|not\s+\w+\s*$|oh\s+and|keep)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Correction();

    [GeneratedRegex(@"^\s*(?:(?:hmm*|hm+|erm*|um+|uh+|ah+|oh|ok(?:ay)?|well|wait|sorry|oops)[,.!…]*\s+)?(?:no|nope|correction|corrected|typo|my bad|scratch that)\b|\b(?:actually|acutally|actualy|make\s+it|make\s+that|change\s+it\s+to|change\s+(?:the\s+)?\w+\s+to|i\s+meant|meant\s+to\s+say|instead|rather|not\s+\w+\s*$)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Change();

    [GeneratedRegex(@"\b(?:under|below|at\s+most|no\s+more\s+than|less\s+than|fewer\s+than|within|max(?:imum)?\s+(?:of\s+)?|cap(?:ped)?\s+(?:at|of)|at\s+least|no\s+less\s+than|no\s+fewer\s+than|over|above|min(?:imum)?\s+(?:of\s+)?)\s*[$€£]?\d|\b(?:keep|stay|hold|maintain)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bound();

    [GeneratedRegex(@"\bchurn", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Churn();

    [GeneratedRegex(@"\bretention|\bretain", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetentionWord();

    [GeneratedRegex(@"\d+(?:\.\d+)?\s?(?:%|percent|pct)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentSaid();

    [GeneratedRegex(@"^@?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*[.!]?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameOnly();
}
